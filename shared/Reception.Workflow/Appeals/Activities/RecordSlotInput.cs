
namespace Reception.Workflow.Appeals.Activities;

/// <summary>What <see cref="RecordSlot"/> needs: the appeal, its step key, and where its booking is said to be now.</summary>
public sealed record RecordSlotInput(string AppealId, string StepKey, string OfficialId, DateOnly Date, string Rule, string Reason);
