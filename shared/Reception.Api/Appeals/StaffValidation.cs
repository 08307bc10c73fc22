using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;
using Reception.Api.Appeals.Requests;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;

namespace Reception.Api.Appeals;

/// <summary>Field-level validation of the staff actions' bodies, with the rules they carry (R5, R15, R19, R22).</summary>
public static class StaffValidation
{
    private const int MaxText = Fields.MaxText;

    /// <summary>What one reception can order and take in; a body beyond it is refused whole.</summary>
    public const int MaxInstructions = 50;

    public const int MaxHandedInAppeals = 20;

    public const int MaxAttendance = 10;

    /// <summary>Errors, or the workflow event and the status it moves the appeal to (the reply's <c>status</c>).</summary>
    /// <param name="Event">Null when there are errors.</param>
    public sealed record Result(ValidationErrors Errors, IStaffEvent? Event, AppealStatus ExpectedStatus)
    {
        /// <summary>The words of appeals handed in at a reception (R21): stored in the personal data store, the event carries their references.</summary>
        public IReadOnlyList<string> HandedInSubjects { get; init; } = [];
    }

    public static Result Review(ReviewRequest body, DateOnly today, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ValidationErrors();
        if (!CamelCaseNames.TryParse(body.Outcome, out ReviewOutcome outcome))
        {
            errors.Add("outcome", $"Required: one of {CamelCaseNames.List<ReviewOutcome>()}.");
            return new Result(errors, null, AppealStatus.UnderReview);
        }

        switch (outcome)
        {
            case ReviewOutcome.Propose:
                Fields.OfficialId(errors, "officialId", body.OfficialId);
                if (body.ProposedDate is not { } date)
                {
                    errors.Add("proposedDate", "Required: the proposed reception date (yyyy-MM-dd).");
                }
                else if (StaffActionRules.MemoInTime(date, today, calendar, policy) is { } late)
                {
                    errors.Add("proposedDate", late);
                }

                break;
            case ReviewOutcome.RequestCentralBody:
                Fields.Line(errors, "centralBody", body.CentralBody);
                Fields.Text(errors, "reason", body.Reason);
                break;
            default:
                Fields.Text(errors, "reason", body.Reason, whyRequired: "A refusal or an extension must be reasoned (§29, R9).");
                break;
        }

        AppealStatus expected = outcome switch
        {
            ReviewOutcome.Propose => AppealStatus.AwaitingDecision,
            ReviewOutcome.Refuse => AppealStatus.Refused,
            ReviewOutcome.RequestCentralBody => AppealStatus.CentralBodyRequested,
            _ => AppealStatus.UnderReview,
        };
        return new Result(errors, new ReviewEvent(outcome, body.OfficialId?.Trim(), body.ProposedDate, body.Reason?.Trim(), body.CentralBody?.Trim(), body.ConsultationGiven ?? false), expected);
    }

    public static Result Interpreter(InterpreterRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ValidationErrors();
        string? name = Fields.Line(errors, "name", body.Name, 200);
        string? language = Fields.Line(errors, "language", body.Language, 60);
        return new Result(errors, name is null || language is null ? null : new InterpreterEvent(name, language), AppealStatus.Scheduled);
    }

