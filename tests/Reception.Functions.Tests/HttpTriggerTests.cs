using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Reception.Api;
using Reception.Api.Auth;
using Reception.Functions.Middleware;
using Reception.Api.Routing;
using Reception.Storage;
using Reception.Storage.Configuration;
using Reception.Storage.Notifications;
using Reception.Workflow;
using Reception.Workflow.Appeals;

namespace Reception.Functions.Tests;

/// <summary>
/// Every HTTP trigger of the Functions app, called the way the worker's ASP.NET Core integration
/// calls it (its class made from the app's services, an <see cref="HttpRequest"/> with the route's
/// values bound to its parameters, the <see cref="IResult"/> executed on the response), answers as
/// its route in the API catalog says: no key is <c>401</c>, a role the route does not admit is
/// <c>403</c>. A trigger wired to another endpoint, or to the wrong roles, fails here; none of these
/// calls reaches storage (the caller is refused first).
/// </summary>
public class HttpTriggerTests
{
    private static readonly Assembly FunctionsApp = typeof(Intake.IntakeFunctions).Assembly;
    private static readonly ServiceProvider Services = BuildServices();

    public static TheoryData<string> KeyedTriggers()
    {
        var data = new TheoryData<string>();
        foreach ((string name, _, ApiRoute route) in HttpTriggers())
        {
            if (route.Roles.Count > 0)
            {
                data.Add(name);
            }
        }

        return data;
    }

    /// <summary>
    /// Each function of the app is called by a test: keyed API triggers here (401 and 403), the
    /// public and page triggers below by name, the queue and timer triggers in
    /// <see cref="QueueAndTimerTriggerTests"/> and <see cref="AppealStartFunctionsTests"/>, the
    /// orchestrator and activity wrappers on the durable worker in Reception.Workflow.Tests'
    /// <c>FunctionsWrapperTests</c> (which fails when a durable task has no wrapper).
    /// </summary>
    [Fact]
    public void EveryFunction_IsInvokedBySomeTest()
    {
        string[] byName = ["GetClock", "GetOpenApi", "GetMe", "ListDevelopmentUsers", "DevelopmentSignIn", "SignOut", "GetPublicAppeal", "GetAnswerLetter", "GetSchedule", "GetHealth", "Workbench", "ApplicantPage", "WebAsset",
            "DispatchNotification", "PublishMonthlySchedule", "PublishQuarterlyReport", "StartAppealWorkflow", "SweepDeadlineWakes", "PurgeExpiredPersonalData"];
        string[] keyed = [.. HttpTriggers().Where(t => t.Route.Roles.Count > 0).Select(t => t.Name)];
        IEnumerable<string> uncovered = FunctionsApp.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .Where(m => !m.GetParameters().Any(p => p.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null || p.GetCustomAttribute<ActivityTriggerAttribute>() is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name)
            .Where(name => !byName.Contains(name) && !keyed.Contains(name));

        Assert.Empty(uncovered);
    }

    [Fact]
    public void EveryApiTrigger_IsARouteOfTheCatalog()
    {
        // HttpTriggers() throws for a trigger whose method and route are not in ApiCatalog.
        Assert.True(HttpTriggers().Count() >= ApiRoutes.Api.Count, "fewer triggers than catalog routes");
    }

    [Theory]
    [MemberData(nameof(KeyedTriggers))]
    public async Task KeyedTrigger_WithoutAKey_Is401(string function)
    {
        Assert.Equal(StatusCodes.Status401Unauthorized, await InvokeAsync(function, apiKey: null));
    }

    [Theory]
    [MemberData(nameof(KeyedTriggers))]
    public async Task KeyedTrigger_WithTheKeyOfARoleItsRouteDoesNotAdmit_Is403(string function)
    {
        ApiRoute route = HttpTriggers().Single(t => t.Name == function).Route;
        string outsider = Roles.All.First(r => !route.Roles.Contains(r));

        Assert.Equal(StatusCodes.Status403Forbidden, await InvokeAsync(function, apiKey: "key-" + outsider));
    }

    [Theory]
    [InlineData("GetClock", 200)]
    [InlineData("GetOpenApi", 200)]
    [InlineData("GetMe", 401)] // nobody signed in
    [InlineData("ListDevelopmentUsers", 404)] // no development users outside Development
    [InlineData("DevelopmentSignIn", 404)]
    [InlineData("SignOut", 204)]
    public async Task PublicTriggerWithoutStorage_Answers(string function, int expected)
    {
        Assert.Equal(expected, await InvokeAsync(function, apiKey: null));
    }

    [Theory]
    [InlineData("GetPublicAppeal", "", 404)] // an unknown tracking code
    [InlineData("GetAnswerLetter", "", 404)]
    [InlineData("GetSchedule", "?month=2026-12&lang=kk", 200)]
    [InlineData("GetHealth", "", 200)]
    public async Task PublicTriggerOnStorage_Answers(string function, string query, int expected)
    {
        Assert.Equal(expected, await InvokeAsync(function, apiKey: null, query, StorageMocked.Value));
    }

    [Theory]
    [InlineData("Workbench", "/", "", 200)]
    [InlineData("ApplicantPage", "/status/ABC", "", 200)]
    [InlineData("WebAsset", "/web/app/main.js", "app/main.js", 200)]
    [InlineData("WebAsset", "/web/../appsettings.json", "../appsettings.json", 404)]
    public async Task PageTrigger_ServesTheWorkbenchFiles(string function, string path, string asset, int expected)
    {
        MethodInfo method = FunctionsApp.GetTypes().SelectMany(t => t.GetMethods()).Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == function);
        var http = new DefaultHttpContext { RequestServices = Services };
        http.Request.Method = "GET";
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        object target = ActivatorUtilities.CreateInstance(Services, method.DeclaringType!);
        object?[] arguments = [.. method.GetParameters().Select(p => p.ParameterType == typeof(HttpRequest) ? http.Request : (object)asset)];

        var result = (IResult)method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
        await result.ExecuteAsync(http);

        Assert.Equal(expected, http.Response.StatusCode);
    }

