using System.Text;
using System.Text.Json;
using Reception.Api.Auth;

namespace Reception.Workflow.Tests.Auth;

public class PlatformPrincipalTests
{
    [Fact]
    public void AnAppRolePerOfficial_MakesThePersonThatOfficial()
    {
        Caller caller = PlatformPrincipal.Read(Header(("roles", "official.akim"), ("roles", "reports")))!;

        Assert.Equal("akim", caller.OfficialId);
        Assert.Equal(["official", "reports"], caller.Roles.Order());
        Assert.Equal("oid-1", caller.Id);
        Assert.Equal("Айгерим", caller.Name);
    }

    [Fact]
    public void ThePlainOfficialRole_NamesNoOfficial() =>
        Assert.Null(PlatformPrincipal.Read(Header(("roles", "official")))!.OfficialId);

    [Theory]
    [InlineData("official.")]
    [InlineData("official.AKIM/../x")]
    [InlineData("official.a#b")]
    public void AMalformedOfficialRole_GrantsNoOfficialId(string role) =>
        Assert.Null(PlatformPrincipal.Read(Header(("roles", role)))?.OfficialId);

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("eyJub3QiOiJjbG9zZWQ")]
    public void AnUnreadableHeader_IsNobody(string header) => Assert.Null(PlatformPrincipal.Read(header));

    private static string Header(params (string Type, string Value)[] roles)
    {
        var claims = new List<object> { new { typ = "oid", val = "oid-1" }, new { typ = "name", val = "Айгерим" } };
        claims.AddRange(roles.Select(r => new { typ = r.Type, val = r.Value }));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { auth_typ = "aad", role_typ = "roles", claims })));
    }
}