    public static Result Reception(ReceptionRequest body, AppealRecord appeal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new ValidationErrors();
        if (!CamelCaseNames.TryParse(body.Outcome, out ReceptionOutcome outcome))
        {
            errors.Add("outcome", $"Required: one of {CamelCaseNames.List<ReceptionOutcome>()}.");
            return new Result(errors, null, AppealStatus.Scheduled);
        }

        if (outcome == ReceptionOutcome.NoShow)
        {
            return new Result(errors, new ReceptionEvent(outcome, false, [], []), AppealStatus.NoShow);
        }

        if (StaffActionRules.IdentityVerified(body.IdentityVerified, representative: appeal.Submission.Applicant.IsRepresentative) is { } unverified)
        {
            errors.Add("identityVerified", unverified);
        }

        var instructions = new List<InstructionOrder>();
        int instructionCount = Fields.WithinCount(errors, "instructions", body.Instructions?.Count, MaxInstructions) ? body.Instructions?.Count ?? 0 : 0;
        for (int i = 0; i < instructionCount; i++)
        {
            InstructionRequest item = body.Instructions![i];
            string path = $"instructions[{i}]";
            string? text = Fields.Text(errors, $"{path}.text", item?.Text);
            string? assignee = Fields.Line(errors, $"{path}.assignee", item?.Assignee, 200);
            if (StaffActionRules.InstructionDeadline(item?.DueDate, today) is { } noDeadline)
            {
                errors.Add($"{path}.dueDate", noDeadline);
            }

            if (assignee is not null && StaffActionRules.NotAnEarlierExecutor(assignee, appeal.Progress.ExcludedExecutors) is { } earlier)
            {
                errors.Add($"{path}.assignee", earlier);
            }

            if (text is not null && assignee is not null && item?.DueDate is { } dueDate)
            {
                instructions.Add(new InstructionOrder(text, assignee, dueDate));
            }
        }

        var handedIn = new List<string>();
        int handedInCount = Fields.WithinCount(errors, "handedInAppeals", body.HandedInAppeals?.Count, MaxHandedInAppeals) ? body.HandedInAppeals?.Count ?? 0 : 0;
        for (int i = 0; i < handedInCount; i++)
        {
            if (Fields.Text(errors, $"handedInAppeals[{i}].subject", body.HandedInAppeals![i]?.Subject, 20_000) is { } subject)
            {
                handedIn.Add(subject);
            }
        }

        List<string> attendance = Attendance(errors, body.Attendance, appeal);
        string? answer = Fields.Text(errors, "answer", body.Answer, required: false);
        AppealStatus expected = instructions.Count > 0 ? AppealStatus.UnderControl : AppealStatus.Closed;
        return new Result(errors, new ReceptionEvent(outcome, true, instructions, []) { Attendance = attendance, Answer = answer }, expected) { HandedInSubjects = handedIn };
    }

    // R24: only the akim's reception has these participants; each named once, from the known bodies.
    private static List<string> Attendance(ValidationErrors errors, IReadOnlyList<string>? given, AppealRecord appeal)
    {
        if (given is null || given.Count == 0 || !Fields.WithinCount(errors, "attendance", given.Count, MaxAttendance))
        {
            return [];
        }

        if (appeal.Progress.Slot is not { } slot || !ReceptionParticipants.ReceivesWith(slot.OfficialId))
        {
            errors.Add("attendance", "Only the akim's reception has the law-enforcement and courts' participants (R24); leave attendance out.");
            return [];
        }

        var attendance = new List<string>();
        for (int i = 0; i < given.Count; i++)
        {
            if (!ReceptionParticipants.All.Contains(given[i], StringComparer.Ordinal))
            {
                errors.Add($"attendance[{i}]", $"One of {string.Join(", ", ReceptionParticipants.All)}.");
            }
            else if (attendance.Contains(given[i], StringComparer.Ordinal))
            {
                errors.Add($"attendance[{i}]", $"{given[i]} is named twice.");
            }
            else
            {
                attendance.Add(given[i]);
            }
        }

        return attendance;
    }

    public static ValidationErrors Answer(InstructionAnswerRequest body, AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new ValidationErrors();
        string? executor = Fields.Line(errors, "executor", body.Executor, 200);
        Fields.Text(errors, "answer", body.Answer, whyRequired: "An answer must be reasoned (R20).");
        if (body.Final is null)
        {
            errors.Add("final", "Required: true for the final reasoned answer, false for an interim one.");
        }

        if (executor is not null && StaffActionRules.NotAnEarlierExecutor(executor, appeal.Progress.ExcludedExecutors) is { } earlier)
        {
            errors.Add("executor", earlier);
        }

        return errors;
    }
}
