using Microsoft.AspNetCore.Http;
using Reception.Domain.Time;
using Reception.Workflow.Time;

namespace Reception.Workflow.Http;

public sealed record ClockView(DateTimeOffset Now, DateOnly Today, string DayLength);
