using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Starting;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Intake;
using Reception.Workflow.Materials;
using Reception.Workflow.Notifications;
using Reception.Workflow.Privacy;
using Reception.Workflow.Publishing;
using Reception.Workflow.Rules;
using Reception.Workflow.Schedule;
using Reception.Workflow.Time;
using Reception.Workflow.Worklists;

namespace Reception.Workflow;

/// <summary>Registers the workflow's services and activities; both hosts call this (the HTTP surface: <c>AddReceptionApi</c>).</summary>
public static class ReceptionWorkflowServices
{
    public static IServiceCollection AddReceptionWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section));
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.AddOptions<DeadlineWakeOptions>().Bind(configuration.GetSection(DeadlineWakeOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<VideoConnectionOptions>().Bind(configuration.GetSection(VideoConnectionOptions.Section))
            .Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.KeepFor >= TimeSpan.Zero && o.MaxPerRun > 0, "Reception:Retention: KeepFor must not be negative and MaxPerRun must be positive.").ValidateOnStart();
        services.AddSingleton<PersonalDataEraser>();
        services.AddSingleton<WorklistNames>();
        services.AddSingleton<RetentionPurge>();
        services.AddSingleton<DeadlineWakeSweep>();
        services.AddSingleton<NotificationDispatcher>();

        // One clock for the whole service; nothing else reads the system clock.
        services.AddSingleton(sp => new ReceptionClock(TimeProvider.System, sp.GetRequiredService<IOptions<ClockOptions>>().Value));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ReceptionClock>());

        services.AddReceptionRules(configuration);
        services.AddSingleton<IntakeService>();
        services.AddSingleton<AppealStarter>();
        services.AddSingleton<ScheduleCheck>();
        services.AddSingleton<Publisher>();
        services.AddSingleton<SlotChangeNotices>();
        services.AddSingleton<AbsenceService>();
        services.AddSingleton<RestrictiveMeasuresService>();
        services.AddSingleton<WorklistRebuild>();

        // Activities are resolved by the local host's worker and injected into the Functions wrappers.
        services.AddTransient<OpenAppeal>();
        services.AddTransient<RegisterAppeal>();
        services.AddSingleton(PublicPage.FromConfiguration(configuration));
        services.AddSingleton<StepRecorder>();
        services.AddSingleton<StepFollowUps>();
        services.AddTransient<AdvanceAppeal>();
        services.AddTransient<PlanTimer>();
        services.AddTransient<CheckRepeat>();
        services.AddTransient<BookSlot>();
        services.AddTransient<RecordSlot>();
        services.AddTransient<CheckVideoConnection>();
        services.AddTransient<StartHandedInAppeals>();
        services.AddTransient<RecordMaterialsStep>();
        return services;
    }
}
