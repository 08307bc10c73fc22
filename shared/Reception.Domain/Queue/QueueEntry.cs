namespace Reception.Domain.Queue;

/// <summary>An approved applicant waiting for a reception slot.</summary>
/// <param name="OutOfTurn">Belongs to a category received ahead of the queue (R7, §11).</param>
/// <param name="RegisteredAt">When the appeal was registered: the queue's order otherwise.</param>
/// <param name="VideoConference">The applicant consents to a video reception (R17).</param>
public sealed record QueueEntry(string AppealId, bool OutOfTurn, DateTimeOffset RegisteredAt, bool VideoConference = false);
