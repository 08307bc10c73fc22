
namespace Reception.Workflow.Appeals.Events;

/// <summary>A new appeal handed in at the reception (R21).</summary>
public sealed record HandedInAppeal(string Subject);
