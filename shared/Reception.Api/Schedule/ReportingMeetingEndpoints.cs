using System.Globalization;
using Microsoft.AspNetCore.Http;
using Reception.Domain.Calendar;
using Reception.Domain.Schedule;
using Reception.Domain.Validation;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Api.Schedule.Requests;
using Reception.Workflow.Appeals;
using Reception.Workflow.Schedule;
using Reception.Workflow.Serialization;

namespace Reception.Api.Schedule;

/// <summary>
/// R12 (§6): the office enters reporting meetings, and checks a month's schedule: everyone who
/// must receive has a reception day, and there is one on the working day before and after each meeting.
/// </summary>
public sealed class ReportingMeetingEndpoints(IReportingMeetings meetings, ScheduleCheck check, WorkingCalendar calendar)
{
    private static readonly string[] Readers = [Roles.Office, Roles.Department, Roles.Head];

    /// <summary><c>POST /api/reporting-meetings</c>: 201 with the reception days the meeting requires.</summary>
    public async Task<IResult> AddAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        (ReportingMeetingRequest? body, IResult? refused) = await JsonBody.ReadAsync<ReportingMeetingRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        string? officialId = Fields.OfficialId(errors, "officialId", body!.OfficialId);

        if (body.Date is null)
        {
            errors.Add("date", "Required: the meeting's date (yyyy-MM-dd).");
        }

        string? place = Fields.Line(errors, "place", body.Place, 200, required: false);

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var meeting = new ReportingMeeting(officialId!, body.Date!.Value, place);
        await meetings.SaveAsync(meeting, cancellationToken);
        (DateOnly before, DateOnly after) = ReportingMeetingCoverage.DaysAround(meeting.Date, calendar);
        return Results.Json(
            new { meeting.OfficialId, meeting.Date, meeting.Place, receptionDayBefore = before, receptionDayAfter = after },
            ReceptionJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>GET /api/schedule/check?month=yyyy-MM</c>: the R12 check of the month (what the monthly publication reports).</summary>
    public async Task<IResult> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!DateOnly.TryParseExact(request.Query["month"] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly first))
        {
            var errors = new ValidationErrors();
            errors.Add("month", "Required: the month as yyyy-MM, e.g. 2026-12.");
            return Problems.Validation(errors);
        }

        ScheduleCheckReport report = await check.MonthAsync(first.Year, first.Month, cancellationToken);
        return Results.Json(new { report.Month, report.Complete, report.WithoutReceptionDay, report.ReportingMeetings, report.MissingAroundReportingMeetings }, ReceptionJson.Options);
    }
}
