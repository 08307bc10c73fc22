using System.Globalization;
using Microsoft.AspNetCore.Http;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Schedule;
using Reception.Workflow.Serialization;
using Reception.Workflow.Time;
using Reception.Workflow.Worklists;

namespace Reception.Api.Schedule;

/// <summary>
/// The officials and their reception days as the staff work with them: who receives
/// (<c>GET /api/officials</c>), their days with room and whether a memo can still propose them
/// (R5), and one day's applicants in the order they are received (R7).
/// </summary>
public sealed class OfficialEndpoints(
    IScheduleStore schedule, IAppealStore appeals, WorkingCalendar calendar, DeadlinePolicy policy, ReceptionClock clock)
{
    /// <summary>The longest span of days one request may list.</summary>
    public const int MaxDays = 92;

    /// <summary>Officials with a reception day from a month ago on, with their names (R13).</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<ScheduledDay> days = await schedule.DaysFromAsync(null, clock.Today.AddDays(-31), cancellationToken);
        var officials = days
            .GroupBy(d => d.OfficialId, StringComparer.Ordinal)
            .Select(g => new { officialId = g.Key, name = g.Last().Name })
            .OrderBy(o => o.officialId, StringComparer.Ordinal);
        return Results.Json(new { officials }, ReceptionJson.Options);
    }

    /// <summary><c>GET /api/officials/{officialId}/days?from=&amp;to=</c>: the days with their room, and which a memo can still propose (R5).</summary>
    public async Task<IResult> DaysAsync(HttpRequest request, string officialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OfficialScope.Refuse(request, officialId) is { } notTheirs)
        {
            return notTheirs;
        }

        DateOnly today = clock.Today;
        var errors = new ValidationErrors();
        DateOnly from = DateParam(request, "from", today, errors);
        DateOnly to = DateParam(request, "to", from.AddDays(60), errors);
        if (errors.IsEmpty && (to < from || to.DayNumber - from.DayNumber > MaxDays))
        {
            errors.Add("to", $"From 'from' to at most {MaxDays} days after it.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        IReadOnlyList<ScheduledDay> days = await schedule.DaysFromAsync(officialId, from, cancellationToken);
        var reply = days.Where(d => d.Date <= to).Select(d => new
        {
            date = d.Date,
            start = d.Start,
            end = d.End,
            slotMinutes = d.SlotMinutes,
            mode = d.Mode,
            kind = d.Kind,
            capacity = d.ToReceptionDay().Slots.Count,
            booked = d.Bookings.Count,
            absenceReason = d.AbsenceReason,
            exceptionReason = d.ExceptionReason,
            place = d.Place,
            connection = d.Connection,
            proposable = d.AbsenceReason is null && d.Date >= today && (calendar.IsWorkingDay(d.Date) || d.ExceptionReason is not null)
                && StaffActionRules.MemoInTime(d.Date, today, calendar, policy) is null,
        });
        return Results.Json(new { officialId, days = reply }, ReceptionJson.Options);
    }

    /// <summary><c>GET /api/officials/{officialId}/receptions?date=</c>: that day's applicants in the order they are received (R7).</summary>
    public async Task<IResult> ReceptionsAsync(HttpRequest request, string officialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (OfficialScope.Refuse(request, officialId) is { } notTheirs)
        {
            return notTheirs;
        }

        var errors = new ValidationErrors();
        DateOnly date = DateParam(request, "date", clock.Today, errors);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (await schedule.FindDayAsync(officialId, date, cancellationToken) is not { } day)
        {
            return Problems.NotFound($"{officialId} has no reception day on {date:yyyy-MM-dd}.");
        }

        // A day holds at most its slots' worth of bookings: these point reads are bounded by the day.
        List<DayBooking> bookings = [.. day.Bookings.OrderBy(b => b.Time)];
        AppealRecord?[] found = await Task.WhenAll(bookings.Select(b => appeals.FindAsync(b.AppealId, cancellationToken)));
        var items = bookings.Select((b, i) => new
        {
            order = i + 1,
            appealId = b.AppealId,
            registrationNumber = found[i]?.RegistrationNumber,
            time = b.Time,
            mode = b.Mode,
            language = found[i]?.Submission.Language,
            needsInterpreter = found[i]?.Submission.NeedsInterpreter ?? false,
            outOfTurn = b.OutOfTurn,
            status = found[i]?.Status,
            applicantName = found[i] is { } a ? WorklistEntries.ApplicantName(a) : null,
            subjectExcerpt = found[i] is { } s ? WorklistEntries.SubjectExcerpt(s) : null,
        });
        return Results.Json(new { officialId, date, mode = day.Mode, name = day.Name, items }, ReceptionJson.Options);
    }

    private static DateOnly DateParam(HttpRequest request, string name, DateOnly fallback, ValidationErrors errors)
    {
        string? raw = request.Query[name].FirstOrDefault();
        if (raw is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        errors.Add(name, "A local date yyyy-MM-dd.");
        return fallback;
    }
}
