namespace Reception.LocalHost.Intake;

/// <summary>Counts every request to an intake route (<c>POST /api/intake/…</c>) in <see cref="IntakeLoad"/>, refused or not, before it is routed.</summary>
internal static class IntakeLoadCounting
{
    public static IApplicationBuilder UseIntakeLoadCounting(this IApplicationBuilder app, IntakeLoad load) =>
        app.Use((http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/api/intake", StringComparison.OrdinalIgnoreCase))
            {
                load.Took();
            }

            return next(http);
        });
}
