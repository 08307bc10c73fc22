using Reception.Domain.Appeals;

namespace Reception.Workflow.Appeals;

/// <summary>
/// The answer the applicant is owed (§33): each instruction's final reasoned answer, with its
/// executor and date; with no instruction, what the official answered at the reception.
/// </summary>
public sealed record AppealAnswer(string Text, string? Executor, DateTimeOffset? At)
{
    /// <summary>The answers so far (empty before any).</summary>
    public static IReadOnlyList<AppealAnswer> Of(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (appeal.Progress.Instructions.Count > 0)
        {
            return [.. appeal.Progress.Instructions
                .Select(i => i.Answers.LastOrDefault(a => a.Final))
                .OfType<InstructionAnswer>()
                .Select(a => new AppealAnswer(a.Answer, a.Executor, a.At))];
        }

        return appeal.Progress.ReceptionAnswer is { } said
            ? [new AppealAnswer(said, null, appeal.History.LastOrDefault(h => h.Step == StepName.ReceptionHeld)?.At)]
            : [];
    }

    /// <summary>The answers as the words of a message, in the applicant's language.</summary>
    public static string TextOf(AppealRecord appeal, Language language)
    {
        IReadOnlyList<AppealAnswer> answers = Of(appeal);
        if (answers.Count == 0)
        {
            // A protocol recorded before the answer was kept, or a client that did not send it.
            return language == Language.Kk ? "жауап қабылдауда ауызша берілді." : "ответ дан устно на приеме.";
        }

        string text = string.Join(" ", answers.Select(a => Sentence(a.Executor is null ? a.Text : $"{a.Text.TrimEnd('.', ' ')} ({a.Executor})")));

        // A message (an SMS, a queue message, the appeal's record of what it was told) stays short:
        // a long answer is cut, and the message's last line points to the page with all of it.
        return text.Length <= MaxMessageLength
            ? text
            : text[..MaxMessageLength].TrimEnd() + (language == Language.Kk ? "… (толық жауап — өтініш бетінде)." : "… (полный ответ — на странице обращения).");
    }

    /// <summary>How much of the answer a message carries; the applicant's page shows it whole.</summary>
    public const int MaxMessageLength = 500;

    private static string Sentence(string text)
    {
        string trimmed = text.Trim();
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('?') ? trimmed : trimmed + ".";
    }
}
