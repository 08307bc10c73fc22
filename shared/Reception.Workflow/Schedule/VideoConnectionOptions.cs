namespace Reception.Workflow.Schedule;

/// <summary>
/// Configuration section <c>Reception:VideoConnection</c>: when an applicant booked by video is
/// sent the day's connection details (§12; issue 30). The office records them on the reception day
/// (<c>connection</c> of <c>POST /api/schedule</c>); the times are on the service's clock, Almaty time.
/// </summary>
public sealed class VideoConnectionOptions
{
    public const string Section = "Reception:VideoConnection";

    /// <summary>How many working days before the reception the details go out (default 1: the working day before).</summary>
    public int WorkingDaysBefore { get; set; } = 1;

    /// <summary>The local time of that day at which they go out (default 09:00, the start of the working day).</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);

    /// <summary>While the office has not recorded the details, how often the workflow looks again (service time; default 1 hour).</summary>
    public TimeSpan RecheckEvery { get; set; } = TimeSpan.FromHours(1);

    public void Validate()
    {
        if (WorkingDaysBefore is < 0 or > 10)
        {
            throw new InvalidOperationException($"{Section}:{nameof(WorkingDaysBefore)} must be 0 to 10, not {WorkingDaysBefore}.");
        }

        if (RecheckEvery < TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException($"{Section}:{nameof(RecheckEvery)} must be at least a minute, not {RecheckEvery}.");
        }
    }
}
