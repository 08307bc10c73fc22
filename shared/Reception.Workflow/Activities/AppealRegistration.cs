using Reception.Domain.Appeals;

namespace Reception.Workflow.Activities;

/// <summary>What registration did: the appeal's status after it, and its number when registered.</summary>
public sealed record AppealRegistration(AppealStatus Status, string? RegistrationNumber, DateOnly? RegisteredOn);
