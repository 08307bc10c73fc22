namespace Reception.Workflow.Appeals;

/// <summary>The person (or, for scripts, the API key) who took a staff action, as the history names them.</summary>
/// <param name="Id">Stable: the Entra ID object id, the development user's id, or <c>apiKey:{role}</c>.</param>
/// <param name="Name">The display name shown in the history.</param>
/// <param name="Role">The role they acted in (docs/api.md "Conventions").</param>
public sealed record Actor(string Id, string Name, string Role);
