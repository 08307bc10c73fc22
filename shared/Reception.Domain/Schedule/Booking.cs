using Reception.Domain.Queue;

namespace Reception.Domain.Schedule;

/// <summary>An approved applicant placed in a slot.</summary>
public sealed record Booking(QueueEntry Entry, Slot Slot);

/// <summary>The outcome of placing applicants: who got which slot, and who still waits (no free slot left).</summary>
public sealed record Placement(IReadOnlyList<Booking> Booked, IReadOnlyList<QueueEntry> Waiting);
