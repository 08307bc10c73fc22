using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reception.Workflow.Activities;
using Reception.Workflow.Auth;
using Reception.Workflow.Http;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Orchestration;
using Reception.Workflow.Rules;
using Reception.Workflow.Schedule;
using Reception.Workflow.Time;

namespace Reception.Workflow;

/// <summary>Registers the workflow's services, endpoint handlers and activities; both hosts call this.</summary>
public static class ReceptionWorkflowServices
{
    public static IServiceCollection AddReceptionWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section));
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.AddOptions<Wakes.DeadlineWakeOptions>().Bind(configuration.GetSection(Wakes.DeadlineWakeOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddSingleton<Wakes.DeadlineWakeSweep>();
        services.AddSingleton<NotificationDispatcher>();

        // One clock for the whole service; nothing else reads the system clock.
        services.AddSingleton(sp => new ReceptionClock(TimeProvider.System, sp.GetRequiredService<IOptions<ClockOptions>>().Value));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ReceptionClock>());

        services.AddReceptionRules(configuration);
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton<IntakeService>();
        services.AddSingleton<AppealStarter>();
        services.AddSingleton<IntakeEndpoints>();
        services.AddSingleton<AppealEndpoints>();
        services.AddSingleton<ClockEndpoint>();
        services.AddSingleton<StaffEndpoints>();
        services.AddSingleton<ScheduleEndpoints>();
        services.AddSingleton<ReportingMeetingEndpoints>();
        services.AddSingleton<MaterialsEndpoints>();
        services.AddSingleton<OperationsEndpoints>();
        services.AddSingleton<PublicEndpoints>();
        services.AddSingleton<OpenApiEndpoint>();
        services.AddSingleton<HealthEndpoint>();
        services.AddSingleton<ReportEndpoints>();
        services.AddSingleton<Schedule.ScheduleCheck>();
        services.AddSingleton<Publishing.Publisher>();
        services.AddSingleton<SlotChangeNotices>();
        services.AddSingleton<AbsenceService>();
        services.AddSingleton<RestrictiveMeasuresService>();
        services.AddSingleton<SurveyEndpoints>();
        services.AddSingleton<SignInEndpoints>();
        services.AddSingleton<WorklistEndpoints>();
        services.AddSingleton<OfficialEndpoints>();
        services.AddSingleton<PageEndpoints>();
        services.AddSingleton<Worklists.WorklistRebuild>();

        // Activities are resolved by the local host's worker and injected into the Functions wrappers.
        services.AddTransient<OpenAppeal>();
        services.AddTransient<RegisterAppeal>();
        services.AddSingleton<StepRecorder>();
        services.AddSingleton<StepFollowUps>();
        services.AddTransient<AdvanceAppeal>();
        services.AddTransient<PlanTimer>();
        services.AddTransient<CheckRepeat>();
        services.AddTransient<BookSlot>();
        services.AddTransient<RecordSlot>();
        services.AddTransient<StartHandedInAppeals>();
        services.AddTransient<Materials.RecordMaterialsStep>();
        return services;
    }
}
