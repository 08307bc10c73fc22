
namespace Reception.Api.Auth;

/// <summary>A person one may sign in as in Development (configuration <c>Reception:Auth:DevelopmentUsers</c>).</summary>
/// <param name="OfficialId">For the role <c>official</c>: whose receptions are theirs (e.g. <c>akim</c>).</param>
public sealed record DevelopmentUser(string Id, string Name, string Role, string? OfficialId = null)
{
    public DevelopmentUser()
        : this(string.Empty, string.Empty, string.Empty)
    {
    }
}
