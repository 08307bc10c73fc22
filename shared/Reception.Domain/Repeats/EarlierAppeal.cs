namespace Reception.Domain.Repeats;

/// <summary>An applicant's earlier appeal, as the repeat check needs it.</summary>
/// <param name="ApplicantKey">The applicant's identity: a keyed hash of the IIN, never the IIN itself.</param>
/// <param name="Outcome">Only a reception held or a final answer makes a later request a repeat (R3).</param>
public sealed record EarlierAppeal(string AppealId, string? RegistrationNumber, string ApplicantKey, string Subject, EarlierOutcome Outcome);

/// <summary>What became of an earlier appeal.</summary>
public enum EarlierOutcome
{
    /// <summary>Still being handled: a second request on it is not a repeat in the sense of R3.</summary>
    Pending,

    /// <summary>The person was received on it.</summary>
    Received,

    /// <summary>The person got a final answer on it.</summary>
    Answered,
}
