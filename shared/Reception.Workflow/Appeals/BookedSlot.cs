using Reception.Domain.Schedule;

namespace Reception.Workflow.Appeals;

/// <summary>The applicant's reception: official, local date and time, in person or video.</summary>
public sealed record BookedSlot(string OfficialId, DateOnly Date, TimeOnly Time, ReceptionMode Mode);
