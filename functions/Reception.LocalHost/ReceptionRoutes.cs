using Microsoft.DurableTask.Client;
using Reception.LocalHost.Intake;
using Reception.LocalHost.Notifications;
using Reception.Workflow.Http;
using Reception.Workflow.Notifications;

namespace Reception.LocalHost;

/// <summary>The routes of API.md, mapped onto the shared endpoint handlers (the Functions app maps the same ones).</summary>
public static class ReceptionRoutes
{
    public static void MapReceptionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/intake/egov", (HttpRequest r, IntakeEndpoints e, IntakeLoad load, CancellationToken ct) => { load.Took(); return e.EgovAsync(r, ct); });
        routes.MapPost("/api/intake/call-center", (HttpRequest r, IntakeEndpoints e, IntakeLoad load, CancellationToken ct) => { load.Took(); return e.CallCenterAsync(r, ct); });
        routes.MapPost("/api/intake/office", (HttpRequest r, IntakeEndpoints e, IntakeLoad load, CancellationToken ct) => { load.Took(); return e.OfficeAsync(r, ct); });
        routes.MapGet("/api/appeals", (HttpRequest r, WorklistEndpoints e, CancellationToken ct) => e.ListAsync(r, ct));
        routes.MapPost("/api/worklists/rebuild", (HttpRequest r, WorklistEndpoints e, CancellationToken ct) => e.RebuildAsync(r, ct));
        routes.MapGet("/api/officials", (HttpRequest r, OfficialEndpoints e, CancellationToken ct) => e.ListAsync(r, ct));
        routes.MapGet("/api/officials/{officialId}/days", (HttpRequest r, string officialId, OfficialEndpoints e, CancellationToken ct) => e.DaysAsync(r, officialId, ct));
        routes.MapGet("/api/officials/{officialId}/receptions", (HttpRequest r, string officialId, OfficialEndpoints e, CancellationToken ct) => e.ReceptionsAsync(r, officialId, ct));
        routes.MapGet("/api/appeals/{appealId}", (HttpRequest r, string appealId, AppealEndpoints e, CancellationToken ct) => e.GetAsync(r, appealId, ct));
        routes.MapGet("/api/public/appeals/{trackingCode}", (string trackingCode, PublicEndpoints e, CancellationToken ct) => e.GetAsync(trackingCode, ct));
        routes.MapPost("/api/appeals/{appealId}/review", (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.ReviewAsync(r, appealId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/central-body-response", (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.CentralBodyResponseAsync(r, appealId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/decision", (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.DecisionAsync(r, appealId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/interpreter", (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.InterpreterAsync(r, appealId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/reception", (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.ReceptionAsync(r, appealId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/instructions/{number:int}/answer", (HttpRequest r, string appealId, int number, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.InstructionAnswerAsync(r, appealId, number, w, ct));
        routes.MapPost("/api/schedule", (HttpRequest r, ScheduleEndpoints e, CancellationToken ct) => e.AddDayAsync(r, ct));
        routes.MapGet("/api/schedule", (HttpRequest r, ScheduleEndpoints e, CancellationToken ct) => e.GetMonthAsync(r, ct));
        routes.MapGet("/api/schedule/check", (HttpRequest r, ReportingMeetingEndpoints e, CancellationToken ct) => e.CheckAsync(r, ct));
        routes.MapPost("/api/operations/requeue-poisoned", (HttpRequest r, OperationsEndpoints e, CancellationToken ct) => e.RequeuePoisonedAsync(r, ct));
        routes.MapPost("/api/materials-requests", (HttpRequest r, MaterialsEndpoints e, DurableTaskClient w, CancellationToken ct) => e.CreateAsync(r, w, ct));
        routes.MapGet("/api/materials-requests", (HttpRequest r, MaterialsEndpoints e, CancellationToken ct) => e.ListAsync(r, ct));
        routes.MapGet("/api/materials-requests/{requestId}", (HttpRequest r, string requestId, MaterialsEndpoints e, CancellationToken ct) => e.GetAsync(r, requestId, ct));
        routes.MapPost("/api/materials-requests/{requestId}/answer", (HttpRequest r, string requestId, MaterialsEndpoints e, DurableTaskClient w, CancellationToken ct) => e.AnswerAsync(r, requestId, w, ct));
        routes.MapPost("/api/reporting-meetings", (HttpRequest r, ReportingMeetingEndpoints e, CancellationToken ct) => e.AddAsync(r, ct));
        routes.MapPost("/api/officials/{officialId}/unavailability", (HttpRequest r, string officialId, ScheduleEndpoints e, DurableTaskClient w, CancellationToken ct) => e.UnavailabilityAsync(r, officialId, w, ct));
        routes.MapPost("/api/appeals/{appealId}/survey", (HttpRequest r, string appealId, SurveyEndpoints e, CancellationToken ct) => e.RecordAsync(r, appealId, ct));
        routes.MapGet("/api/surveys/pending", (HttpRequest r, SurveyEndpoints e, CancellationToken ct) => e.PendingAsync(r, ct));
        routes.MapGet("/api/restrictive-measures", (HttpRequest r, SurveyEndpoints e, CancellationToken ct) => e.GetRestrictiveMeasuresAsync(r, ct));
        routes.MapPost("/api/restrictive-measures", (HttpRequest r, SurveyEndpoints e, DurableTaskClient w, CancellationToken ct) => e.RestrictiveMeasuresAsync(r, w, ct));
        routes.MapGet("/api/reports/quarterly/{year:int}/{quarter:int}", (HttpRequest r, int year, int quarter, ReportEndpoints e, CancellationToken ct) => e.QuarterlyAsync(r, year, quarter, ct));
        routes.MapGet("/api/me", (HttpRequest r, SignInEndpoints e) => e.Me(r));
        routes.MapGet("/api/dev/users", (SignInEndpoints e) => e.DevelopmentUsers());
        routes.MapPost("/api/dev/sign-in", (HttpRequest r, SignInEndpoints e, CancellationToken ct) => e.SignInAsync(r, ct));
        routes.MapPost("/api/sign-out", (HttpRequest r) => SignInEndpoints.SignOut(r));
        routes.MapGet("/api/health", (HealthEndpoint e, CancellationToken ct) => e.GetAsync(ct));
        routes.MapGet("/api/clock", (ClockEndpoint e) => e.Get());
        routes.MapGet("/api/openapi.json", (OpenApiEndpoint e) => e.Get());
        routes.MapGet("/", (HttpResponse r, PageEndpoints e) => e.Workbench(r));
        routes.MapGet("/status", (HttpResponse r, PageEndpoints e) => e.ApplicantPage(r));
        routes.MapGet("/status/{trackingCode}", (HttpResponse r, PageEndpoints e) => e.ApplicantPage(r));
        routes.MapGet("/web/{**path}", (HttpResponse r, string path, PageEndpoints e) => e.Asset(r, path));
    }

    /// <summary>Development only: the notification sink and what it received (not part of API.md).</summary>
    internal static void MapDevelopmentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/dev/sink/{channel}", (string channel, Delivery delivery, DevelopmentSink sink, TimeProvider clock) =>
        {
            sink.Record(channel, delivery, clock.GetUtcNow());
            return Results.Accepted();
        });
        routes.MapGet("/api/dev/outbox", (DevelopmentSink sink) => Results.Json(sink.All, ReceptionJson.Options));
    }
}
