
namespace Reception.Api.Operations;

public sealed record ClockView(DateTimeOffset Now, DateOnly Today, string DayLength);
