using Microsoft.DurableTask.Client;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Workflow.Ports;
using Reception.Workflow.Time;
using Reception.Domain.Appeals;

namespace Reception.Workflow.Schedule;

/// <summary>What an official's absence did.</summary>
public sealed record AbsenceOutcome(bool NoticeInTime, IReadOnlyList<string> MovedAppeals);
