
namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Deterministic, ordered keys for an orchestration's steps: the same on every replay, so each
/// step is recorded (and each message sent) once, and history rows sort in the order they happened.
/// </summary>
internal sealed class StepKeys(string prefix = "", int first = 2)
{
    private int next = first;

    public string Next(string step) => $"{prefix}{next++:D4}-{step}";

    /// <summary>The number the next key will carry.</summary>
    public int NextNumber => next;

    /// <summary>The key of the main sequence with that number, as <see cref="Next"/> issues it: for an activity that records a step the workflow numbered.</summary>
    public static string KeyOf(int number, string step) => $"{number:D4}-{step}";

    /// <summary>The number of the key issued last.</summary>
    public int Last => next - 1;

    /// <summary>The number in a key of this appeal's main sequence (<c>0005-sentForReview</c> → 5); null for any other key.</summary>
    public static int? NumberOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int dash = key.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && int.TryParse(key.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) ? number : null;
    }
}
