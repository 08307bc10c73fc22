using System.Text;
using System.Text.Json;

namespace Reception.Api.Auth;

/// <summary>
/// Reads the person App Service Authentication signed in: the <c>X-MS-CLIENT-PRINCIPAL</c> header
/// is base64 JSON with the token's claims. Our roles are the app roles of the Entra ID app
/// registration (infra/main.bicep), carried in the <c>roles</c> claim.
/// </summary>
public static class PlatformPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    /// <summary>The app role value that makes a person the official with the id that follows (e.g. <c>official.akim</c>).</summary>
    public const string OfficialRolePrefix = "official.";

    private const string ObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The signed-in person, or null when the header is absent, unreadable or names no id.</summary>
    public static Caller? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            JsonElement root = doc.RootElement;
            string roleType = root.TryGetProperty("role_typ", out JsonElement rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString()! : "roles";
            var claims = new List<(string Type, string Value)>();
            if (root.TryGetProperty("claims", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement claim in list.EnumerateArray())
                {
                    if (claim.TryGetProperty("typ", out JsonElement t) && claim.TryGetProperty("val", out JsonElement v)
                        && t.ValueKind == JsonValueKind.String && v.ValueKind == JsonValueKind.String)
                    {
                        claims.Add((t.GetString()!, v.GetString()!));
                    }
                }
            }

            string? id = First(claims, ObjectId) ?? First(claims, "oid");
            if (id is null)
            {
                return null;
            }

            string name = First(claims, "name") ?? First(claims, "preferred_username") ?? id;
            List<string> roleValues = [.. claims.Where(c => c.Type == roleType || c.Type == "roles").Select(c => c.Value.ToLowerInvariant())];

            // An official is tied to their receptions by an app role per official, "official.<id>"
            // (infra/entra-app-roles.json, docs/deploy.md): it grants the official role and the id at once.
            // A person holding the roles of two officials is tied to neither (403 as an official):
            // which of them they act as must never depend on the order of the token's claims.
            string[] officialIds = [.. roleValues
                .Where(r => r.StartsWith(OfficialRolePrefix, StringComparison.Ordinal))
                .Select(r => r[OfficialRolePrefix.Length..])
                .Where(Reception.Domain.Validation.OfficialIds.IsWellFormed)
                .Distinct(StringComparer.Ordinal)];
            string? officialId = officialIds.Length == 1 ? officialIds[0] : null;
            string[] roles = [.. roleValues.Select(r => r.StartsWith(OfficialRolePrefix, StringComparison.Ordinal) ? Reception.Workflow.Appeals.Roles.Official : r).Distinct()];
            return new Caller(id, name, roles, officialId, Caller.Platform);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? First(List<(string Type, string Value)> claims, string type) =>
        claims.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.Ordinal)).Value;
}
