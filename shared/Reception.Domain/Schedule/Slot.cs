namespace Reception.Domain.Schedule;

/// <summary>One applicant's place in an official's reception day.</summary>
public sealed record Slot(string OfficialId, DateOnly Date, TimeOnly Start, TimeOnly End, ReceptionMode Mode);
