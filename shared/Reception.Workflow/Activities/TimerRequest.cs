using Microsoft.DurableTask;
using Reception.Domain.Calendar;
using Reception.Workflow.Appeals;
using Reception.Workflow.Ports;
using Reception.Workflow.Time;

namespace Reception.Workflow.Activities;

public sealed record TimerRequest(string AppealId, TimerBasis Basis, DateOnly? Date = null, int WorkingDays = 0);
