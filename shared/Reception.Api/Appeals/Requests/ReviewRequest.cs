
namespace Reception.Api.Appeals.Requests;

// Bodies of the staff actions of docs/api.md, as they arrive: every field optional and enums as
// strings, so that validation reports every problem at once with its field path.

public sealed record ReviewRequest(string? Outcome, string? OfficialId, DateOnly? ProposedDate, string? Reason, string? CentralBody, bool? ConsultationGiven = null);
