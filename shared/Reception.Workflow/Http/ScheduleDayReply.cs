using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain;
using Reception.Domain.Schedule;
using Reception.Domain.Validation;
using Reception.Workflow.Auth;
using Reception.Workflow.Http.Requests;
using Reception.Workflow.Ports;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Http;

/// <summary>The reply to <c>POST /api/schedule</c>.</summary>
public sealed record ScheduleDayReply(string OfficialId, DateOnly Date, int Slots);
