using Reception.Workflow.Worklists;

namespace Reception.Workflow.Privacy;

/// <summary>
/// The applicant's name and the start of the question on a worklist page, read from the personal
/// data store when the page is served: the index holds neither (so erasing an appeal's personal
/// data leaves nothing of it in the index).
/// </summary>
public static class WorklistNames
{
    /// <summary>At most this many point reads in flight for one page.</summary>
    private const int ParallelReads = 16;

    /// <summary>The entries with their names and excerpts; an erased appeal's stay empty.</summary>
    public static async Task<IReadOnlyList<WorklistEntry>> FillAsync(IReadOnlyList<WorklistEntry> entries, IPersonalDataStore personalData, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(personalData);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, PersonalData?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            entries.Select(e => e.AppealId).Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (appealId, ct) => found[appealId] = await personalData.FindAsync(appealId, ct));
        return [.. entries.Select(e => found.GetValueOrDefault(e.AppealId) is { } data
            ? e with { ApplicantName = WorklistEntries.ApplicantName(data.Applicant), SubjectExcerpt = WorklistEntries.SubjectExcerpt(data.Subject) }
            : e with { ApplicantName = string.Empty, SubjectExcerpt = string.Empty })];
    }
}
