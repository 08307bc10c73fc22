using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Activities;

/// <summary>The appeal as the orchestrator needs to see it after a step.</summary>
public sealed record AppealSnapshot(AppealStatus Status, DateOnly? AnswerDue, BookedSlot? Slot, bool Extended, bool OutOfTurn, bool ForeignOrStateless);
