using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;
using Reception.Workflow.Appeals;
using Reception.Workflow.Events;
using Reception.Workflow.Http.Requests;

namespace Reception.Workflow.Http;

/// <summary>Field-level validation of the staff actions' bodies, with the rules they carry (R5, R15, R19, R22).</summary>
public static class StaffValidation
{
    private const int MaxText = 4000;

    /// <summary>Errors, or the workflow event and the status it moves the appeal to.</summary>
    public sealed record Result(ValidationErrors Errors, object Event, AppealStatus ExpectedStatus);

    public static Result Review(ReviewRequest body, DateOnly today, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ValidationErrors();
        if (!CamelCaseNames.TryParse(body.Outcome, out ReviewOutcome outcome))
        {
            errors.Add("outcome", $"Required: one of {CamelCaseNames.List<ReviewOutcome>()}.");
            return new Result(errors, new object(), AppealStatus.UnderReview);
        }

        switch (outcome)
        {
            case ReviewOutcome.Propose:
                Text(errors, "officialId", body.OfficialId, 100);
                if (body.ProposedDate is not { } date)
                {
                    errors.Add("proposedDate", "Required: the proposed reception date (yyyy-MM-dd).");
                }
                else if (policy.MemoDue(date, calendar) < today)
                {
                    errors.Add("proposedDate",
                        $"The memo must reach the head no later than {policy.MemoBeforeReception} before the reception (R5): {date:yyyy-MM-dd} is too close to today ({today:yyyy-MM-dd}).");
                }

                break;
            case ReviewOutcome.RequestCentralBody:
                Text(errors, "centralBody", body.CentralBody, 300);
                Text(errors, "reason", body.Reason, MaxText);
                break;
            default:
                Text(errors, "reason", body.Reason, MaxText, "A refusal or an extension must be reasoned (§29, R9).");
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

    public static Result Reception(ReceptionRequest body, AppealRecord appeal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new ValidationErrors();
        if (!CamelCaseNames.TryParse(body.Outcome, out ReceptionOutcome outcome))
        {
            errors.Add("outcome", $"Required: one of {CamelCaseNames.List<ReceptionOutcome>()}.");
            return new Result(errors, new object(), AppealStatus.Scheduled);
        }

        if (outcome == ReceptionOutcome.NoShow)
        {
            return new Result(errors, new ReceptionEvent(outcome, false, [], []), AppealStatus.NoShow);
        }

        if (body.IdentityVerified != true)
        {
            errors.Add("identityVerified", appeal.Submission.Applicant.LegalEntity is null
                ? "The applicant's identity document must be verified before the reception (R15)."
                : "The representative's identity and proof of authority must be verified before the reception (R15).");
        }

        var instructions = new List<InstructionOrder>();
        for (int i = 0; i < (body.Instructions?.Count ?? 0); i++)
        {
            InstructionRequest item = body.Instructions![i];
            string path = $"instructions[{i}]";
            string? text = Text(errors, $"{path}.text", item?.Text, MaxText);
            string? assignee = Text(errors, $"{path}.assignee", item?.Assignee, 200);
            if (item?.DueDate is not { } due)
            {
                errors.Add($"{path}.dueDate", "Every instruction has a concrete deadline (R19).");
            }
            else if (due < today)
            {
                errors.Add($"{path}.dueDate", $"The deadline {due:yyyy-MM-dd} is already past (today is {today:yyyy-MM-dd}).");
            }

            if (assignee is not null && IsExcluded(appeal, assignee))
            {
                errors.Add($"{path}.assignee", $"'{assignee}' handled the earlier appeal; an appeal from a reception must go to someone else (R22).");
            }

            if (text is not null && assignee is not null && item?.DueDate is { } dueDate)
            {
                instructions.Add(new InstructionOrder(text, assignee, dueDate));
            }
        }

        var handedIn = new List<HandedInAppeal>();
        for (int i = 0; i < (body.HandedInAppeals?.Count ?? 0); i++)
        {
            if (Text(errors, $"handedInAppeals[{i}].subject", body.HandedInAppeals![i]?.Subject, 20_000) is { } subject)
            {
                handedIn.Add(new HandedInAppeal(subject));
            }
        }

        AppealStatus expected = instructions.Count > 0 ? AppealStatus.UnderControl : AppealStatus.Closed;
        return new Result(errors, new ReceptionEvent(outcome, true, instructions, handedIn), expected);
    }

    public static ValidationErrors Answer(InstructionAnswerRequest body, AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new ValidationErrors();
        string? executor = Text(errors, "executor", body.Executor, 200);
        Text(errors, "answer", body.Answer, MaxText, "An answer must be reasoned (R20).");
        if (body.Final is null)
        {
            errors.Add("final", "Required: true for the final reasoned answer, false for an interim one.");
        }

        if (executor is not null && IsExcluded(appeal, executor))
        {
            errors.Add("executor", $"'{executor}' handled the earlier appeal; an appeal from a reception must go to someone else (R22).");
        }

        return errors;
    }

    private static bool IsExcluded(AppealRecord appeal, string worker) =>
        appeal.Progress.ExcludedExecutors.Contains(worker.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string? Text(ValidationErrors errors, string field, string? value, int max, string? whyRequired = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, whyRequired ?? "Required and must not be blank.");
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(field, $"Longer than {max} characters.");
            return null;
        }

        return value.Trim();
    }
}
