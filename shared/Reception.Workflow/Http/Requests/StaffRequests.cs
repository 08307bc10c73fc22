namespace Reception.Workflow.Http.Requests;

// Bodies of the staff actions of API.md, as they arrive: every field optional and enums as
// strings, so that validation reports every problem at once with its field path.

public sealed record ReviewRequest(string? Outcome, string? OfficialId, DateOnly? ProposedDate, string? Reason, string? CentralBody, bool? ConsultationGiven = null);

public sealed record CentralBodyResponseRequest(bool? Participates, string? Note);

public sealed record DecisionRequest(bool? Approve, string? Reason);

public sealed record ReceptionRequest(string? Outcome, bool? IdentityVerified, IReadOnlyList<InstructionRequest>? Instructions, IReadOnlyList<HandedInRequest>? HandedInAppeals);

public sealed record InstructionRequest(string? Text, string? Assignee, DateOnly? DueDate);

public sealed record HandedInRequest(string? Subject);

public sealed record InstructionAnswerRequest(string? Executor, string? Answer, bool? Final);

public sealed record SurveyRequest(int? Score, string? Comment);

public sealed record UnavailabilityRequest(DateOnly? Date, string? Reason);

public sealed record ScheduleDayRequest(
    string? OfficialId, OfficialNameRequest? OfficialName, DateOnly? Date, TimeOnly? Start, TimeOnly? End, int? SlotMinutes, string? Mode, string? Kind);

public sealed record OfficialNameRequest(string? Kk, string? Ru);

public sealed record RestrictiveMeasuresRequest(bool? Active, string? Reason);
