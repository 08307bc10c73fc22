
namespace Reception.Workflow.Appeals.Activities;

/// <summary>The reason and earlier appeal when a request repeats one already received or answered (R3); null otherwise.</summary>
public sealed record RepeatCheck(string Reason, string EarlierAppeal);
