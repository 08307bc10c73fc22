namespace Reception.Workflow.Privacy;

/// <summary>
/// Configuration <c>Reception:Retention</c>: how long a closed appeal's personal data is kept, and
/// when the daily purge runs (README "Personal data").
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Reception:Retention";

    /// <summary>
    /// From the day the appeal reached its final status. Default five years (1826 days): the storage
    /// term of files of citizens' appeals in the list of standard documents with their storage terms
    /// (the project's reading; confirm it with the office's archive nomenclature). Zero erases at
    /// the next run (tests, demos).
    /// </summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(1826);

    /// <summary>The daily run's local time in Almaty, on the service's clock.</summary>
    public TimeOnly RunAt { get; set; } = new(3, 0);

    /// <summary>At most this many appeals per run; the rest wait for the next day (a run stays short).</summary>
    public int MaxPerRun { get; set; } = 500;
}
