namespace Reception.Workflow.Appeals.Activities;

/// <summary>What <see cref="CheckVideoConnection"/> found for the appeal's reception now.</summary>
/// <param name="SlotKey">The reception it is about (official/date/time): details are sent once per reception.</param>
/// <param name="Connection">The day's connection details, when <see cref="VideoConnectionState.Due"/>.</param>
/// <param name="LookAgainAtUtc">The real instant to look again (<see cref="VideoConnectionState.NotYet"/>, <see cref="VideoConnectionState.Missing"/>).</param>
/// <param name="SendOn">The local day the details are due to go out.</param>
public sealed record VideoConnectionCheck(VideoConnectionState State, string SlotKey = "", string? Connection = null, DateTime? LookAgainAtUtc = null, DateOnly SendOn = default);

public enum VideoConnectionState
{
    /// <summary>Not a video reception, or its time has come: nothing to send.</summary>
    Nothing,

    /// <summary>Too early: look again at the send time.</summary>
    NotYet,

    /// <summary>Send time reached and the office recorded the details: send them.</summary>
    Due,

    /// <summary>Send time reached and no details recorded: the office is told, and the workflow looks again.</summary>
    Missing,
}
