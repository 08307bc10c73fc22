namespace Reception.Domain.Repeats;

/// <summary>Why a request is a repeat: the earlier appeal and how similar its subject is.</summary>
public sealed record RepeatFinding(EarlierAppeal Earlier, double Similarity)
{
    /// <summary>The reasoned refusal's core, naming the earlier appeal (R3, §29).</summary>
    public string Reason => Earlier.Outcome == EarlierOutcome.Received
        ? $"The applicant was already received on the same question (appeal {Earlier.RegistrationNumber ?? Earlier.AppealId})."
        : $"The applicant already has an answer on the same question (appeal {Earlier.RegistrationNumber ?? Earlier.AppealId}).";
}
