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

/// <summary>An applicant to phone for the survey (R23); staff only.</summary>
public sealed record PendingSurvey(string AppealId, string? RegistrationNumber, Domain.Appeals.AppealStatus Status, string Applicant, string? Phone, Domain.Appeals.Language Language, DateTimeOffset QueuedAt);
