using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Api.Intake;
using Reception.Api.Materials;
using Reception.Api.Routing;
using Reception.Api.Operations;
using Reception.Api.Pages;
using Reception.Api.Public;
using Reception.Api.Reports;
using Reception.Api.Schedule;
using Reception.Api.Surveys;
using Reception.Api.Worklists;
using Reception.Workflow.Appeals;

namespace Reception.Api.Routing;

/// <summary>
/// Every route of the service, in one table grouped by area and by the roles that may call it:
/// the local host maps it (<see cref="ApiRouteMapping"/>), the OpenAPI document is built from it,
/// the Functions app's middleware checks each trigger's caller against it, and tests check that
/// the Functions triggers declare exactly these routes.
/// </summary>
public static class ApiRoutes
{
    private static readonly string[] AppealReaders = [.. Roles.AppealReaders];

    public static IReadOnlyList<ApiGroup> Groups { get; } =
    [
        new("intake: e-gov portal", [Roles.Egov],
        [
            new("POST", "/api/intake/egov", "intakeEgov", "An appeal from the e-gov portal (signed webhook).", "Appeal", 202,
                (HttpRequest r, IntakeEndpoints e, CancellationToken ct) => e.EgovAsync(r, ct)),
        ]),
        new("intake: call centre", [Roles.CallCenter],
        [
            new("POST", "/api/intake/call-center", "intakeCallCenter", "An appeal taken by the call centre.", "Appeal", 202,
                (HttpRequest r, IntakeEndpoints e, CancellationToken ct) => e.CallCenterAsync(r, ct)),
        ]),
        new("the office", [Roles.Office],
        [
            new("POST", "/api/intake/office", "intakeOffice", "An appeal handed in at the office: paper, courier or oral.", "OfficeAppeal", 202,
                (HttpRequest r, IntakeEndpoints e, CancellationToken ct) => e.OfficeAsync(r, ct)),
            new("POST", "/api/appeals/{appealId}/interpreter", "arrangeInterpreter", "The office names the interpreter for the reception, by the working day before it (R16).", "Interpreter", 202,
                (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.InterpreterAsync(r, appealId, w, ct)),
            new("POST", "/api/schedule", "addReceptionDay", "Adds an official's reception day with its slots.", "ReceptionDay", 201,
                (HttpRequest r, ScheduleEndpoints e, CancellationToken ct) => e.AddDayAsync(r, ct)),
            new("POST", "/api/reporting-meetings", "addReportingMeeting", "The akim's or a deputy's reporting meeting with the population; the reply names the working days before and after it that need a reception (R12).", "ReportingMeeting", 201,
                (HttpRequest r, ReportingMeetingEndpoints e, CancellationToken ct) => e.AddAsync(r, ct)),
            new("POST", "/api/officials/{officialId}/unavailability", "officialUnavailable", "An official cannot receive on a day: booked applicants are moved and told.", "Unavailability", 202,
                (HttpRequest r, string officialId, ScheduleEndpoints e, DurableTaskClient w, CancellationToken ct) => e.UnavailabilityAsync(r, officialId, w, ct)),
            new("POST", "/api/appeals/{appealId}/survey", "recordSurvey", "The satisfaction survey's result (R23).", "Survey", 202,
                (HttpRequest r, string appealId, SurveyEndpoints e, CancellationToken ct) => e.RecordAsync(r, appealId, ct)),
            new("GET", "/api/surveys/pending", "pendingSurveys", "Applicants to phone for the satisfaction survey (R23).", null, 200,
                (HttpRequest r, SurveyEndpoints e, CancellationToken ct) => e.PendingAsync(r, ct)),
        ]),
        new("appeals: the staff who handle them", AppealReaders,
        [
            new("GET", "/api/appeals/{appealId}", "getAppeal", "The appeal, with the applicant's data the caller's role needs (docs/api.md \"Who sees what\").", null, 200,
                (HttpRequest r, string appealId, AppealEndpoints e, CancellationToken ct) => e.GetAsync(r, appealId, ct)),
            new("GET", "/api/appeals", "listWorklist", "A worklist: ?awaiting=review|centralBodyResponse|decision|reception|instructionAnswer|survey&officialId&dueBefore&overdue&limit&cursor, soonest deadline first.", null, 200,
                (HttpRequest r, WorklistEndpoints e, CancellationToken ct) => e.ListAsync(r, ct)),
            new("GET", "/api/officials", "listOfficials", "Officials with reception days, with their names.", null, 200,
                (HttpRequest r, OfficialEndpoints e, CancellationToken ct) => e.ListAsync(r, ct)),
            new("GET", "/api/officials/{officialId}/days", "officialDays", "An official's reception days (?from&to): room, bookings, and whether a memo can still propose the day (R5).", null, 200,
                (HttpRequest r, string officialId, OfficialEndpoints e, CancellationToken ct) => e.DaysAsync(r, officialId, ct)),
        ]),
        new("appeals: the Department", [Roles.Department],
        [
            new("POST", "/api/appeals/{appealId}/review", "reviewAppeal", "The Department's review: propose, refuse, extend, requestCentralBody.", "Review", 202,
                (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.ReviewAsync(r, appealId, w, ct)),
            new("POST", "/api/appeals/{appealId}/central-body-response", "centralBodyResponse", "A central body's answer to the participation request.", "CentralBodyResponse", 202,
                (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.CentralBodyResponseAsync(r, appealId, w, ct)),
            new("POST", "/api/appeals/{appealId}/instructions/{number:int}/answer", "answerInstruction", "An executor's answer to instruction n (from 1).", "InstructionAnswer", 202,
                (HttpRequest r, string appealId, int number, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.InstructionAnswerAsync(r, appealId, number, w, ct)),
            new("POST", "/api/appeals/{appealId}/answer-letter", "uploadAnswerLetter", "The answer letter as a document (§33): the raw PDF, PNG or JPEG as the body, at most 5 MiB; once the reception is held.", null, 201,
                (HttpRequest r, string appealId, AnswerLetterEndpoints e, CancellationToken ct) => e.UploadAsync(r, appealId, ct)),
        ]),
        new("the head of apparatus", [Roles.Head],
        [
            new("POST", "/api/appeals/{appealId}/decision", "decideAppeal", "The head of apparatus approves or refuses the proposal.", "Decision", 202,
                (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.DecisionAsync(r, appealId, w, ct)),
            new("POST", "/api/restrictive-measures", "restrictiveMeasures", "From now on every reception is by video; booked applicants are moved to video and told (R17).", "RestrictiveMeasures", 202,
                (HttpRequest r, SurveyEndpoints e, DurableTaskClient w, CancellationToken ct) => e.RestrictiveMeasuresAsync(r, w, ct)),
        ]),
        new("receptions: the official and the office", [Roles.Official, Roles.Office],
        [
            new("POST", "/api/appeals/{appealId}/reception", "recordReception", "The reception's protocol: held (with instructions) or noShow.", "Reception", 202,
                (HttpRequest r, string appealId, StaffEndpoints e, DurableTaskClient w, CancellationToken ct) => e.ReceptionAsync(r, appealId, w, ct)),
        ]),
        new("receptions: the day's list", [Roles.Office, Roles.Official, Roles.Department],
        [
            new("GET", "/api/officials/{officialId}/receptions", "officialReceptions", "One reception day's applicants (?date) in the order they are received (R7).", null, 200,
                (HttpRequest r, string officialId, OfficialEndpoints e, CancellationToken ct) => e.ReceptionsAsync(r, officialId, ct)),
        ]),
        new("materials: the office and the Department", [Roles.Office, Roles.Department],
        [
            new("POST", "/api/materials-requests", "requestMaterials", "A request for materials to a structural or territorial unit, binding on it, with a due date; tracked and escalated to the Department's head when late (R26).", "MaterialsRequest", 202,
                (HttpRequest r, MaterialsEndpoints e, DurableTaskClient w, CancellationToken ct) => e.CreateAsync(r, w, ct)),
            new("POST", "/api/materials-requests/{requestId}/answer", "answerMaterialsRequest", "The unit's answer; closes the request (R26).", "MaterialsAnswer", 202,
                (HttpRequest r, string requestId, MaterialsEndpoints e, DurableTaskClient w, CancellationToken ct) => e.AnswerAsync(r, requestId, w, ct)),
        ]),
        new("oversight: the office, the Department and the head", [Roles.Office, Roles.Department, Roles.Head],
        [
            new("GET", "/api/materials-requests", "listMaterialsRequests", "Requests for materials (?state=open|all), soonest due first, each open, overdue or answered (R26).", null, 200,
                (HttpRequest r, MaterialsEndpoints e, CancellationToken ct) => e.ListAsync(r, ct)),
            new("GET", "/api/materials-requests/{requestId}", "getMaterialsRequest", "One request for materials with its escalations and answer (R26).", null, 200,
                (HttpRequest r, string requestId, MaterialsEndpoints e, CancellationToken ct) => e.GetAsync(r, requestId, ct)),
            new("GET", "/api/schedule/check", "checkSchedule", "The R12 check of a month (?month=yyyy-MM): who has no reception day, and the receptions missing around reporting meetings.", null, 200,
                (HttpRequest r, ReportingMeetingEndpoints e, CancellationToken ct) => e.CheckAsync(r, ct)),
            new("GET", "/api/restrictive-measures", "getRestrictiveMeasures", "Whether every reception is by video now (R17), and the reason.", null, 200,
                (HttpRequest r, SurveyEndpoints e, CancellationToken ct) => e.GetRestrictiveMeasuresAsync(r, ct)),
        ]),
        new("reports", [Roles.Reports, Roles.Head, Roles.Department],
        [
            new("GET", "/api/reports/quarterly/{year:int}/{quarter:int}", "quarterlyReport", "The quarter's figures (R25): JSON, or ?format=csv|html.", null, 200,
                (HttpRequest r, int year, int quarter, ReportEndpoints e, CancellationToken ct) => e.QuarterlyAsync(r, year, quarter, ct)),
        ]),
        new("operations", [Roles.Operator],
        [
            new("POST", "/api/worklists/rebuild", "rebuildWorklists", "Rebuilds the worklist index from every appeal (after a restore or an upgrade): the operator's, like every repair.", null, 200,
                (HttpRequest r, WorklistEndpoints e, CancellationToken ct) => e.RebuildAsync(r, ct)),
            new("POST", "/api/operations/requeue-poisoned", "requeuePoisoned", "The operator moves poisoned messages (queue: notifications) or workflow start requests (queue: starts) back, once their cause is fixed; nothing is sent or started twice.", "Requeue", 200,
                (HttpRequest r, OperationsEndpoints e, CancellationToken ct) => e.RequeuePoisonedAsync(r, ct)),
            new("POST", "/api/operations/appeals/{appealId}/erase", "eraseAppealPersonalData", "The operator erases a closed appeal's personal data on a lawful request (reason required): the applicant, the question, the letter, the survey comment and the workflow's history; the appeal keeps its number, dates and steps. 409 while it is open.", "Erase", 200,
                (HttpRequest r, string appealId, ErasureEndpoints e, DurableTaskClient w, CancellationToken ct) => e.EraseAsync(r, appealId, w, ct)),
        ]),
        new("public", [],
        [
            new("GET", "/api/public/appeals/{trackingCode}", "getPublicAppeal", "Status, dates and slot by tracking code; no personal data.", null, 200,
                (string trackingCode, PublicEndpoints e, CancellationToken ct) => e.GetAsync(trackingCode, ct)),
            new("GET", "/api/public/appeals/{trackingCode}/letter", "getAnswerLetter", "The answer letter itself (PDF or image), for the holder of the tracking code.", null, 200,
                (HttpResponse response, string trackingCode, PublicEndpoints e, CancellationToken ct) => e.LetterAsync(response, trackingCode, ct)),
            new("GET", "/api/schedule", "getSchedule", "The published schedule of a month (?month=yyyy-MM&lang=kk|ru&format=ics).", null, 200,
                (HttpRequest r, ScheduleEndpoints e, CancellationToken ct) => e.GetMonthAsync(r, ct)),
            new("GET", "/api/clock", "getClock", "The service's clock, compressed or not.", null, 200,
                (ClockEndpoint e) => e.Get()),
            new("GET", "/api/health", "getHealth", "Backlog and poisoned messages of the outbox and of the workflow start requests.", null, 200,
                (HealthEndpoint e, CancellationToken ct) => e.GetAsync(ct)),
            new("GET", "/api/openapi.json", "getOpenApi", "This document.", null, 200,
                (OpenApiEndpoint e) => e.Get()),
        ]),
        new("sign-in", [],
        [
            new("GET", "/api/me", "getMe", "Who is signed in: id, name, roles, sign-in kind.", null, 200,
                (HttpRequest r, SignInEndpoints e) => e.Me(r)),
            new("GET", "/api/dev/users", "developmentUsers", "Development only: the people one may sign in as (404 elsewhere).", null, 200,
                (SignInEndpoints e) => e.DevelopmentUsers()),
            new("POST", "/api/dev/sign-in", "developmentSignIn", "Development only: sign in as one of the development users (a cookie).", "SignIn", 200,
                (HttpRequest r, SignInEndpoints e, CancellationToken ct) => e.SignInAsync(r, ct)),
            new("POST", "/api/sign-out", "signOut", "Ends the development sign-in (in Azure: /.auth/logout).", null, 204,
                (HttpRequest r) => SignInEndpoints.SignOut(r)),
        ]),
        new("pages", [],
        [
            new("GET", "/", "workbench", "The workbench (kk/ru).", null, 200, (HttpResponse r, PageEndpoints e) => e.Workbench(r)),
            new("GET", "/status", "applicantPage", "The applicant's page.", null, 200, (HttpResponse r, PageEndpoints e) => e.ApplicantPage(r)),
            new("GET", "/status/{trackingCode}", "applicantPageByCode", "The applicant's page for a tracking code.", null, 200, (HttpResponse r, PageEndpoints e) => e.ApplicantPage(r)),
            new("GET", "/web/{**path}", "webAsset", "The pages' scripts and styles.", null, 200, (HttpResponse r, string path, PageEndpoints e) => e.Asset(r, path)),
        ]),
    ];

    /// <summary>Every route with its group's roles.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
        [.. Groups.SelectMany(g => g.Routes.Select(r => r with { Roles = g.Roles }))];

    /// <summary>The routes of the HTTP contract (under <c>/api/</c>): what the OpenAPI document describes.</summary>
    public static IReadOnlyList<ApiRoute> Api { get; } = [.. All.Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal))];
}
