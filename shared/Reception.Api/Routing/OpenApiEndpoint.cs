using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Reception.Api.Auth;
using Reception.Api.Http;
using Reception.Api.Routing;

namespace Reception.Api.Routing;

/// <summary><c>GET /api/openapi.json</c>: an OpenAPI 3 document of every route in <see cref="ApiRoutes"/>.</summary>
public sealed class OpenApiEndpoint
{
    private readonly Lazy<string> document = new(() => Build().ToJsonString());

    public IResult Get() => Results.Text(document.Value, "application/json");

    public static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (IGrouping<string, ApiRoute> path in ApiRoutes.Api.GroupBy(r => r.Path))
        {
            var item = new JsonObject();
            foreach (ApiRoute route in path)
            {
                item[route.Method.ToLowerInvariant()] = Operation(route);
            }

            paths[path.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "Reception: personal receptions of the Almaty region akim's office",
                ["version"] = "1",
                ["description"] = "The HTTP contract of docs/api.md. Errors are application/problem+json.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = ApiSchemas.All(),
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = CallerAuthenticator.KeyHeader },
                },
            },
        };
    }

    private static JsonObject Operation(ApiRoute route)
    {
        var parameters = new JsonArray();
        foreach (string name in route.Path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = "path",
                ["required"] = true,
                ["schema"] = new JsonObject { ["type"] = name is "number" or "year" or "quarter" ? "integer" : "string" },
            });
        }

        var responses = new JsonObject { [route.Success.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["description"] = "Success." } };
        foreach ((string code, string why) in Failures(route))
        {
            responses[code] = new JsonObject
            {
                ["description"] = why,
                ["content"] = new JsonObject { [Problems.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } } },
            };
        }

        var operation = new JsonObject
        {
            ["operationId"] = route.OperationId,
            ["summary"] = route.Summary,
            ["parameters"] = parameters,
            ["responses"] = responses,
        };
        if (route.Roles.Count > 0)
        {
            operation["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() });
            operation["description"] = "Roles: " + string.Join(", ", route.Roles) + ".";
        }

        if (route.Body is not null)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{route.Body}" } } },
            };
        }

        return operation;
    }

    private static IEnumerable<(string Code, string Why)> Failures(ApiRoute route)
    {
        if (route.Body is not null)
        {
            yield return ("400", "Malformed or invalid body; errors names each field.");
        }

        if (route.Roles.Count > 0)
        {
            yield return ("401", "Missing or wrong credentials.");
            yield return ("403", "A role that may not call this route.");
        }

        if (route.Path.Contains('{', StringComparison.Ordinal))
        {
            yield return ("404", "Unknown appeal, tracking code, instruction or reception day.");
        }

        if (route.Path.StartsWith("/api/appeals/{appealId}/", StringComparison.Ordinal))
        {
            yield return ("409", "The appeal does not wait for this action now.");
        }

        if (route.Body is not null)
        {
            yield return ("413", "Body over 64 KiB.");
            yield return ("415", "Not JSON.");
        }
    }
}
