using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Appeals.Orchestration;
using Reception.Workflow.Appeals.Starting;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;
using Reception.Workflow.Time;
using Reception.Workflow.Worklists;

namespace Reception.Workflow.Tests.Orchestration;

/// <summary>
/// The whole workflow on the real Durable Task engine (in-memory backend), with the activities of
/// production over in-memory ports, on a clock that starts on 20 March 2026.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private WorkflowHarness(DurableTaskTestHost host) => Host = host;

    public DurableTaskTestHost Host { get; }

    public InMemoryAppealStore Appeals { get; private set; } = null!;

    public InMemoryOutbox Outbox { get; private set; } = null!;

    public InMemoryApplicantIndex Applicants { get; private set; } = null!;

    public InMemoryScheduleStore Schedule { get; private set; } = null!;

    public InMemorySurveyStore Surveys { get; private set; } = null!;

    public InMemoryReportCounters Counters { get; private set; } = null!;

    public InMemoryWorklistIndex Worklists { get; private set; } = null!;

    public ReceptionClock Clock { get; private set; } = null!;

    public InMemoryDeadlineWakes Wakes { get; private set; } = null!;

    public Reception.Workflow.Materials.IMaterialsRequests Materials { get; private set; } = null!;

    public InMemoryPersonalDataStore PersonalData { get; private set; } = null!;

    /// <summary>Intake as the hosts run it: the start request goes to the harness's starter.</summary>
    public IntakeService Intake { get; private set; } = null!;

    public DurableTaskClient Client => Host.Client;

    /// <param name="tasks">The orchestrators and activities; the shared ones by default (another registration: the Functions app's wrappers).</param>
    /// <param name="wakeLead">Deadlines further off than this sleep on a wake row (<see cref="DeadlineWakeSweep"/>); zero: durable timers only.</param>
    /// <param name="video">When a video reception's connection details go out (§12); the defaults unless given.</param>
    public static async Task<WorkflowHarness> StartAsync(
        TimeSpan dayLength, Action<DurableTaskRegistry>? tasks = null, TimeSpan wakeLead = default, Reception.Workflow.Schedule.VideoConnectionOptions? video = null)
    {
        var wakes = new InMemoryDeadlineWakes();
        var clock = new ReceptionClock(TimeProvider.System, new ClockOptions { DayLength = dayLength, Start = "2026-03-20T10:00:00+05:00" });
        var appeals = new InMemoryAppealStore();
        var outbox = new InMemoryOutbox();
        var applicants = new InMemoryApplicantIndex();
        var schedule = new InMemoryScheduleStore();
        var surveys = new InMemorySurveyStore();
        var counters = new InMemoryReportCounters();
        var worklists = new InMemoryWorklistIndex();
        var starts = new InMemoryStartRequests();
        var materials = new InMemoryMaterialsRequests();
        var personalData = new InMemoryPersonalDataStore();
        DurableTaskTestHost host = await DurableTaskTestHost.StartAsync(
            registry => (tasks ?? (r => r.AddReceptionTasks()))(registry),
            new DurableTaskTestHostOptions
            {
                ConfigureServices = services =>
                {
                    services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
                    services.AddSingleton<IAppealStore>(appeals);
                    services.AddSingleton<Reception.Workflow.Privacy.IPersonalDataStore>(personalData);
                    services.AddSingleton<INotificationOutbox>(outbox);
                    services.AddSingleton<IApplicantIndex>(applicants);
                    services.AddSingleton<IScheduleStore>(schedule);
                    services.AddSingleton<ISurveyStore>(surveys);
                    services.AddSingleton<IWorklistIndex>(worklists);
                    services.AddSingleton<IReportCounters>(counters);
                    services.AddSingleton<IRegistrationNumbers, InMemoryRegistrationNumbers>();
                    services.AddSingleton<IAppealStartRequests>(starts);
                    services.AddSingleton<Reception.Workflow.Materials.IMaterialsRequests>(materials);
                    services.AddSingleton(new AppealIdentities("harness secret"));
                    services.AddSingleton(clock);
                    services.AddSingleton<IDeadlineWakes>(wakes);
                    services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new DeadlineWakeOptions { Lead = wakeLead, SweepInterval = wakeLead / 2 }));
                    services.AddSingleton<TimeProvider>(clock);
                    services.AddSingleton(Microsoft.Extensions.Options.Options.Create(video ?? new Reception.Workflow.Schedule.VideoConnectionOptions()));
                    services.AddSingleton(BuiltInCalendarData.CreateCalendar());
                    services.AddSingleton(DeadlinePolicy.Seed);
                    services.AddSingleton<IntakeService>();
                    services.AddSingleton(new Reception.Workflow.Notifications.PublicPage("https://reception.test"));
                    services.AddSingleton<IAnswerLetters>(new InMemoryAnswerLetters());
                    services.AddSingleton<Reception.Workflow.Appeals.Activities.StepRecorder>();
                    services.AddSingleton<Reception.Workflow.Appeals.Activities.StepFollowUps>();
                    services.AddTransient<Reception.Workflow.Appeals.Activities.AdvanceAppeal>();
                    services.AddTransient<Reception.Workflow.Appeals.Activities.RegisterAppeal>();
                    services.AddTransient<Reception.Workflow.Appeals.Activities.CheckRepeat>();
                    services.AddTransient<Reception.Workflow.Appeals.Activities.PlanTimer>();
                    services.AddTransient<Reception.Workflow.Appeals.Activities.OpenAppeal>();
                    services.AddSingleton<Reception.Workflow.Schedule.SlotChangeNotices>();
                },
            });
        var starter = new AppealStarter(appeals);
        starts.Starter = appealId => starter.StartAsync(appealId, host.Client, CancellationToken.None);
        return new WorkflowHarness(host)
        {
            Clock = clock,
            Wakes = wakes,
            Appeals = appeals,
            Outbox = outbox,
            Applicants = applicants,
            Schedule = schedule,
            Surveys = surveys,
            Counters = counters,
            Worklists = worklists,
            Materials = materials,
            PersonalData = personalData,
            Intake = new IntakeService(new AppealIdentities("harness secret"), appeals, starts, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<IntakeService>.Instance),
        };
    }

    /// <summary>Stores a received appeal and starts its workflow, as intake does.</summary>
    /// <param name="interpreterLanguage">Non-null: the applicant needs an interpreter into it (R16).</param>
    public async Task<string> SubmitAsync(
        string subject = "Ремонт дороги на улице Абая", bool outOfTurn = false, string iin = "900101400122", int version = AppealOrchestrator.CurrentVersion,
        string? interpreterLanguage = null, bool videoConference = false)
    {
        string appealId = Guid.NewGuid().ToString("N");
        AppealRecord received = TestAppeals.Received(appealId, Clock.GetUtcNow(), subject);
        received = received with
        {
            Submission = received.Submission with
            {
                Applicant = received.Submission.Applicant with { Iin = iin, Categories = outOfTurn ? [Domain.Applicants.OutOfTurnCategory.Disability] : [] },
                NeedsInterpreter = interpreterLanguage is not null,
                InterpreterLanguage = interpreterLanguage,
                VideoConference = videoConference,
            },
        };
        await Appeals.CreateIfAbsentAsync(received, CancellationToken.None);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(AppealOrchestrator), new AppealWorkflowInput(appealId, version), new StartOrchestrationOptions(appealId));
        return appealId;
    }

    public async Task AddReceptionDayAsync(DateOnly date, string officialId = "akim", int slots = 4) =>
        await Schedule.SaveDayAsync(
            new ScheduledDay(officialId, new OfficialName("Әкім", "Аким"), date, new TimeOnly(10, 0), new TimeOnly(10, 0).AddMinutes(20 * slots), 20, ReceptionMode.InPerson),
            CancellationToken.None);

    /// <summary>Waits until the stored appeal reaches <paramref name="status"/> (and, if given, awaits <paramref name="awaiting"/>).</summary>
    public async Task<AppealRecord> WaitForAsync(string appealId, AppealStatus status, string? awaiting = null, int seconds = 20)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(seconds);
        AppealRecord? appeal = null;
        while (DateTime.UtcNow < until)
        {
            appeal = await Appeals.FindAsync(appealId, CancellationToken.None);
            if (appeal?.Status == status && (awaiting is null || appeal.Progress.Awaiting == awaiting))
            {
                return appeal;
            }

            await Task.Delay(50);
        }

        OrchestrationMetadata? instance = await Client.GetInstanceAsync(appealId, getInputsAndOutputs: true);
        throw new TimeoutException(
            $"Appeal {appealId} did not reach {status}/{awaiting}: {appeal?.Status}, history {string.Join(", ", appeal?.History.Select(h => h.Step) ?? [])}; " +
            $"workflow {instance?.RuntimeStatus} {instance?.FailureDetails?.ErrorMessage} {instance?.FailureDetails?.StackTrace}");
    }

    /// <summary>
    /// Waits for the instance to finish, at most <paramref name="seconds"/>: an unbounded wait on an
    /// instance that never completes would hold the test process (and the engine's sidecar) forever.
    /// </summary>
    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            OrchestrationMetadata? instance = await Client.GetInstanceAsync(instanceId);
            throw new TimeoutException($"Instance {instanceId} did not finish in {seconds} s: {instance?.RuntimeStatus}");
        }
    }

    /// <summary>Waits until the stored appeal meets <paramref name="condition"/>.</summary>
    public async Task<AppealRecord> WaitUntilAsync(string appealId, Func<AppealRecord, bool> condition, int seconds)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(seconds);
        AppealRecord? appeal = null;
        while (DateTime.UtcNow < until)
        {
            appeal = await Appeals.FindAsync(appealId, CancellationToken.None);
            if (appeal is not null && condition(appeal))
            {
                return appeal;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Condition not met on {appealId}: {string.Join(", ", appeal?.History.Select(h => h.Step) ?? [])}");
    }

    /// <summary>Waits until the outbox holds a message that matches (the activity enqueues it right after recording its step).</summary>
    public async Task<OutgoingNotification> WaitForMessageAsync(Func<OutgoingNotification, bool> match, int seconds = 10)
    {
        DateTime until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (Outbox.Sent.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No such message; sent: {string.Join(", ", Outbox.Sent.Select(n => n.Kind))}");
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
