
namespace Reception.Api.Intake;

/// <summary>The intake reply of docs/api.md.</summary>
public sealed record IntakeReply(string AppealId, string TrackingCode, string Status, string StatusUrl);
