using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;
using Reception.Api.Appeals.Requests;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Privacy;
using Reception.Workflow.Schedule;
using Reception.Workflow.Serialization;
using Reception.Workflow.Time;

namespace Reception.Api.Appeals;

/// <summary>
/// The staff actions of docs/api.md: each validated, checked against what the appeal waits for now
/// (409 otherwise), and turned into an event of the appeal's workflow. A refused request
/// changes nothing.
/// </summary>
public sealed class StaffEndpoints(
    IAppealStore appeals, IScheduleStore schedule, WorkingCalendar calendar, DeadlinePolicy policy, ReceptionClock clock, IPersonalDataStore personalData)
{
    /// <summary>Looks at a starting workflow before a staff action answers 503 (<see cref="HasStartedAsync"/>).</summary>
    private const int StartLooks = 5;
    private static readonly TimeSpan StartLookInterval = TimeSpan.FromMilliseconds(500);

    public Task<IResult> ReviewAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken) =>
        ActAsync<ReviewRequest>(request, appealId, StaffActions.Review, workflows, ValidateReviewAsync, cancellationToken);

    public Task<IResult> CentralBodyResponseAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken) =>
        ActAsync<CentralBodyResponseRequest>(request, appealId, StaffActions.CentralBodyResponse, workflows, (body, _, _) =>
        {
            var errors = new ValidationErrors();
            if (body.Participates is null)
            {
                errors.Add("participates", "Required: true or false.");
            }

            string? note = Fields.Text(errors, "note", body.Note, required: false);

            // R11: the report of a refusal is due 2 working days after it reached the office; the
            // service sends it as soon as it is recorded, so only a late recording can miss it.
            DateOnly? reportDue = null;
            DateOnly today = clock.Today;
            if (body.Participates == false)
            {
                DateOnly refusedOn = body.RefusedOn ?? today;
                if (refusedOn > today)
                {
                    errors.Add("refusedOn", $"A refusal cannot arrive after today ({today:yyyy-MM-dd}).");
                }

                reportDue = policy.CentralBodyRefusalReportDue(refusedOn, calendar);
            }
            else if (body.RefusedOn is not null)
            {
                errors.Add("refusedOn", "Only a refusal has a date it arrived; leave it out when the body takes part.");
            }

            var response = new CentralBodyResponseEvent(body.Participates ?? false, note) { ReportDue = reportDue, ReportLate = reportDue < today };
            return Task.FromResult(Validated(errors, response, AppealStatus.UnderReview));
        }, cancellationToken);

    public Task<IResult> DecisionAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken) =>
        ActAsync<DecisionRequest>(request, appealId, StaffActions.Decision, workflows, (body, _, _) =>
        {
            var errors = new ValidationErrors();
            if (body.Approve is null)
            {
                errors.Add("approve", "Required: true or false.");
            }
            string? reason = Fields.Text(errors, "reason", body.Reason, required: body.Approve == false, whyRequired: "A refusal must be reasoned (§29).");
            return Task.FromResult(Validated(errors, new DecisionEvent(body.Approve ?? false, reason),
                body.Approve == true ? AppealStatus.Scheduled : AppealStatus.Refused));
        }, cancellationToken);

    public Task<IResult> ReceptionAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken) =>
        ActAsync<ReceptionRequest>(request, appealId, StaffActions.Reception, workflows,
            (body, appeal, _) => Task.FromResult(StaffValidation.Reception(body, appeal, clock.Today)), cancellationToken);

    /// <summary><c>POST /api/appeals/{id}/interpreter</c>: the office has arranged the interpreter (R16).</summary>
    public Task<IResult> InterpreterAsync(HttpRequest request, string appealId, DurableTaskClient workflows, CancellationToken cancellationToken) =>
        ActAsync<InterpreterRequest>(request, appealId, StaffActions.Interpreter, workflows,
            (body, _, _) => Task.FromResult(StaffValidation.Interpreter(body)), cancellationToken);

    /// <summary><c>POST /api/appeals/{id}/instructions/{n}/answer</c>: an answer to one instruction under control (R20, R22).</summary>
    public async Task<IResult> InstructionAnswerAsync(
        HttpRequest request, string appealId, int number, DurableTaskClient workflows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        (InstructionAnswerRequest? body, AppealRecord? appeal, IResult? refused) = await ReadAsync<InstructionAnswerRequest>(request, appealId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        Instruction? instruction = appeal!.Progress.Instructions.FirstOrDefault(i => i.Number == number);
        if (instruction is null)
        {
            return Problems.NotFound($"Appeal {appealId} has no instruction {number}.");
        }

        ValidationErrors errors = StaffValidation.Answer(body!, appeal);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (appeal.Status != AppealStatus.UnderControl || !instruction.UnderControl || instruction.IsClosed)
        {
            return Problems.Conflict($"Instruction {number} of appeal {appealId} is not under control now (status {CamelCaseNames.Of(appeal.Status)}).");
        }

        await workflows.RaiseEventAsync(
            appealId,
            StaffActions.InstructionAnswer(number),
            new InstructionAnswerEvent(body!.Executor!.Trim(), body.Answer!.Trim(), body.Final ?? false) { By = CallerAuthenticator.ActorOf(request) },
            cancellationToken);
        return Accepted(appealId, AppealStatus.UnderControl);
    }

    private async Task<StaffValidation.Result> ValidateReviewAsync(ReviewRequest body, AppealRecord appeal, CancellationToken cancellationToken)
    {
        StaffValidation.Result result = StaffValidation.Review(body, clock.Today, calendar, policy);
        if (result.Errors.IsEmpty && result.Event is ReviewEvent { Outcome: ReviewOutcome.Propose } review)
        {
            ScheduledDay? day = await schedule.FindDayAsync(review.OfficialId!, review.ProposedDate!.Value, cancellationToken);
            if (day is null)
            {
                result.Errors.Add("proposedDate", $"{review.OfficialId} has no reception day on {review.ProposedDate:yyyy-MM-dd}; the office adds it with POST /api/schedule.");
            }
            else if (calendar.WhyNotWorking(day.Date) is { } dayOff && day.ExceptionReason is null)
            {
                result.Errors.Add("proposedDate", $"{review.ProposedDate:yyyy-MM-dd} is a day off on the working calendar ({dayOff}); propose a working day.");
            }
            else if (day.AbsenceReason is not null)
            {
                result.Errors.Add("proposedDate", $"{review.OfficialId} cannot receive on {review.ProposedDate:yyyy-MM-dd} ({day.AbsenceReason}); propose another day (R14).");
            }
        }

        return result;
    }

    private static StaffValidation.Result Validated(ValidationErrors errors, IStaffEvent workflowEvent, AppealStatus expected) => new(errors, workflowEvent, expected);

    private async Task<IResult> ActAsync<TBody>(
        HttpRequest request,
        string appealId,
        string action,
        DurableTaskClient workflows,
        Func<TBody, AppealRecord, CancellationToken, Task<StaffValidation.Result>> validate,
        CancellationToken cancellationToken)
        where TBody : class
    {
        ArgumentNullException.ThrowIfNull(workflows);
        (TBody? body, AppealRecord? appeal, IResult? refused) = await ReadAsync<TBody>(request, appealId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        StaffValidation.Result result = await validate(body!, appeal!, cancellationToken);
        if (!result.Errors.IsEmpty)
        {
            return Problems.Validation(result.Errors);
        }

        if (appeal!.Progress.Awaiting != action)
        {
            return Problems.Conflict($"Appeal {appealId} does not wait for a {action} now (status {CamelCaseNames.Of(appeal.Status)}).");
        }

        // The appeal shows what it awaits from its first activity on (OpenAppeal), and a crash can
        // leave that activity done while the workflow's first step is not recorded (seen in the
        // fault suite: the activity ran for a start whose history the killed host never wrote; the
        // start came back 30 s later). The backend discards an event for an instance with no
        // history, so wait until it runs.
        if (!await HasStartedAsync(workflows, appealId, cancellationToken))
        {
            return Problems.WorkflowStarting($"The workflow of appeal {appealId} is still starting; nothing was recorded. Try again after Retry-After seconds.");
        }

        // Nothing is written here: the workflow is the appeal's only writer. The event names the
        // wait it answers, so a repeat (a retry after a lost reply, two clicks at once) is dropped
        // by the workflow instead of answering a later wait.
        IStaffEvent workflowEvent = await WithoutPersonalDataAsync(appealId, result, cancellationToken);
        await workflows.RaiseEventAsync(appealId, action, ForWait(workflowEvent, appeal.Progress.AwaitingStep, CallerAuthenticator.ActorOf(request)), cancellationToken);
        return Accepted(appealId, result.ExpectedStatus);
    }

    /// <summary>
    /// The event as the workflow may hold it: handed-in appeals' words go to the personal data store
    /// (the appeal's partition) and the event carries their references, so the engine's history
    /// never holds an applicant's question (an unused text, if the workflow drops the event, is
    /// erased with the appeal).
    /// </summary>
    private async Task<IStaffEvent> WithoutPersonalDataAsync(string appealId, StaffValidation.Result result, CancellationToken cancellationToken)
    {
        if (result.Event is not ReceptionEvent reception || result.HandedInSubjects.Count == 0)
        {
            return result.Event!;
        }

        var references = new List<HandedInAppeal>();
        foreach (string subject in result.HandedInSubjects)
        {
            references.Add(new HandedInAppeal(await personalData.AddTextAsync(appealId, subject, cancellationToken)));
        }

        return reception with { HandedInAppeals = references };
    }

    /// <summary>
    /// Whether the workflow has recorded its first step. Without a crash the opening activity can
    /// only outrun that record by milliseconds, so a few short looks (at most 2 s) hide the window;
    /// after a crash the start comes back with the engine's message visibility timeout.
    /// </summary>
    private static async Task<bool> HasStartedAsync(DurableTaskClient workflows, string appealId, CancellationToken cancellationToken)
    {
        for (int look = 1; ; look++)
        {
            OrchestrationMetadata? workflow = await workflows.GetInstanceAsync(appealId, getInputsAndOutputs: false, cancellationToken);
            if (workflow is not null && workflow.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return true;
            }

            if (look == StartLooks)
            {
                return false;
            }

            await Task.Delay(StartLookInterval, cancellationToken);
        }
    }

    private static IStaffEvent ForWait(IStaffEvent workflowEvent, string? awaitingStep, Actor by) => workflowEvent switch
    {
        ReviewEvent e => e with { ForStep = awaitingStep, By = by },
        CentralBodyResponseEvent e => e with { ForStep = awaitingStep, By = by },
        DecisionEvent e => e with { ForStep = awaitingStep, By = by },
        ReceptionEvent e => e with { ForStep = awaitingStep, By = by },
        InterpreterEvent e => e with { ForStep = awaitingStep, By = by },
        _ => throw new ArgumentException($"{workflowEvent.GetType().Name} is not a staff event this endpoint raises.", nameof(workflowEvent)),
    };

    private async Task<(TBody? Body, AppealRecord? Appeal, IResult? Refused)> ReadAsync<TBody>(
        HttpRequest request, string appealId, CancellationToken cancellationToken)
        where TBody : class
    {
        (byte[]? raw, IResult? unreadable) = await JsonBody.ReadAsync(request, cancellationToken);
        if (unreadable is not null)
        {
            return (null, null, unreadable);
        }

        AppealRecord? appeal = AppealIds.IsWellFormed(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        if (appeal is null)
        {
            return (null, null, Problems.NotFound($"There is no appeal '{appealId}'."));
        }

        if (OfficialScope.Refuse(request, appeal) is { } notTheirs)
        {
            return (null, null, notTheirs);
        }

        (TBody? body, IResult? malformed) = JsonBody.Parse<TBody>(raw!);
        return (body, appeal, malformed);
    }

    private static IResult Accepted(string appealId, AppealStatus status) =>
        Results.Json(new ActionReply(appealId, status, $"/api/appeals/{appealId}"), ReceptionJson.Options, statusCode: StatusCodes.Status202Accepted);
}
