using Reception.Domain.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>What registration did: the appeal's status after it, its number, and whether it states its substance (R2).</summary>
public sealed record AppealRegistration(AppealStatus Status, string? RegistrationNumber, DateOnly? RegisteredOn, bool HasSubstance = true);
