namespace Reception.Domain.Repeats;

/// <summary>What became of an earlier appeal.</summary>
public enum EarlierOutcome
{
    /// <summary>Still being handled: a second request on it is not a repeat in the sense of R3.</summary>
    Pending,

    /// <summary>The person was received on it.</summary>
    Received,

    /// <summary>The person got a final answer on it.</summary>
    Answered,
}
