using Reception.Domain.Queue;

namespace Reception.Domain.Schedule;

/// <summary>An approved applicant placed in a slot.</summary>
public sealed record Booking(QueueEntry Entry, Slot Slot);
