namespace Reception.Workflow.Orchestration;

/// <summary>
/// Deterministic, ordered keys for an orchestration's steps: the same on every replay, so each
/// step is recorded (and each message sent) once, and history rows sort in the order they happened.
/// </summary>
internal sealed class StepKeys(string prefix = "", int first = 2)
{
    private int next = first;

    public string Next(string step) => $"{prefix}{next++:D4}-{step}";
}