    // The app's services with the storage ports the public triggers read replaced by answers in memory.
    private static readonly Lazy<ServiceProvider> StorageMocked = new(() =>
    {
        IServiceCollection services = BuildServiceCollection();
        var appeals = new Mock<Reception.Workflow.Appeals.IAppealStore>();
        var schedule = new Mock<Reception.Workflow.Schedule.IScheduleStore>();
        schedule.Setup(s => s.MonthAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var probe = new Mock<Reception.Workflow.Operations.IStorageProbe>();
        probe.Setup(p => p.UnreachableAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var outbox = new Mock<Reception.Workflow.Notifications.INotificationOutbox>();
        outbox.Setup(o => o.DepthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Reception.Workflow.Telemetry.QueueDepth(0, 0));
        var starts = new Mock<Reception.Workflow.Intake.IAppealStartRequests>();
        starts.Setup(o => o.DepthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new Reception.Workflow.Telemetry.QueueDepth(0, 0));
        services.AddSingleton(appeals.Object).AddSingleton(schedule.Object).AddSingleton(probe.Object).AddSingleton(outbox.Object).AddSingleton(starts.Object);
        return services.BuildServiceProvider();
    });

    private static async Task<int> InvokeAsync(string function, string? apiKey, string query = "", IServiceProvider? services = null)
    {
        (_, MethodInfo method, ApiRoute route) = HttpTriggers().Single(t => t.Name == function);
        services ??= Services;
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = route.Method;
        http.Request.Path = Sample(route.Path);
        http.Request.QueryString = new QueryString(query);
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));
        http.Response.Body = new MemoryStream();
        if (apiKey is not null)
        {
            http.Request.Headers[CallerAuthenticator.KeyHeader] = apiKey;
        }

        // Through the app's route-roles middleware, as the worker runs it before the trigger.
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.Items).Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        await new RouteRolesMiddleware().Invoke(context.Object, async _ =>
        {
            object target = ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
            object?[] arguments = [.. method.GetParameters().Select(p => Argument(p, http.Request))];
            object? returned = method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            IResult result = returned as IResult ?? await (Task<IResult>)returned!;
            await result.ExecuteAsync(http);
        });
        return http.Response.StatusCode;
    }

    // What the worker binds to each parameter: the request, the durable client, a route value, the token.
    private static object? Argument(ParameterInfo parameter, HttpRequest request) => parameter.ParameterType switch
    {
        Type t when t == typeof(HttpRequest) => request,
        Type t when t == typeof(CancellationToken) => CancellationToken.None,
        Type t when t == typeof(DurableTaskClient) => new Mock<DurableTaskClient>("test").Object,
        Type t when t == typeof(int) => 1,
        Type t when t == typeof(string) => SampleValue(parameter.Name!),
        _ => throw new InvalidOperationException($"The worker would not know how to bind {parameter.Name} ({parameter.ParameterType.Name})."),
    };

    private static string Sample(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "{([a-zA-Z]+)}", m => SampleValue(m.Groups[1].Value));

    private static string SampleValue(string name) => name switch
    {
        "appealId" => "0123456789abcdef0123456789abcdef",
        "number" or "year" or "quarter" => "1",
        _ => "x1",
    };

    // Every [Function] with an HTTP trigger on an /api route, with its catalog route.
    private static IEnumerable<(string Name, MethodInfo Method, ApiRoute Route)> HttpTriggers()
    {
        foreach (MethodInfo method in FunctionsApp.GetTypes().SelectMany(t => t.GetMethods()))
        {
            string? name = method.GetCustomAttribute<FunctionAttribute>()?.Name;
            HttpTriggerAttribute? trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);
            if (name is null || trigger?.Route is not { } template || !template.StartsWith("api/", StringComparison.Ordinal))
            {
                continue;
            }

            string path = "/" + System.Text.RegularExpressions.Regex.Replace(template, ":[a-z]+}", "}");
            string verb = trigger.Methods!.Single().ToUpperInvariant();
            ApiRoute route = ApiRoutes.Api.SingleOrDefault(r => r.Method == verb && r.Path == path)
                ?? throw new InvalidOperationException($"{name} serves {verb} {path}, which the API catalog does not list.");
            yield return (name, method, route);
        }
    }

    private static ServiceProvider BuildServices() => BuildServiceCollection().BuildServiceProvider();

    private static IServiceCollection BuildServiceCollection()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Reception:Notifications:SmsGatewayUrl"] = "http://127.0.0.1:1/sms",
        };
        foreach (string role in Roles.All)
        {
            settings[$"Reception:Auth:Keys:{role}:0"] = "key-" + role;
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(configuration).AddSingleton(DevelopmentHost.Environment);
        services.AddReceptionWorkflow(configuration);
        services.AddReceptionApi(configuration);
        services.AddReceptionStorage(StorageConnection.FromConfiguration(configuration));
        services.AddNotificationChannels(configuration);
        return services;
    }
}
