
namespace Reception.Api.Intake;

/// <summary>The intake reply of API.md.</summary>
public sealed record IntakeReply(string AppealId, string TrackingCode, string Status, string StatusUrl);
