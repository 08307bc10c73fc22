using Reception.Workflow.Auth;

namespace Reception.Workflow.Http;

/// <summary>
/// Every route of the service, in one list: the OpenAPI document is built from it, and tests
/// check that both hosts serve exactly these routes.
/// </summary>
public static class ApiCatalog
{
    private static readonly string[] Staff = [.. Roles.Staff];

    public static IReadOnlyList<ApiRoute> Routes { get; } =
    [
        new("POST", "/api/intake/egov", "intakeEgov", "An appeal from the e-gov portal (signed webhook).", [Roles.Egov], "Appeal", 202),
        new("POST", "/api/intake/call-center", "intakeCallCenter", "An appeal taken by the call centre.", [Roles.CallCenter], "Appeal", 202),
        new("POST", "/api/intake/office", "intakeOffice", "An appeal handed in at the office: paper, courier or oral.", [Roles.Office], "OfficeAppeal", 202),
        new("GET", "/api/appeals/{appealId}", "getAppeal", "The whole appeal, for staff.", Staff, null, 200),
        new("GET", "/api/public/appeals/{trackingCode}", "getPublicAppeal", "Status, dates and slot by tracking code; no personal data.", [], null, 200),
        new("POST", "/api/appeals/{appealId}/review", "reviewAppeal", "The Department's review: propose, refuse, extend, requestCentralBody.", [Roles.Department], "Review", 202),
        new("POST", "/api/appeals/{appealId}/central-body-response", "centralBodyResponse", "A central body's answer to the participation request.", [Roles.Department], "CentralBodyResponse", 202),
        new("POST", "/api/appeals/{appealId}/decision", "decideAppeal", "The head of apparatus approves or refuses the proposal.", [Roles.Head], "Decision", 202),
        new("POST", "/api/appeals/{appealId}/reception", "recordReception", "The reception's protocol: held (with instructions) or noShow.", [Roles.Official, Roles.Office], "Reception", 202),
        new("POST", "/api/appeals/{appealId}/interpreter", "arrangeInterpreter", "The office names the interpreter for the reception, by the working day before it (R16).", [Roles.Office], "Interpreter", 202),
        new("POST", "/api/appeals/{appealId}/instructions/{number}/answer", "answerInstruction", "An executor's answer to instruction n (from 1).", [Roles.Department], "InstructionAnswer", 202),
        new("POST", "/api/schedule", "addReceptionDay", "Adds an official's reception day with its slots.", [Roles.Office], "ReceptionDay", 201),
        new("POST", "/api/materials-requests", "requestMaterials", "A request for materials to a structural or territorial unit, binding on it, with a due date; tracked and escalated to the Department's head when late (R26).", [Roles.Office, Roles.Department], "MaterialsRequest", 202),
        new("GET", "/api/materials-requests", "listMaterialsRequests", "Requests for materials (?state=open|all), soonest due first, each open, overdue or answered (R26).", [Roles.Office, Roles.Department, Roles.Head], null, 200),
        new("GET", "/api/materials-requests/{requestId}", "getMaterialsRequest", "One request for materials with its escalations and answer (R26).", [Roles.Office, Roles.Department, Roles.Head], null, 200),
        new("POST", "/api/materials-requests/{requestId}/answer", "answerMaterialsRequest", "The unit's answer; closes the request (R26).", [Roles.Office, Roles.Department], "MaterialsAnswer", 202),
        new("POST", "/api/reporting-meetings", "addReportingMeeting", "The akim's or a deputy's reporting meeting with the population; the reply names the working days before and after it that need a reception (R12).", [Roles.Office], "ReportingMeeting", 201),
        new("GET", "/api/schedule/check", "checkSchedule", "The R12 check of a month (?month=yyyy-MM): who has no reception day, and the receptions missing around reporting meetings.", [Roles.Office, Roles.Department, Roles.Head], null, 200),
        new("GET", "/api/schedule", "getSchedule", "The published schedule of a month (?month=yyyy-MM&lang=kk|ru&format=ics).", [], null, 200),
        new("POST", "/api/officials/{officialId}/unavailability", "officialUnavailable", "An official cannot receive on a day: booked applicants are moved and told.", [Roles.Office], "Unavailability", 202),
        new("POST", "/api/appeals/{appealId}/survey", "recordSurvey", "The satisfaction survey's result (R23).", [Roles.Office], "Survey", 202),
        new("GET", "/api/surveys/pending", "pendingSurveys", "Applicants to phone for the satisfaction survey (R23).", [Roles.Office], null, 200),
        new("POST", "/api/restrictive-measures", "restrictiveMeasures", "From now on every reception is by video; booked applicants are moved to video and told (R17).", [Roles.Head], "RestrictiveMeasures", 202),
        new("GET", "/api/restrictive-measures", "getRestrictiveMeasures", "Whether every reception is by video now (R17), and the reason.", [Roles.Head, Roles.Office, Roles.Department], null, 200),
        new("GET", "/api/clock", "getClock", "The service's clock, compressed or not.", [], null, 200),
        new("GET", "/api/reports/quarterly/{year}/{quarter}", "quarterlyReport", "The quarter's figures (R25): JSON, or ?format=csv|html.", [Roles.Reports, Roles.Head, Roles.Department], null, 200),
        new("POST", "/api/operations/requeue-poisoned", "requeuePoisoned", "The operator moves poisoned messages (queue: notifications) or workflow start requests (queue: starts) back, once their cause is fixed; nothing is sent or started twice.", [Roles.Operator], "Requeue", 200),
        new("GET", "/api/health", "getHealth", "Backlog and poisoned messages of the outbox and of the workflow start requests.", [], null, 200),
        new("GET", "/api/openapi.json", "getOpenApi", "This document.", [], null, 200),
        new("GET", "/api/appeals", "listWorklist", "A worklist: ?awaiting=review|centralBodyResponse|decision|reception|instructionAnswer|survey&officialId&dueBefore&overdue&limit&cursor, soonest deadline first.", Staff, null, 200),
        new("POST", "/api/worklists/rebuild", "rebuildWorklists", "Rebuilds the worklist index from every appeal (after a restore or an upgrade).", [Roles.Department, Roles.Office], null, 200),
        new("GET", "/api/officials", "listOfficials", "Officials with reception days, with their names.", Staff, null, 200),
        new("GET", "/api/officials/{officialId}/days", "officialDays", "An official's reception days (?from&to): room, bookings, and whether a memo can still propose the day (R5).", Staff, null, 200),
        new("GET", "/api/officials/{officialId}/receptions", "officialReceptions", "One reception day's applicants (?date) in the order they are received (R7).", [Roles.Office, Roles.Official, Roles.Department], null, 200),
        new("GET", "/api/me", "getMe", "Who is signed in: id, name, roles, sign-in kind.", [], null, 200),
        new("GET", "/api/dev/users", "developmentUsers", "Development only: the people one may sign in as (404 elsewhere).", [], null, 200),
        new("POST", "/api/dev/sign-in", "developmentSignIn", "Development only: sign in as one of the development users (a cookie).", [], "SignIn", 200),
        new("POST", "/api/sign-out", "signOut", "Ends the development sign-in (in Azure: /.auth/logout).", [], null, 204),
    ];
}
