using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// One step of an appeal, as the orchestrator decides it and <see cref="AdvanceAppeal"/> records
/// it: the history entry, the status, what the appeal waits for next, what changes, and the
/// message it sends.
/// </summary>
/// <param name="StepKey">Deterministic per appeal and step, so a step is recorded and sent once.</param>
/// <param name="Status">The new status, or null to keep it.</param>
/// <param name="Awaiting">The staff action the appeal waits for after this step (<see cref="StaffActions"/>); null for none.</param>
/// <param name="Notify">The message this step sends, or null.</param>
/// <param name="Audience">Who the message is for: <c>applicant</c>, <c>departmentHead</c>, <c>presidentialAdministration</c>, <c>akim</c>.</param>
/// <param name="Values">Extra placeholder values of the message (reason, body, rule, due).</param>
/// <param name="By">The staff member whose action this step records, or null for the workflow's own steps.</param>
public sealed record AppealStep(
    string AppealId,
    string StepKey,
    string Step,
    string Rule,
    string Detail,
    AppealStatus? Status = null,
    string? Awaiting = null,
    AppealChange? Change = null,
    NotificationKind? Notify = null,
    string Audience = Notifications.Audience.Applicant,
    IReadOnlyDictionary<string, string>? Values = null,
    Actor? By = null);
