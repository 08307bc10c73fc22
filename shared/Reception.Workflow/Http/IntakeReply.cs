using Microsoft.AspNetCore.Http;
using Reception.Domain.Appeals;
using Reception.Domain.Validation;
using Reception.Workflow.Auth;
using Reception.Workflow.Intake;

namespace Reception.Workflow.Http;

/// <summary>The intake reply of API.md.</summary>
public sealed record IntakeReply(string AppealId, string TrackingCode, string Status, string StatusUrl);
