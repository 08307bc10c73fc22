using Microsoft.AspNetCore.Http;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Ports;

namespace Reception.Workflow.Http;

/// <summary><c>GET /api/public/appeals/{trackingCode}</c> (no key): status, dates and slot, never personal data.</summary>
public sealed class PublicEndpoints(ITrackingCodes trackingCodes, IAppealStore appeals)
{
    public async Task<IResult> GetAsync(string trackingCode, CancellationToken cancellationToken)
    {
        string? appealId = IsWellFormed(trackingCode) ? await trackingCodes.FindAppealIdAsync(trackingCode, cancellationToken) : null;
        AppealRecord? appeal = appealId is null ? null : await appeals.FindAsync(appealId, cancellationToken);
        return appeal is null
            ? Problems.NotFound("There is no appeal with this tracking code.")
            : Results.Json(PublicAppealView.From(appeal), ReceptionJson.Options);
    }

    // Tracking codes are 12 characters of an unambiguous alphabet (upper case letters and digits).
    private static bool IsWellFormed(string code) => code is { Length: 12 } && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}

/// <summary>What anyone holding the tracking code may see: no name, IIN, phone or subject.</summary>
public sealed record PublicAppealView(
    AppealStatus Status,
    bool Extended,
    DateOnly ReceivedOn,
    string? RegistrationNumber,
    DateOnly? RegisteredOn,
    AppealDeadlines? Deadlines,
    BookedSlot? Slot)
{
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
            appeal.Progress.Slot);
    }
}
