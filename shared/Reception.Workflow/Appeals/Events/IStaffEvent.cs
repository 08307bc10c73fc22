using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Events;

/// <summary>
/// An event raised by a staff action. <see cref="ForStep"/> is the appeal's step that started the
/// wait the staff member acted on (<c>awaitingStep</c> as they read it); the workflow drops an
/// event meant for an earlier wait, so a request repeated after a lost reply, or two people
/// acting at once, moves the appeal once.
/// </summary>
public interface IStaffEvent
{
    /// <summary>The step key of the wait acted on; null accepts the event in any wait of its name.</summary>
    string? ForStep { get; }

    /// <summary>Who acted (docs/api.md "Who acted"); the steps the event leads to name them.</summary>
    Actor? By { get; }
}
