namespace Reception.Workflow.Worklists;

/// <summary>Entries in due order, and the cursor of the next page (null on the last).</summary>
public sealed record WorklistPage(IReadOnlyList<WorklistEntry> Entries, string? Next);
