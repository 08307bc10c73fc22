namespace Reception.Domain.Schedule;

/// <summary>Why a reception day exists (R12, §6, §8).</summary>
public enum ReceptionDayKind
{
    /// <summary>On the approved schedule.</summary>
    Scheduled,

    /// <summary>The day before a reporting meeting with the population.</summary>
    BeforeReportingMeeting,

    /// <summary>The day after a reporting meeting with the population.</summary>
    AfterReportingMeeting,

    /// <summary>A deputy's reception outside the schedule, on the akim's order.</summary>
    OnAkimsOrder,
}
