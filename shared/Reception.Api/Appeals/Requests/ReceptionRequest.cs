
namespace Reception.Api.Appeals.Requests;

/// <param name="Answer">What the official answered at the reception; the applicant is told it when no instruction follows (§33).</param>
/// <param name="Attendance">At the akim's reception: which of <c>prosecutor</c>, <c>internalAffairs</c>, <c>antiCorruption</c>, <c>courtsAdministration</c> took part (R24).</param>
public sealed record ReceptionRequest(
    string? Outcome,
    bool? IdentityVerified,
    IReadOnlyList<InstructionRequest>? Instructions,
    IReadOnlyList<HandedInRequest>? HandedInAppeals,
    IReadOnlyList<string>? Attendance = null,
    string? Answer = null);
