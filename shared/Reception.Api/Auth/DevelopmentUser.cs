
namespace Reception.Api.Auth;

/// <summary>A person one may sign in as in Development (configuration <c>Reception:Auth:DevelopmentUsers</c>).</summary>
/// <param name="OfficialId">For the role <c>official</c>: whose receptions are theirs (e.g. <c>akim</c>).</param>
public sealed record DevelopmentUser(string Id, string Name, string Role, string? OfficialId = null)
{
    public DevelopmentUser()
        : this(string.Empty, string.Empty, string.Empty)
    {
    }

    /// <summary>
    /// Optional: an <c>X-Api-Key</c> that acts as this person, so scripts and end-to-end tests can
    /// act as one official without the sign-in cookie. Development only, like the users themselves.
    /// </summary>
    public string? Key { get; init; }
}
