using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using Reception.Domain.Calendar;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Time;
using Reception.Workflow.Deadlines;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Turns a deadline of the regulation into a durable timer: the due date from the appeal and the
/// calendar, and the real instant at which the service's clock (compressed or not) reaches the
/// end of that local day. An activity, so a replay sees the same values. A deadline further off
/// than <see cref="DeadlineWakeOptions.Lead"/> is booked as a wake row, not a durable timer
/// (<see cref="DeadlineWakeSweep"/> says why); the request's <c>AppealId</c> is the instance to wake.
/// </summary>
public sealed class PlanTimer(IAppealStore appeals, WorkingCalendar calendar, ReceptionClock clock, IDeadlineWakes wakes, IOptions<DeadlineWakeOptions> wakeOptions)
    : TaskActivity<TimerRequest, PlannedTimer>
{
    public override Task<PlannedTimer> RunAsync(TaskActivityContext context, TimerRequest input) => ExecuteAsync(input, CancellationToken.None);

    public async Task<PlannedTimer> ExecuteAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DateOnly due = request.Basis switch
        {
            TimerBasis.Date => request.Date ?? throw new ArgumentException("A date is required.", nameof(request)),
            TimerBasis.WorkingDaysAfterDate => calendar.AddWorkingDays(request.Date ?? clock.Today, request.WorkingDays),
            _ => await FromAppealAsync(request, cancellationToken),
        };
        DateTimeOffset fireAt = clock.ToRealTime(WorkingCalendar.EndOfDay(due));
        DeadlineWakeOptions options = wakeOptions.Value;
        if (!request.MayWake || !options.Enabled || fireAt - clock.RealNow <= options.Lead)
        {
            return new PlannedTimer(due, fireAt.UtcDateTime);
        }

        DateTime wakeAt = (fireAt - options.Lead).UtcDateTime;
        await wakes.BookAsync(request.AppealId, wakeAt, cancellationToken);
        return new PlannedTimer(due, fireAt.UtcDateTime, wakeAt);
    }

    private async Task<DateOnly> FromAppealAsync(TimerRequest request, CancellationToken cancellationToken)
    {
        AppealRecord appeal = await appeals.FindAsync(request.AppealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {request.AppealId} is not stored.");
        return request.Basis switch
        {
            TimerBasis.AnswerDue => appeal.Deadlines?.AnswerDue ?? clock.Today,
            TimerBasis.WorkingDayBeforeReception => appeal.Progress.Slot is { } slot ? InterpreterRequested.DueBefore(slot.Date, calendar) : clock.Today,
            _ => appeal.Progress.Slot?.Date ?? clock.Today,
        };
    }
}
