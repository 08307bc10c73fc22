using Reception.Workflow.Appeals;

namespace Reception.Api.Public;

/// <summary>The answer letter as the applicant's page shows it: where it opens, its type, size and date (never who uploaded it).</summary>
public sealed record PublicLetter(string Url, string ContentType, long Size, DateTimeOffset At)
{
    public static PublicLetter Of(AnswerLetter letter, string trackingCode)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new PublicLetter(AnswerLetter.PathFor(trackingCode), letter.ContentType, letter.Size, letter.UploadedAt);
    }
}
