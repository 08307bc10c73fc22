namespace Reception.Workflow.Http;

/// <summary>One route of API.md as both hosts serve it.</summary>
/// <param name="Path">The OpenAPI path template, e.g. <c>/api/appeals/{appealId}</c>.</param>
/// <param name="Roles">The roles allowed; empty for a route without a key.</param>
/// <param name="Body">The request body's schema name in <see cref="ApiSchemas"/>, or null.</param>
public sealed record ApiRoute(string Method, string Path, string OperationId, string Summary, IReadOnlyList<string> Roles, string? Body, int Success);
