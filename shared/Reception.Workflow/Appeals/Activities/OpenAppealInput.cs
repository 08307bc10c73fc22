
namespace Reception.Workflow.Appeals.Activities;

/// <param name="StepNumber">The number of the step key the opening step takes (the workflow's next key).</param>
public sealed record OpenAppealInput(string AppealId, int StepNumber);
