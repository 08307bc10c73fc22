using Microsoft.AspNetCore.Http;
using Reception.Api.Http;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Serialization;

namespace Reception.Api.Public;

/// <summary><c>GET /api/public/appeals/{trackingCode}</c> (no key): status, dates and slot, never personal data.</summary>
public sealed class PublicEndpoints(AppealIdentities identities, IAppealStore appeals, IAnswerLetters letters)
{
    private const string NoSuchCode = "There is no appeal with this tracking code.";

    public async Task<IResult> GetAsync(string trackingCode, CancellationToken cancellationToken)
    {
        AppealRecord? appeal = await FindAsync(trackingCode, cancellationToken);
        if (appeal is null)
        {
            return Problems.NotFound(NoSuchCode);
        }

        AnswerLetter? letter = AnswerLetter.MayExistIn(appeal.Status) ? await letters.FindAsync(appeal.AppealId, cancellationToken) : null;
        return Results.Json(
            PublicAppealView.From(appeal) with { Letter = letter is null ? null : PublicLetter.Of(letter, appeal.TrackingCode) },
            ReceptionJson.Options);
    }

    /// <summary><c>GET /api/public/appeals/{trackingCode}/letter</c> (no key): the answer letter itself, for the code's holder.</summary>
    public async Task<IResult> LetterAsync(HttpResponse response, string trackingCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        AppealRecord? appeal = await FindAsync(trackingCode, cancellationToken);
        if (appeal is null)
        {
            return Problems.NotFound(NoSuchCode);
        }

        if (await letters.ReadAsync(appeal.AppealId, cancellationToken) is not { } found)
        {
            return Problems.NotFound("No answer letter was attached to this appeal.");
        }

        // Never sniffed into something else; private to the holder of the code.
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        string extension = found.Letter.ContentType switch { "application/pdf" => "pdf", "image/png" => "png", _ => "jpg" };
        return Results.File(found.Content, found.Letter.ContentType, $"answer-{appeal.RegistrationNumber ?? "letter"}.{extension}");
    }

    private async Task<AppealRecord?> FindAsync(string trackingCode, CancellationToken cancellationToken)
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

        return appeal is null || !string.Equals(appeal.TrackingCode, trackingCode, StringComparison.Ordinal) ? null : appeal;
    }
}
