using Reception.Domain.Appeals;

namespace Reception.Workflow.Appeals;

/// <summary>
/// The answer letters the Department uploads (§33: the applicant receives the answer itself), one
/// per appeal, kept apart from the appeal: a document about a person, stored and erased on its own.
/// </summary>
public interface IAnswerLetters
{
    /// <summary>Stores (or replaces) the appeal's letter.</summary>
    Task SaveAsync(string appealId, byte[] content, AnswerLetter letter, CancellationToken cancellationToken);

    /// <summary>Deletes the appeal's letter (its personal data is erased); nothing when there is none.</summary>
    Task DeleteAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>The letter's description, or null when none was uploaded.</summary>
    Task<AnswerLetter?> FindAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>The letter with its content, or null when none was uploaded.</summary>
    Task<(AnswerLetter Letter, byte[] Content)?> ReadAsync(string appealId, CancellationToken cancellationToken);
}

/// <summary>An uploaded answer letter: its type (PDF, PNG or JPEG), size, when and by whom.</summary>
public sealed record AnswerLetter(string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy)
{
    /// <summary>Where the applicant opens it, relative to the service (the tracking code is the key).</summary>
    public static string PathFor(string trackingCode) => $"/api/public/appeals/{Uri.EscapeDataString(trackingCode)}/letter";

    /// <summary>A letter answers what the reception began: it may exist once the reception is held.</summary>
    public static bool MayExistIn(AppealStatus status) => status is AppealStatus.ReceptionHeld or AppealStatus.UnderControl or AppealStatus.Closed;
}
