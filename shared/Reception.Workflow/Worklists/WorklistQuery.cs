namespace Reception.Workflow.Worklists;

/// <summary>A worklist page request (<c>GET /api/appeals?awaiting=…</c>).</summary>
/// <param name="DueBefore">Only entries due strictly before this date (with <c>overdue=true</c>: today).</param>
/// <param name="After">The cursor: the page starts after this entry's key.</param>
public sealed record WorklistQuery(string Awaiting, string? OfficialId, DateOnly? DueBefore, int Limit, string? After);
