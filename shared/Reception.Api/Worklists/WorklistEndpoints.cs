using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Reception.Domain.Calendar;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;
using Reception.Workflow.Serialization;
using Reception.Workflow.Time;
using Reception.Workflow.Worklists;

namespace Reception.Api.Worklists;

/// <summary>
/// <c>GET /api/appeals?awaiting=…</c> (docs/api.md "Worklists"): a page of what waits, soonest
/// deadline first, from the worklist index; and <c>POST /api/worklists/rebuild</c>.
/// </summary>
public sealed class WorklistEndpoints(CallerAuthenticator auth, IWorklistIndex index, WorklistRebuild rebuild, WorkingCalendar calendar, ReceptionClock clock, WorklistNames names)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? awaiting = request.Query["awaiting"];

        (WorklistQuery? query, ValidationErrors errors) = Parse(request, awaiting, clock.Today);
        if (query is null)
        {
            return Problems.Validation(errors);
        }

        if (auth.Require(request, WorklistKinds.RolesFor(query.Awaiting)) is { } notTheirs)
        {
            return notTheirs;
        }

        if (OfficialScope.Of(request) is { } own)
        {
            // An official's worklist is always their own receptions, whatever the query names.
            if (OfficialScope.Refuse(request, query.OfficialId ?? own) is { } othersList)
            {
                return othersList;
            }

            query = query with { OfficialId = own };
        }

        WorklistPage page = await index.PageAsync(query, cancellationToken);
        IReadOnlyList<WorklistEntry> entries = await names.FillAsync(page.Entries, cancellationToken);
        DateOnly today = clock.Today;
        return Results.Json(
            new { items = entries.Select(e => DueStates.ToItem(e, today, calendar)), next = page.Next is null ? null : Encode(page.Next) },
            ReceptionJson.Options);
    }

    /// <summary>Rebuilds the index from every appeal (a scan, on purpose): after a restore or an upgrade.</summary>
    public async Task<IResult> RebuildAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        int appeals = await rebuild.RunAsync(cancellationToken);
        return Results.Json(new { appeals }, ReceptionJson.Options);
    }

    private static (WorklistQuery? Query, ValidationErrors Errors) Parse(HttpRequest request, string? awaiting, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(awaiting) || !WorklistKinds.All.Contains(awaiting, StringComparer.Ordinal))
        {
            errors.Add("awaiting", $"Required: one of {string.Join(", ", WorklistKinds.All)}.");
        }

        string? officialId = request.Query["officialId"];
        if (officialId is not null && !OfficialIds.IsWellFormed(officialId))
        {
            errors.Add("officialId", "Not an official's id: " + OfficialIds.Rule);
        }

        DateOnly? dueBefore = null;
        if (request.Query["dueBefore"].FirstOrDefault() is { } rawDue)
        {
            if (DateOnly.TryParseExact(rawDue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                dueBefore = d;
            }
            else
            {
                errors.Add("dueBefore", "A local date yyyy-MM-dd.");
            }
        }

        if (request.Query["overdue"].FirstOrDefault() is { } rawOverdue)
        {
            if (!bool.TryParse(rawOverdue, out bool overdue))
            {
                errors.Add("overdue", "true or false.");
            }
            else if (overdue)
            {
                // Overdue: due before today (a deadline holds until the end of its day).
                dueBefore = dueBefore is { } d && d < today ? d : today;
                if (awaiting == WorklistKinds.Survey)
                {
                    errors.Add("overdue", "The survey list has an order, not deadlines.");
                }
            }
        }

        int limit = DefaultLimit;
        if (request.Query["limit"].FirstOrDefault() is { } rawLimit
            && (!int.TryParse(rawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"A whole number from 1 to {MaxLimit}.");
        }

        string? after = null;
        if (request.Query["cursor"].FirstOrDefault() is { } rawCursor && (after = Decode(rawCursor)) is null)
        {
            errors.Add("cursor", "Not a cursor this service gave out; start again without it.");
        }

        return errors.IsEmpty ? (new WorklistQuery(awaiting!, officialId, dueBefore, limit, after), errors) : (null, errors);
    }

    private static string Encode(string rowKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(rowKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Decode(string cursor)
    {
        try
        {
            string padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            string key = Encoding.UTF8.GetString(Convert.FromBase64String(padded));

            // A row key of the index: yyyyMMdd-<appeal id>-nn.
            return key.Length is > 12 and < 200 && key[8] == '-' && key.Take(8).All(char.IsAsciiDigit) ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
