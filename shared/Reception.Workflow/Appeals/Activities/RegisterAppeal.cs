using System.Diagnostics;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Repeats;
using Reception.Domain.Time;
using Reception.Workflow.Appeals;
using Reception.Workflow.Reports;
using Reception.Workflow.Telemetry;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Registers a received appeal in the document system (R4): a registration number and date, and
/// its deadlines (registration R4, answer R8) on the working calendar. A request that states no
/// substance is not registered: the workflow leaves it without consideration (R2).
/// </summary>
/// <remarks>Idempotent: the number is issued once per appeal and the step is recorded once.</remarks>
public sealed class RegisterAppeal(
    IAppealStore appeals,
    IRegistrationNumbers numbers,
    IApplicantIndex applicants,
    IReportCounters counters,
    WorkingCalendar calendar,
    DeadlinePolicy policy,
    TimeProvider clock)
{
    public const string RegisteredStep = "0001-registered";

    /// <summary>The registration step of <see cref="OpenAppeal"/> (a durable activity of its own until workflow version 5).</summary>
    public async Task<AppealRegistration> ExecuteAsync(RegisterAppealInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        AppealRecord appeal = await appeals.FindAsync(input.AppealId, cancellationToken)
            ?? throw new InvalidOperationException($"Appeal {input.AppealId} is not stored; intake writes it before starting the workflow.");
        DateTimeOffset now = clock.GetUtcNow();
        using Activity? span = ReceptionTelemetry.StartAppealSpan("appeal.register", appeal.AppealId, appeal.TraceParent);
        if (!Substance.IsStated(appeal.Submission.Subject))
        {
            await counters.AddAsync(AlmatyTime.DateOf(now), appeal.AppealId, RegisteredStep, ReportCounting.ForReceipt(appeal, registered: false), cancellationToken);
            return new AppealRegistration(appeal.Status, null, null, HasSubstance: false);
        }

        DateOnly registeredOn = appeal.RegisteredOn ?? AlmatyTime.DateOf(now);
        var deadlines = new AppealDeadlines(
            RegistrationDue: policy.RegistrationDue(policy.CountsFrom(appeal.ReceivedAt, calendar), calendar),
            AnswerDue: policy.AnswerDue(registeredOn, calendar));
        string number = await numbers.IssueAsync(appeal.AppealId, registeredOn.Year, cancellationToken);
        AppealRecord registered = await appeals.ApplyStepAsync(
            appeal.AppealId,
            RegisteredStep,
            a =>
            {
                AppealLifecycle.Check(a.Status, StepName.Registered, Rule.R4, AppealStatus.Registered);
                return a with { Status = AppealStatus.Registered, RegistrationNumber = number, RegisteredOn = registeredOn, Deadlines = deadlines };
            },
            new HistoryStep(now, StepName.Registered, Rule.R4, $"Registered as {number}."),
            cancellationToken);
        await applicants.RecordAsync(registered, EarlierOutcome.Pending, cancellationToken);
        await counters.AddAsync(registeredOn, appeal.AppealId, RegisteredStep, ReportCounting.ForReceipt(registered, registered: true), cancellationToken);
        StepMetrics.Registered(registered, now);
        return new AppealRegistration(registered.Status, registered.RegistrationNumber, registered.RegisteredOn);
    }
}
