
namespace Reception.Workflow.Intake;

/// <summary>
/// The body of a start-request message: the appeal ids it asks to start, one per line. Intake
/// groups the requests of appeals that arrive together into one message (one queue write for
/// several appeals); a message with one id, as every message was before grouping, reads the same.
/// Ids only, nothing personal.
/// </summary>
public static class StartRequestMessage
{
    /// <summary>Ids per message at most: a starter's batch of messages stays a bounded amount of work.</summary>
    public const int MaxIds = 16;

    public static string Format(IReadOnlyCollection<string> appealIds)
    {
        ArgumentNullException.ThrowIfNull(appealIds);
        if (appealIds.Count is 0 or > MaxIds)
        {
            throw new ArgumentOutOfRangeException(nameof(appealIds), appealIds.Count, $"A start request carries 1 to {MaxIds} appeal ids.");
        }

        return string.Join('\n', appealIds);
    }

    /// <summary>The distinct ids of a message, in order; blank lines and surrounding spaces are ignored.</summary>
    public static IReadOnlyList<string> Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return [.. body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
    }
}
