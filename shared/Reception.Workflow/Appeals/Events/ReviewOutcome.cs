
namespace Reception.Workflow.Appeals.Events;

/// <summary>What the Department's preliminary review concludes (R5, R9, R10, §26).</summary>
public enum ReviewOutcome
{
    Propose,
    Refuse,
    Extend,
    RequestCentralBody,
}
