using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// Which report counters a step moves (R25). Counter names: <c>received.{channel}</c>,
/// <c>registered</c>, <c>outOfTurn</c>, <c>outcome.{status}</c>, <c>deadline.met.{rule}</c>,
/// <c>deadline.missed.{rule}</c>, <c>receptions.{official}</c>, <c>instructions.opened</c>,
/// <c>instructions.closed</c>, <c>instructions.overdue</c>, <c>satisfaction.count</c>, <c>satisfaction.sum</c>.
/// </summary>
public static class ReportCounting
{
    private static readonly AppealStatus[] Outcomes = [AppealStatus.Closed, AppealStatus.Refused, AppealStatus.LeftWithoutConsideration, AppealStatus.NoShow];

    /// <summary>The counters of an appeal's registration (or of its being left without consideration, R2).</summary>
    public static Dictionary<string, long> ForReceipt(AppealRecord appeal, bool registered)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var counters = new Dictionary<string, long>(StringComparer.Ordinal) { [$"received.{CamelCaseNames.Of(appeal.Channel)}"] = 1 };
        if (registered)
        {
            counters["registered"] = 1;
            counters["deadline.met.R4"] = 1; // registered the day it arrived
            if (appeal.Submission.Applicant.IsOutOfTurn)
            {
                counters["outOfTurn"] = 1;
            }
        }

        return counters;
    }

    /// <summary>The counters of one satisfaction survey's result (R23).</summary>
    public static Dictionary<string, long> ForSurvey(int score) =>
        new(StringComparer.Ordinal) { ["satisfaction.count"] = 1, ["satisfaction.sum"] = score };

    /// <summary>The counters a workflow step moves, judged on the appeal after the step.</summary>
    public static Dictionary<string, long> ForStep(AppealStep step, AppealRecord after)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(after);
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (step.Status is { } status && Outcomes.Contains(status))
        {
            counters[$"outcome.{CamelCaseNames.Of(status)}"] = 1;
        }

        switch (step.Step)
        {
            case StepName.DeadlineMissed:
                counters[$"deadline.missed.{step.Rule}"] = 1;
                if (step.Change is InstructionOverdue)
                {
                    counters["instructions.overdue"] = 1;
                }

                break;
            case StepName.Scheduled or StepName.Refused when !after.History.Any(h => h.Step == StepName.DeadlineMissed && h.Rule == Rule.R8):
                counters[$"deadline.met.{Rule.R8}"] = 1; // told the date, or a reasoned refusal, in time
                break;
            case StepName.ReceptionHeld:
                counters[$"receptions.{after.Progress.Slot?.OfficialId ?? "unknown"}"] = 1;
                counters["instructions.opened"] = after.Progress.Instructions.Count;
                break;
            case StepName.InstructionAnswered when step.Change is InstructionAnswered { Answer.Final: true }:
                counters["instructions.closed"] = 1;
                break;
        }

        return counters;
    }
}
