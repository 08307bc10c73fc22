using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Reception.Api.Routing;

/// <summary>Maps <see cref="ApiRoutes"/> onto ASP.NET Core: one group per <see cref="ApiGroup"/>, its roles checked once for all its routes.</summary>
public static class ApiRouteMapping
{
    public static IEndpointRouteBuilder MapReceptionApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (ApiGroup group in ApiRoutes.Groups)
        {
            RouteGroupBuilder mapped = routes.MapGroup(string.Empty);
            if (group.Roles.Count > 0)
            {
                mapped.AddEndpointFilter((context, next) =>
                    RouteRoles.Refuse(context.HttpContext, group.Roles) is { } refused ? ValueTask.FromResult<object?>(refused) : next(context));
            }

            foreach (ApiRoute route in group.Routes)
            {
                mapped.MapMethods(route.Pattern, [route.Method], route.Handler);
            }
        }

        return routes;
    }
}
