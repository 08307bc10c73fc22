using System.Text;

namespace Reception.Domain.Repeats;

/// <summary>
/// Puts a subject in the form two wordings of the same question share: lower case, Kazakh
/// letters folded onto their Russian counterparts (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и),
/// ё→е, й→и, punctuation dropped, whitespace collapsed.
/// </summary>
/// <remarks>
/// Applicants write the same question in either language's letters, with or without the Kazakh
/// ones (keyboards), so folding compares what was meant rather than how it was typed.
/// </remarks>
public static class SubjectText
{
    public static string Normalize(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return string.Empty;
        }

        var result = new StringBuilder(subject.Length);
        bool pendingSpace = false;
        foreach (char raw in subject)
        {
            char c = Fold(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && result.Length > 0)
                {
                    result.Append(' ');
                }

                result.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return result.ToString();
    }

    private static char Fold(char c) => c switch
    {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' or 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        'й' => 'и',
        _ => c,
    };
}
