using Reception.Domain.Schedule;

namespace Reception.Workflow.Schedule;

/// <summary>One published reception day.</summary>
public sealed record PublishedDay(DateOnly Date, string OfficialId, string Official, TimeOnly Start, TimeOnly End, ReceptionMode Mode, ReceptionDayKind Kind, int Slots);
