using System.Collections.Concurrent;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Privacy;

/// <summary>
/// The applicant's name and the start of the question on a worklist page, read from the personal
/// data store when the page is served: the index holds neither (so erasing an appeal's personal
/// data leaves nothing of it in the index).
/// </summary>
/// <remarks>
/// A page of 50 would be 50 point reads. Staff re-read the same lists all day, so each host keeps
/// the two display strings (never an IIN or a contact) for <see cref="KeepFor"/>, at most
/// <see cref="MaxEntries"/> of them; the erasure forgets an appeal's at once on its own host, and
/// another host shows it for at most <see cref="KeepFor"/> more.
/// </remarks>
public sealed class WorklistNames(IPersonalDataStore personalData, TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);
    public const int MaxEntries = 20_000;

    /// <summary>At most this many point reads in flight for one page.</summary>
    private const int ParallelReads = 16;

    private readonly ConcurrentDictionary<string, (string Name, string Excerpt, DateTimeOffset Until)> cache = new(StringComparer.Ordinal);

    /// <summary>The entries with their names and excerpts; an erased appeal's stay empty.</summary>
    public async Task<IReadOnlyList<WorklistEntry>> FillAsync(IReadOnlyList<WorklistEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        DateTimeOffset now = clock.GetUtcNow();
        string[] missing = [.. entries.Select(e => e.AppealId).Distinct(StringComparer.Ordinal)
            .Where(id => !cache.TryGetValue(id, out var known) || known.Until <= now)];
        if (cache.Count + missing.Length > MaxEntries)
        {
            cache.Clear(); // bounded: a rare full reload beats an unbounded copy of names
        }

        var read = new ConcurrentDictionary<string, (string Name, string Excerpt)>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (appealId, ct) =>
            {
                if (await personalData.FindAsync(appealId, ct) is { } data)
                {
                    var shown = (WorklistEntries.ApplicantName(data.Applicant), WorklistEntries.SubjectExcerpt(data.Subject));
                    read[appealId] = shown;
                    cache[appealId] = (shown.Item1, shown.Item2, now + KeepFor);
                }
                else
                {
                    cache.TryRemove(appealId, out _);
                }
            });
        return [.. entries.Select(e => read.TryGetValue(e.AppealId, out var fresh)
            ? e with { ApplicantName = fresh.Name, SubjectExcerpt = fresh.Excerpt }
            : !missing.Contains(e.AppealId) && cache.TryGetValue(e.AppealId, out var known)
                ? e with { ApplicantName = known.Name, SubjectExcerpt = known.Excerpt }
                : e with { ApplicantName = string.Empty, SubjectExcerpt = string.Empty })];
    }

    /// <summary>Forgets an appeal's display strings (its personal data is being erased).</summary>
    public void Forget(string appealId) => cache.TryRemove(appealId, out _);

    /// <summary>Forgets every name held (a benchmark's cold read).</summary>
    public void ForgetAll() => cache.Clear();
}
