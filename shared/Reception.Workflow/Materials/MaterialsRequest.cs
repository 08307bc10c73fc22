using Reception.Workflow.Appeals;

namespace Reception.Workflow.Materials;

/// <summary>
/// R26 (§31): the reception office's request to a structural or territorial unit for materials,
/// binding on the unit, with a due date; tracked like an instruction and escalated when late.
/// Written only by its own workflow (<see cref="MaterialsRequestOrchestrator"/>).
/// </summary>
/// <param name="AppealId">The appeal the materials are for, when there is one.</param>
/// <param name="UnitEmail">Where the request is sent; without it the office hands it over itself.</param>
public sealed record MaterialsRequest(
    string RequestId,
    string? AppealId,
    string Unit,
    string? UnitEmail,
    string Materials,
    DateOnly Due,
    DateTimeOffset RequestedAt,
    Actor? RequestedBy)
{
    public string? Answer { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public Actor? AnsweredBy { get; init; }

    /// <summary>The working days on which the request was found still unanswered past its due date, each escalated once.</summary>
    public IReadOnlyList<DateOnly> Escalations { get; init; } = [];

    public bool IsAnswered => Answer is not null;

    /// <summary>Azure Tables' version of the stored entity; not part of the request.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ETag { get; init; }
}
