using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;

namespace Reception.Api.Public;

/// <summary>What anyone holding the tracking code may see: no name, IIN, phone or subject; the messages the applicant was sent, in their words, and the answer.</summary>
public sealed record PublicAppealView(
    AppealStatus Status,
    bool Extended,
    DateOnly ReceivedOn,
    string? RegistrationNumber,
    DateOnly? RegisteredOn,
    AppealDeadlines? Deadlines,
    BookedSlot? Slot,
    Domain.Appeals.Language Language,
    IReadOnlyList<PublicMessage> Messages)
{
    /// <summary>The answer the applicant is owed (§33): the final answers with executor and date, or the answer given at the reception.</summary>
    public IReadOnlyList<AppealAnswer> Answers { get; init; } = [];

    /// <summary>The answer letter the Department attached, if any: where to open it.</summary>
    public PublicLetter? Letter { get; init; }

    public static PublicAppealView From(AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return new PublicAppealView(
            appeal.Status,
            appeal.Progress.Extended,
            Domain.Time.AlmatyTime.DateOf(appeal.ReceivedAt),
            appeal.RegistrationNumber,
            appeal.RegisteredOn,
            appeal.Deadlines,
            appeal.Progress.Slot,
            appeal.Submission.Language,
            [.. appeal.Progress.Notifications.Select(n => new PublicMessage(n.Kind, n.At, n.Text))])
        {
            Answers = AppealAnswer.Of(appeal),
        };
    }
}
