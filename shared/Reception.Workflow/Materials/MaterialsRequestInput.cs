using Reception.Workflow.Appeals;

namespace Reception.Workflow.Materials;

/// <summary>What the office asked for: the input of a request's workflow.</summary>
public sealed record MaterialsRequestInput(
    string RequestId, string? AppealId, string Unit, string? UnitEmail, string Materials, DateOnly Due, DateTimeOffset RequestedAt, Actor? RequestedBy);

/// <summary>The unit's answer, recorded by the office or the Department.</summary>
public sealed record MaterialsAnswerEvent(string Answer, Actor? By)
{
    public const string Name = "materialsAnswer";
}

/// <summary>One step of a request's life for <see cref="RecordMaterialsStep"/>: sent, overdue on a day, or answered.</summary>
public sealed record MaterialsStep(string RequestId, MaterialsStepKind Kind, MaterialsRequestInput? Request = null, DateOnly? OverdueOn = null, MaterialsAnswerEvent? Answer = null);

public enum MaterialsStepKind
{
    Requested,
    Overdue,
    Answered,
}
