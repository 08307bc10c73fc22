using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;
using Reception.Workflow.Appeals;
using Reception.Workflow.Auth;
using Reception.Workflow.Events;
using Reception.Workflow.Http.Requests;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Ports;
using Reception.Workflow.Time;

namespace Reception.Workflow.Http;

/// <summary>The reply to a staff action: the appeal and the status the action moves it to.</summary>
public sealed record ActionReply(string AppealId, AppealStatus Status, string StatusUrl);
