namespace Reception.Api.Routing;

/// <summary>Routes of one area that admit the same roles, declared once for all of them.</summary>
/// <param name="Roles">Who may call; empty for public routes (their handlers may still identify the caller).</param>
public sealed record ApiGroup(string Area, IReadOnlyList<string> Roles, IReadOnlyList<ApiRoute> Routes);
