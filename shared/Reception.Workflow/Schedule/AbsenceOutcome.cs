namespace Reception.Workflow.Schedule;

/// <summary>What an official's absence did.</summary>
public sealed record AbsenceOutcome(bool NoticeInTime, IReadOnlyList<string> MovedAppeals);
