using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Durable;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>Records steps of one appeal through <see cref="AdvanceAppeal"/> and <see cref="RecordSlot"/>, each with the next step key.</summary>
internal sealed class AppealSteps(TaskOrchestrationContext context, string appealId, StepKeys keys)
{
    public Task<AppealSnapshot> AdvanceAsync(
        string step,
        string rule,
        string detail,
        AppealStatus? status = null,
        string? awaiting = null,
        AppealChange? change = null,
        NotificationKind? notify = null,
        string audience = Audience.Applicant,
        IReadOnlyDictionary<string, string>? values = null,
        Actor? by = null) =>
        context.CallActivityAsync<AppealSnapshot>(
            nameof(AdvanceAppeal),
            new AppealStep(appealId, keys.Next(step), step, rule, detail, status, awaiting, change, notify, audience, values, by),
            ActivityRetry.Standard);

    /// <summary>Records a step built elsewhere (<see cref="OpeningSteps"/>) with its key already issued.</summary>
    public Task<AppealSnapshot> RecordAsync(AppealStep step) =>
        context.CallActivityAsync<AppealSnapshot>(nameof(AdvanceAppeal), step, ActivityRetry.Standard);

    /// <summary>The number of the step key of the last <see cref="RecordSlotAsync"/>: the reception wait starts there.</summary>
    public int SlotRecordedAt { get; private set; }

    /// <summary>Records the applicant's booking on that day as the schedule holds it now, and tells them if it changed.</summary>
    public Task<AppealSnapshot> RecordSlotAsync(string officialId, DateOnly date, string rule, string reason)
    {
        string key = keys.Next("slot");
        SlotRecordedAt = keys.Last;
        return context.CallActivityAsync<AppealSnapshot>(
            nameof(RecordSlot), new RecordSlotInput(appealId, key, officialId, date, rule, reason), ActivityRetry.Standard);
    }
}
