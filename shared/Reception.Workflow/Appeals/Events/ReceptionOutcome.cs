
namespace Reception.Workflow.Appeals.Events;

/// <summary>How the reception went (R15, R19, R21).</summary>
public enum ReceptionOutcome
{
    Held,
    NoShow,
}
