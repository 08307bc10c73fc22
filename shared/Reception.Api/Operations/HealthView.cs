
namespace Reception.Api.Operations;

/// <summary>The service's health as operators read it.</summary>
public sealed record HealthView(string Status, int OutboxQueued, int OutboxPoisoned, int StartsQueued, int StartsPoisoned);
