using Reception.Domain.Queue;

namespace Reception.Domain.Schedule;

/// <summary>The outcome of placing applicants: who got which slot, and who still waits (no free slot left).</summary>
public sealed record Placement(IReadOnlyList<Booking> Booked, IReadOnlyList<QueueEntry> Waiting);
