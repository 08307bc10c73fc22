
namespace Reception.Api.Schedule;

/// <summary>The reply to <c>POST /api/restrictive-measures</c>: the switch and whom it moved to video.</summary>
public sealed record RestrictiveMeasuresReply(bool Active, IReadOnlyList<string> MovedToVideo);
