using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reception.Api.Auth;

namespace Reception.Workflow.Tests.Auth;

public class EgovWebhookVerifierTests
{
    private const string Old = "the-portals-old-secret-0123456789abcdef";
    private const string New = "the-portals-new-secret-0123456789abcdef";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{ "externalId": "EGOV-1" }""");
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private readonly EgovWebhookVerifier verifier = new(
        Options.Create(new AuthOptions { EgovWebhookSecret = Old, EgovWebhookSecrets = [New] }), new FixedTime(Now));

    [Theory]
    [InlineData(Old, 0)]
    [InlineData(New, 0)]
    [InlineData(Old, -299)]
    [InlineData(New, 299)]
    public void SignedNowWithAnyConfiguredSecret_IsAccepted(string secret, int offsetSeconds) =>
        Assert.Null(verifier.Verify(Signed(secret, Now.AddSeconds(offsetSeconds)), Body));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void ATimestampOutsideFiveMinutes_IsRefused(int offsetSeconds) =>
        Assert.Equal(401, StatusOf(verifier.Verify(Signed(Old, Now.AddSeconds(offsetSeconds)), Body)));

    [Fact]
    public void TheSameSignedRequestAfterItWasTakenIn_IsRefused_ButAfterAFailedAttemptItMayBeSentAgain()
    {
        HttpRequest request = Signed(Old, Now);

        Assert.Null(verifier.Verify(request, Body));
        Assert.Null(verifier.Verify(request, Body)); // the first attempt failed (e.g. 503): nothing remembered
        verifier.Remember(request);                   // this attempt was taken in
        Assert.Equal(409, StatusOf(verifier.Verify(request, Body)));
    }

    [Fact]
    public void ASignatureOverTheBodyAlone_OrWithoutATimestamp_IsRefused()
    {
        var bodyOnly = new DefaultHttpContext().Request;
        bodyOnly.Headers["X-Signature-Timestamp"] = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        bodyOnly.Headers["X-Signature"] = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Old), Body));
        Assert.Equal(401, StatusOf(verifier.Verify(bodyOnly, Body)));

        HttpRequest noStamp = Signed(Old, Now);
        noStamp.Headers.Remove("X-Signature-Timestamp");
        Assert.Equal(401, StatusOf(verifier.Verify(noStamp, Body)));
    }

    [Fact]
    public void ASignatureWithAnotherSecret_IsRefused() =>
        Assert.Equal(401, StatusOf(verifier.Verify(Signed("someone-elses-secret-0123456789abcdef", Now), Body)));

    private static HttpRequest Signed(string secret, DateTimeOffset at)
    {
        string stamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        HttpRequest request = new DefaultHttpContext().Request;
        request.Headers["X-Signature-Timestamp"] = stamp;
        request.Headers["X-Signature"] = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(stamp + "."), .. Body]));
        return request;
    }

    private static int? StatusOf(IResult? result) => (result as IStatusCodeHttpResult)?.StatusCode;

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
