namespace Reception.Domain.Repeats;

/// <summary>An applicant's earlier appeal, as the repeat check needs it.</summary>
/// <param name="ApplicantKey">The applicant's identity: a keyed hash of the IIN, never the IIN itself.</param>
/// <param name="Outcome">Only a reception held or a final answer makes a later request a repeat (R3).</param>
public sealed record EarlierAppeal(string AppealId, string? RegistrationNumber, string ApplicantKey, string Subject, EarlierOutcome Outcome);
