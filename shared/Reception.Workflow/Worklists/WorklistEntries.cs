using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Worklists;

/// <summary>
/// What an appeal waits for now, worked out from the appeal alone: so the index written after a
/// step, and the index rebuilt from the appeals, hold the same entries.
/// </summary>
public static class WorklistEntries
{
    private const int ExcerptLength = 120;

    /// <summary>The appeal's entries in the staff-action worklists (the survey list is kept by the survey's own steps).</summary>
    public static IReadOnlyList<WorklistEntry> Of(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var entries = new List<WorklistEntry>();
        AppealProgress progress = appeal.Progress;
        DateOnly? answerDue = appeal.Deadlines?.AnswerDue;
        switch (progress.Awaiting)
        {
            case StaffActions.Review when answerDue is { } due:
                entries.Add(Entry(appeal, StaffActions.Review, due, Rule.R8));
                break;
            case StaffActions.CentralBodyResponse when answerDue is { } due:
                entries.Add(Entry(appeal, StaffActions.CentralBodyResponse, due, Rule.R10));
                break;
            case StaffActions.Decision when answerDue is { } due:
                entries.Add(Entry(appeal, StaffActions.Decision, due, Rule.R8));
                break;
            case StaffActions.Interpreter when progress.Interpreter is { } interpreter:
                entries.Add(Entry(appeal, StaffActions.Interpreter, interpreter.Due, Rule.R16));
                break;
            case StaffActions.Reception when progress.Slot is { } slot:
                entries.Add(Entry(appeal, StaffActions.Reception, slot.Date, Rule.R19));
                break;
        }

        if (appeal.Status == AppealStatus.UnderControl)
        {
            entries.AddRange(progress.Instructions
                .Where(i => i.UnderControl && !i.IsClosed)
                .Select(i => Entry(appeal, WorklistKinds.InstructionAnswer, i.DueDate, Rule.R20) with { Instruction = i.Number, InstructionText = i.Text }));
        }

        return entries;
    }

    /// <summary>The appeal's entry in the survey call list (R23), queued on <paramref name="queuedOn"/>.</summary>
    public static WorklistEntry Survey(AppealRecord appeal, DateOnly queuedOn) => Entry(appeal, WorklistKinds.Survey, queuedOn, Rule.R23);

    /// <summary>The official an appeal is for: the booked one, else the proposed one, else the one asked for.</summary>
    public static string OfficialOf(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return appeal.Progress.Slot?.OfficialId ?? appeal.Progress.Proposal?.OfficialId ?? appeal.Submission.RequestedOfficial;
    }

    /// <summary>The applicant as staff lists show them: last, first and middle name, and the organisation a representative speaks for.</summary>
    public static string ApplicantName(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return ApplicantName(appeal.Submission.Applicant);
    }

    /// <inheritdoc cref="ApplicantName(AppealRecord)"/>
    public static string ApplicantName(Domain.Applicants.Applicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        string name = string.Join(' ', new[] { applicant.LastName, applicant.FirstName, applicant.MiddleName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return applicant.LegalEntity is { } entity ? $"{name} ({entity.Name})" : name;
    }

    /// <summary>The start of the question, short enough for a list row.</summary>
    public static string SubjectExcerpt(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return SubjectExcerpt(appeal.Submission.Subject);
    }

    /// <inheritdoc cref="SubjectExcerpt(AppealRecord)"/>
    public static string SubjectExcerpt(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject = subject.Trim();
        return subject.Length <= ExcerptLength ? subject : subject[..(ExcerptLength - 1)] + "…";
    }

    private static WorklistEntry Entry(AppealRecord appeal, string awaiting, DateOnly due, string rule) => new(
        awaiting,
        due,
        rule,
        appeal.AppealId,
        Instruction: null,
        InstructionText: null,
        appeal.RegistrationNumber,
        appeal.Status,
        appeal.Submission.Applicant.IsOutOfTurn,
        appeal.Channel,
        Domain.Time.AlmatyTime.DateOf(appeal.ReceivedAt),
        OfficialOf(appeal),
        appeal.Progress.Slot,
        ApplicantName(appeal),
        SubjectExcerpt(appeal));
}
