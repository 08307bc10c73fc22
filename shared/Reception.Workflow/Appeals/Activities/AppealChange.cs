using System.Text.Json.Serialization;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// What a step changes besides status, history and what the appeal awaits: one of a closed set
/// of changes, each applying itself to the appeal (instead of a bag of optional fields).
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(Refusal), "refusal")]
[JsonDerivedType(typeof(TermExtended), "termExtended")]
[JsonDerivedType(typeof(ProposalMade), "proposalMade")]
[JsonDerivedType(typeof(SlotRecorded), "slotRecorded")]
[JsonDerivedType(typeof(ProtocolRecorded), "protocolRecorded")]
[JsonDerivedType(typeof(InstructionUnderControl), "instructionUnderControl")]
[JsonDerivedType(typeof(InstructionOverdue), "instructionOverdue")]
[JsonDerivedType(typeof(InstructionAnswered), "instructionAnswered")]
[JsonDerivedType(typeof(SurveyQueued), "surveyQueued")]
[JsonDerivedType(typeof(InterpreterRequested), "interpreterRequested")]
[JsonDerivedType(typeof(InterpreterArranged), "interpreterArranged")]
public abstract record AppealChange
{
    /// <summary>R23: the step puts the applicant on the office's survey list.</summary>
    public virtual bool QueuesForSurvey => false;

    /// <param name="calendar">For changes that move a deadline.</param>
    /// <param name="policy">For changes that move a deadline.</param>
    public abstract AppealRecord ApplyTo(AppealRecord appeal, WorkingCalendar calendar, DeadlinePolicy policy);
}
