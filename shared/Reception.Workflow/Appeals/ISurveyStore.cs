
namespace Reception.Workflow.Appeals;

/// <summary>The reception office's survey list (R23): who to phone, and what they said.</summary>
public interface ISurveyStore
{
    /// <summary>Puts the appeal on the list; does nothing if it is there already.</summary>
    Task QueueAsync(string appealId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the result; false when the appeal is not on the list or already has one.</summary>
    Task<bool> RecordAsync(string appealId, int score, string? comment, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Takes the appeal off the list unsurveyed (its personal data is erased: nobody to phone).</summary>
    /// <returns>When it was queued, or null when it was not on the list.</returns>
    Task<DateTimeOffset?> WithdrawAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>The recorded result of the appeal's survey, or null when there is none.</summary>
    Task<SurveyEntry?> FindResultAsync(string appealId, CancellationToken cancellationToken);

    /// <summary>The appeals still to be surveyed, oldest first.</summary>
    Task<IReadOnlyList<SurveyEntry>> PendingAsync(CancellationToken cancellationToken);
}
