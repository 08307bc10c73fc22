using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain.Validation;
using Reception.Workflow.Activities;
using Reception.Workflow.Appeals;
using Reception.Workflow.Auth;
using Reception.Workflow.Http.Requests;
using Reception.Workflow.Ports;
using Reception.Workflow.Schedule;
using Reception.Domain.Appeals;

namespace Reception.Workflow.Http;

/// <summary>The reply to <c>POST /api/restrictive-measures</c>: the switch and whom it moved to video.</summary>
public sealed record RestrictiveMeasuresReply(bool Active, IReadOnlyList<string> MovedToVideo);
