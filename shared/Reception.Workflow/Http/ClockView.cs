namespace Reception.Workflow.Http;

public sealed record ClockView(DateTimeOffset Now, DateOnly Today, string DayLength);
