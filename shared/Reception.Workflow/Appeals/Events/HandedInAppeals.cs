
namespace Reception.Workflow.Appeals.Events;

public sealed record HandedInAppeals(string ParentAppealId, IReadOnlyList<string> Subjects);
