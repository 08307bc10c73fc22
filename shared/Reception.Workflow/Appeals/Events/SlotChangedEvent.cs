
namespace Reception.Workflow.Appeals.Events;

/// <summary>
/// The schedule moved the applicant (a re-planned day, R7; an absent official, R14; video under
/// restrictive measures, R17): the appeal's own workflow reads its booking on that day and, if it
/// differs from what it recorded, records it and tells the applicant. Raised by whoever re-planned
/// the day; raising it twice is harmless.
/// </summary>
/// <param name="OfficialId">The official whose reception day now holds the booking.</param>
/// <param name="Date">That reception day.</param>
/// <param name="Rule">Why it moved: <c>R7</c>, <c>R14</c> or <c>R17</c>.</param>
/// <param name="Reason">What the applicant is told as the reason.</param>
public sealed record SlotChangedEvent(string OfficialId, DateOnly Date, string Rule, string Reason)
{
    /// <summary>The external event's name.</summary>
    public const string Name = "slotChanged";
}
