using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Api.Appeals;
using Reception.Api.Auth;
using Reception.Api.Intake;
using Reception.Api.Materials;
using Reception.Api.Routing;
using Reception.Api.Operations;
using Reception.Api.Pages;
using Reception.Api.Public;
using Reception.Api.Reports;
using Reception.Api.Schedule;
using Reception.Api.Surveys;
using Reception.Api.Worklists;

namespace Reception.Api;

/// <summary>Registers who calls (auth) and every endpoint handler; both hosts call this after <c>AddReceptionWorkflow</c>.</summary>
public static class ReceptionApiServices
{
    public static IServiceCollection AddReceptionApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton(sp => new EgovWebhookVerifier(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>()));
        services.AddSingleton<IntakeEndpoints>();
        services.AddSingleton<AppealEndpoints>();
        services.AddSingleton<ClockEndpoint>();
        services.AddSingleton<StaffEndpoints>();
        services.AddSingleton<ScheduleEndpoints>();
        services.AddSingleton<ReportingMeetingEndpoints>();
        services.AddSingleton<MaterialsEndpoints>();
        services.AddSingleton<OperationsEndpoints>();
        services.AddSingleton<ErasureEndpoints>();
        services.AddSingleton<PublicEndpoints>();
        services.AddSingleton<AnswerLetterEndpoints>();
        services.AddSingleton<OpenApiEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddSingleton<ReportEndpoints>();
        services.AddSingleton<SurveyEndpoints>();
        services.AddSingleton<SignInEndpoints>();
        services.AddSingleton<WorklistEndpoints>();
        services.AddSingleton<OfficialEndpoints>();
        services.AddSingleton<PageEndpoints>();
        return services;
    }
}
