using Reception.Workflow.Appeals;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>What <see cref="BookSlot"/> did: the applicant's slot, and the others on that day whose booking moved and who must be told.</summary>
public sealed record SlotBooking(BookedSlot Slot, IReadOnlyList<string> OthersToTell);
