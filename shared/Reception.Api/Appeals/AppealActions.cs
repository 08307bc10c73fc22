using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Worklists;

namespace Reception.Api.Appeals;

/// <summary>
/// The actions a reader may take on an appeal now: what it waits for, if one of their roles
/// takes that action (docs/api.md "Staff actions"). The workbench shows these and no others; the
/// action routes still check the same on their own (409).
/// </summary>
public static class AppealActions
{
    /// <summary>Uploading the answer letter (<c>POST /api/appeals/{id}/answer-letter</c>).</summary>
    public const string AnswerLetterAction = "answerLetter";

    public static IReadOnlyList<string> For(AppealRecord appeal, IReadOnlyList<string> roles, bool surveyDue)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(roles);
        var actions = new List<string>();
        if (appeal.Progress.Awaiting is { } awaiting && RolesActingOn(awaiting).Any(roles.Contains))
        {
            actions.Add(awaiting);
        }

        if (appeal.Status == AppealStatus.UnderControl && roles.Contains(Roles.Department)
            && appeal.Progress.Instructions.Any(i => i.UnderControl && !i.IsClosed))
        {
            actions.Add(WorklistKinds.InstructionAnswer);
        }

        // §33: the Department attaches the answer letter once the reception is held (AnswerLetterEndpoints).
        if (AnswerLetter.MayExistIn(appeal.Status) && roles.Contains(Roles.Department))
        {
            actions.Add(AnswerLetterAction);
        }

        if (surveyDue && roles.Contains(Roles.Office))
        {
            actions.Add(WorklistKinds.Survey);
        }

        return actions;
    }

    /// <summary>Whether the appeal's workflow queued it for the survey (R23); the survey list says whether it is done.</summary>
    public static bool MayBeOnSurveyList(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal.History.Any(h => h.Step == StepName.SurveyQueued);
    }

    private static string[] RolesActingOn(string awaiting) => awaiting switch
    {
        StaffActions.Review or StaffActions.CentralBodyResponse => [Roles.Department],
        StaffActions.Decision => [Roles.Head],
        StaffActions.Reception => [Roles.Official, Roles.Office],
        StaffActions.Interpreter => [Roles.Office],
        _ => [],
    };
}
