using Microsoft.AspNetCore.Http;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Domain.Validation;
using Reception.Workflow.Appeals;
using Reception.Workflow.Serialization;

namespace Reception.Api.Appeals;

/// <summary>
/// <c>POST /api/appeals/{appealId}/answer-letter</c> (the Department): the answer letter as a
/// document (§33; issue 30), the raw file as the body with its media type. Accepted once the
/// reception is held (the answer follows it); a new upload replaces the letter. A refused
/// upload stores nothing.
/// </summary>
public sealed class AnswerLetterEndpoints(IAppealStore appeals, IAnswerLetters letters, TimeProvider clock)
{
    public async Task<IResult> UploadAsync(HttpRequest request, string appealId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (LetterFiles.Accepted(request.ContentType) is not { } contentType)
        {
            return Problems.UnsupportedMediaType("Send the letter as the body with Content-Type application/pdf, image/png or image/jpeg.");
        }

        (byte[]? content, IResult? unread) = await JsonBody.ReadAtMostAsync(request, LetterFiles.MaxBytes, cancellationToken);
        if (unread is not null)
        {
            return unread;
        }

        if (content!.Length == 0)
        {
            return Problems.Validation("file", "The file is empty.");
        }

        if (LetterFiles.Mismatch(contentType, content) is { } mismatch)
        {
            return Problems.Validation("file", mismatch);
        }

        AppealRecord? appeal = AppealIds.IsWellFormed(appealId) ? await appeals.FindAsync(appealId, cancellationToken) : null;
        if (appeal is null)
        {
            return Problems.NotFound($"There is no appeal '{appealId}'.");
        }

        if (!AnswerLetter.MayExistIn(appeal.Status))
        {
            return Problems.Conflict($"Appeal {appealId} has no reception held yet (status {CamelCaseNames.Of(appeal.Status)}): the answer letter follows the reception.");
        }

        // Once closed, the applicant may have been sent the letter's link: what it opens stays what they were sent.
        if (appeal.Status == AppealStatus.Closed && await letters.FindAsync(appeal.AppealId, cancellationToken) is not null)
        {
            return Problems.Conflict($"Appeal {appealId} is closed and its answer letter was given to the applicant: it is not replaced.");
        }

        Actor by = CallerAuthenticator.ActorOf(request);
        var letter = new AnswerLetter(contentType, content.Length, clock.GetUtcNow(), by.Name);
        await letters.SaveAsync(appeal.AppealId, content, letter, cancellationToken);
        return Results.Json(
            new { appealId = appeal.AppealId, letter.ContentType, letter.Size, letter.UploadedAt, url = AnswerLetter.PathFor(appeal.TrackingCode) },
            ReceptionJson.Options,
            statusCode: StatusCodes.Status201Created);
    }
}
