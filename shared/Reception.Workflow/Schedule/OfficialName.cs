namespace Reception.Workflow.Schedule;

/// <summary>An official's full name in both languages of R13.</summary>
public sealed record OfficialName(string Kk, string Ru);
