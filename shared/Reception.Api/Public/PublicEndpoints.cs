using Microsoft.AspNetCore.Http;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Serialization;

namespace Reception.Api.Public;

/// <summary><c>GET /api/public/appeals/{trackingCode}</c> (no key): status, dates and slot, never personal data.</summary>
public sealed class PublicEndpoints(AppealIdentities identities, IAppealStore appeals)
{
    public async Task<IResult> GetAsync(string trackingCode, CancellationToken cancellationToken)
    {
        // The id follows from the code (under the current key, then any earlier one still configured);
        // the stored code is compared too, so only the code itself opens the appeal.
        AppealRecord? appeal = null;
        if (AppealIdentities.IsWellFormed(trackingCode))
        {
            foreach (string appealId in identities.AppealIdsOf(trackingCode))
            {
                if ((appeal = await appeals.FindAsync(appealId, cancellationToken)) is not null)
                {
                    break;
                }
            }
        }

        return appeal is null || !string.Equals(appeal.TrackingCode, trackingCode, StringComparison.Ordinal)
            ? Problems.NotFound("There is no appeal with this tracking code.")
            : Results.Json(PublicAppealView.From(appeal), ReceptionJson.Options);
    }
}
