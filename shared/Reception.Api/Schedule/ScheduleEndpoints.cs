using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain;
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

/// <summary>The office keeps the schedule: reception days (R12, R13) and officials' absences (R14).</summary>
public sealed class ScheduleEndpoints(IScheduleStore schedule, AbsenceService absences, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>A conference link with its id and code fits; a message carries it whole.</summary>
    private const int MaxConnectionLength = 500;

    /// <summary><c>GET /api/schedule?month=2026-12&amp;lang=kk|ru[&amp;format=ics]</c> (no key): the published schedule (R13).</summary>
    public async Task<IResult> GetMonthAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        string? month = request.Query["month"];
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly first))
        {
            errors.Add("month", "Required: the month as yyyy-MM, e.g. 2026-12.");
        }

        string lang = request.Query["lang"].FirstOrDefault() ?? "ru";
        if (!CamelCaseNames.TryParse(lang, out Domain.Appeals.Language language))
        {
            errors.Add("lang", "kk or ru (R13: the schedule is published in both).");
        }

        string? format = request.Query["format"];
        if (format is not (null or "json" or "ics"))
        {
            errors.Add("format", "json (the default) or ics.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        PublishedSchedule published = PublishedSchedule.From(first.Year, first.Month, language,
            await schedule.MonthAsync(first.Year, first.Month, cancellationToken));
        return format == "ics"
            ? Results.Text(published.ToICalendar(clock.GetUtcNow()), "text/calendar; charset=utf-8")
            : Results.Json(published, ReceptionJson.Options);
    }

    /// <summary><c>POST /api/schedule</c>: adds a reception day, or changes its hours (its bookings stay).</summary>
    public async Task<IResult> AddDayAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        (ScheduleDayRequest? body, IResult? refused) = await JsonBody.ReadAsync<ScheduleDayRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        string? officialId = Fields.OfficialId(errors, "officialId", body!.OfficialId);
        string? nameKk = Fields.Line(errors, "officialName.kk", body.OfficialName?.Kk, 200);
        string? nameRu = Fields.Line(errors, "officialName.ru", body.OfficialName?.Ru, 200);
        string? exceptionReason = Fields.Line(errors, "exceptionReason", body.ExceptionReason, required: false);
        string? place = Fields.Line(errors, "place", body.Place, required: false);
        string? connection = Fields.Line(errors, "connection", body.Connection, MaxConnectionLength, required: false);
        if (body.Date is null)
        {
            errors.Add("date", "Required: the reception date (yyyy-MM-dd).");
        }

        if (body.Start is null || body.End is null || body.End <= body.Start)
        {
            errors.Add("end", "Required: start and end (HH:mm:ss), the end after the start.");
        }

        if (body.SlotMinutes is null or < 5 or > 480)
        {
            errors.Add("slotMinutes", "Required: the length of a slot in minutes, 5 to 480.");
        }

        ReceptionMode mode = ReceptionMode.InPerson;
        if (!CamelCaseNames.TryParse(body.Mode, out mode))
        {
            errors.Add("mode", $"Required: one of {CamelCaseNames.List<ReceptionMode>()}.");
        }

        ReceptionDayKind kind = ReceptionDayKind.Scheduled;
        if (body.Kind is not null && !CamelCaseNames.TryParse(body.Kind, out kind))
        {
            errors.Add("kind", $"One of {CamelCaseNames.List<ReceptionDayKind>()}.");
        }

        if (body.Date is { } date && calendar.WhyNotWorking(date) is { } dayOff && string.IsNullOrWhiteSpace(body.ExceptionReason))
        {
            errors.Add("date", $"{date:yyyy-MM-dd} is a day off on the working calendar ({dayOff}). " +
                "A reception is held on it only on the akim's order: send exceptionReason with the order (§8).");
        }

        if (errors.IsEmpty && body.End!.Value - body.Start!.Value < TimeSpan.FromMinutes(body.SlotMinutes!.Value))
        {
            errors.Add("slotMinutes", "The day must hold at least one slot.");
        }

        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        var day = new ScheduledDay(officialId!, new OfficialName(nameKk!, nameRu!),
            body.Date!.Value, body.Start!.Value, body.End!.Value, body.SlotMinutes!.Value, mode, kind)
        {
            ExceptionReason = calendar.IsWorkingDay(body.Date.Value) ? null : exceptionReason,
            Place = place,
            Connection = connection,
        };
        await schedule.SaveDayAsync(day, cancellationToken);
        return Results.Json(
            new ScheduleDayReply(day.OfficialId, day.Date, day.ToReceptionDay().Slots.Count),
            ReceptionJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>POST /api/officials/{officialId}/unavailability</c>: the official's booked applicants are moved and told (R14).</summary>
    public async Task<IResult> UnavailabilityAsync(HttpRequest request, string officialId, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        (UnavailabilityRequest? body, IResult? refused) = await JsonBody.ReadAsync<UnavailabilityRequest>(request, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var errors = new ValidationErrors();
        if (body!.Date is null)
        {
            errors.Add("date", "Required: the day the official cannot receive (yyyy-MM-dd).");
        }

        string? reason = Fields.Line(errors, "reason", body.Reason);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (await schedule.FindDayAsync(officialId, body.Date!.Value, cancellationToken) is null)
        {
            return Problems.NotFound($"{officialId} has no reception day on {body.Date:yyyy-MM-dd}.");
        }

        AbsenceOutcome outcome = await absences.RecordAsync(officialId, body.Date.Value, reason!, workflows, cancellationToken);
        return Results.Json(outcome, ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
    }
}
