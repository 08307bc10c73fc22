using System.Globalization;
using Microsoft.DurableTask;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Durable;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Appeals.Orchestration;

/// <summary>
/// Every wait for a person: the awaited event raced against a durable timer on the regulation's
/// deadline. A deadline that passes records <c>deadlineMissed</c> with its rule, escalates to the
/// Department's head, and the wait goes on with a reminder each working day: nothing waits
/// forever with no deadline, and nothing is dropped.
/// </summary>
/// <remarks>
/// <c>awaitsStaffAction</c> is false for instruction answers: they are checked against the
/// instruction itself, not against the appeal's single awaited action.
/// </remarks>
internal static class StaffWaits
{
    /// <summary>About a year of working days: reminders stop there, the escalations stay in the history.</summary>
    private const int MaxReminders = 250;

    /// <summary>Moves of one booked applicant handled during one wait; far more than any schedule makes.</summary>
    private const int MaxMoves = 100;

    /// <summary>Runs of the side work in one wait (hourly looks over weeks stay far below).</summary>
    private const int MaxSideRuns = 2000;

    public static async Task<T> WaitAsync<T>(
        TaskOrchestrationContext context,
        string appealId,
        string eventName,
        TimerRequest deadline,
        string rule,
        StepKeys keys,
        AppealChange? onMiss = null,
        bool awaitsStaffAction = true,
        Func<SlotChangedEvent, Task>? onSlotChanged = null,
        int? waitStartedAt = null,
        PlannedTimer? planned = null,
        Func<Task<DateTime?>>? sideWork = null)
    {
        // One waiter for the whole wait, raced against a fresh timer each round: an event that
        // arrives while a round's bookkeeping runs is kept, never lost to a cancelled waiter.
        Task<T> arrived = context.WaitForExternalEvent<T>(eventName);
        Task<SlotChangedEvent>? moved = onSlotChanged is null ? null : context.WaitForExternalEvent<SlotChangedEvent>(SlotChangedEvent.Name);
        TimerRequest request = deadline;
        int moves = 0;
        DateOnly? missedDue = null;
        int startedAt = waitStartedAt ?? keys.Last; // the step that set what the appeal awaits
        int wakes = 0;

        // Side work (a video reception's connection details) runs at its own instants while the wait goes on.
        // One cap on its runs whatever calls them (its timer, a move); a timer it leaves behind after a move fires unheard.
        int sideRuns = 0;
        DateTime? sideAt = null;
        Task? side = null;
        async Task RunSideWorkAsync()
        {
            side = null;
            sideAt = sideWork is not null && sideRuns++ < MaxSideRuns ? await sideWork() : null;
        }

        await RunSideWorkAsync();
        for (int round = 0; round < MaxReminders; round++)
        {
            // The first round's plan may come with the step before the wait (OpenAppeal): one engine episode less.
            PlannedTimer timer = planned ?? await context.CallActivityAsync<PlannedTimer>(nameof(PlanTimer), request with { MayWake = true }, ActivityRetry.Standard);
            planned = null;
            context.SetCustomStatus(new WorkflowStatus(eventName, timer.Due, rule));
            using var cancelTimer = new CancellationTokenSource();
            bool onWake = DeadlineTimer.SleepsOnWake(timer, wakes);
            Task expired = DeadlineTimer.Start(context, timer, onWake, cancelTimer.Token);
            side ??= sideAt is { } at ? context.CreateTimer(at, CancellationToken.None) : null;
            Task first = await Task.WhenAny(new Task?[] { arrived, expired, moved, side }.OfType<Task>());
            while (first == side) // bounded: past MaxSideRuns the side work sets no timer
            {
                // The side work's instant: done within the round, the deadline's timer left running (no plan again).
                await RunSideWorkAsync();
                side ??= sideAt is { } next ? context.CreateTimer(next, CancellationToken.None) : null;
                first = await Task.WhenAny(new Task?[] { arrived, expired, moved, side }.OfType<Task>());
            }

            if (first != expired)
            {
                // Synchronous on purpose: an orchestrator may await only durable tasks.
#pragma warning disable CA1849 // Call async methods when in an async method
                cancelTimer.Cancel();
#pragma warning restore CA1849
            }

            if (first == arrived)
            {
                T received = await arrived;
                if (!IsForAnEarlierWait(received, startedAt) || ++moves >= MaxMoves)
                {
                    return received;
                }

                // A staff request repeated after a lost reply, or acted on twice at once, for a
                // wait already over: dropped; this wait goes on.
                arrived = context.WaitForExternalEvent<T>(eventName);
                round--;
                continue;
            }

            if (first == moved)
            {
                // The schedule moved the applicant: record and tell it, then wait on with a timer
                // planned again (the deadline may follow the new date). A move is not a reminder round.
                SlotChangedEvent change = await moved;
                moved = ++moves < MaxMoves ? context.WaitForExternalEvent<SlotChangedEvent>(SlotChangedEvent.Name) : null;
                await onSlotChanged!(change);
                await RunSideWorkAsync(); // what the side work waits for may have moved with the reception

                round--;
                continue;
            }

            if (onWake)
            {
                // The deadline is near now (or the wake was for an earlier wait): plan again. Not a reminder round.
                wakes++;
                round--;
                continue;
            }

            if (request.Basis is TimerBasis.AnswerDue or TimerBasis.ReceptionDay or TimerBasis.WorkingDayBeforeReception)
            {
                // The date may have moved meanwhile (an extension, a rescheduled reception): then it is not missed.
                PlannedTimer current = await context.CallActivityAsync<PlannedTimer>(nameof(PlanTimer), request, ActivityRetry.Standard);
                if (current.Due > timer.Due)
                {
                    continue;
                }
            }

            // The deadline that was missed: later rounds are reminders on the working days after it.
            missedDue ??= timer.Due;
            string due = missedDue.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string again = request.Basis == TimerBasis.WorkingDaysAfterDate ? $" (still unanswered on {timer.Due:yyyy-MM-dd})" : string.Empty;
            await context.CallActivityAsync<AppealSnapshot>(
                nameof(AdvanceAppeal),
                new AppealStep(
                    appealId,
                    keys.Next(StepName.DeadlineMissed),
                    StepName.DeadlineMissed,
                    rule,
                    $"The {rule} deadline of {due} passed without the awaited {eventName}{again}; escalated to the Department's head.",
                    Awaiting: awaitsStaffAction ? eventName : null,
                    Change: onMiss,
                    Notify: NotificationKind.Escalation,
                    Audience: Audience.DepartmentHead,
                    Values: new Dictionary<string, string> { ["due"] = due, ["rule"] = rule }),
                ActivityRetry.Standard);
            request = new TimerRequest(appealId, TimerBasis.WorkingDaysAfterDate, timer.Due, WorkingDays: 1);
        }

        // A year of daily escalations has gone unanswered: the appeal stays flagged and keeps waiting.
        return await arrived;
    }

    private static bool IsForAnEarlierWait<T>(T received, int waitStartedAt) =>
        received is IStaffEvent { ForStep: { } forStep } && StepKeys.NumberOf(forStep) is { } number && number < waitStartedAt;
}
