using Reception.Domain.Appeals;
using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Activities;

public class RegisterAppealTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";

    // 20 March 2026, 10:00 in Almaty (+05).
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero));
    private readonly InMemoryAppealStore store = new();
    private readonly InMemoryRegistrationNumbers numbers = new();
    private readonly InMemoryReportCounters counters = new();

    [Fact]
    public async Task R4_ReceivedAppeal_IsRegisteredWithNumberAndLocalDate()
    {
        await store.CreateIfAbsentAsync(TestAppeals.Received(AppealId, clock.Now), CancellationToken.None);

        AppealRegistration result = await Activity().ExecuteAsync(new RegisterAppealInput(AppealId), CancellationToken.None);

        Assert.Equal(AppealStatus.Registered, result.Status);
        Assert.Equal("RCP-2026-000001", result.RegistrationNumber);
        Assert.Equal(new DateOnly(2026, 3, 20), result.RegisteredOn);
        Assert.Equal(new AppealDeadlines(RegistrationDue: new DateOnly(2026, 3, 30), AnswerDue: new DateOnly(2026, 4, 6)),
            (await store.FindAsync(AppealId, CancellationToken.None))!.Deadlines);
        AppealRecord stored = (await store.FindAsync(AppealId, CancellationToken.None))!;
        Assert.Equal(["received", "registered"], stored.History.Select(h => h.Step));
        Assert.Equal("R4", stored.History[^1].Rule);
    }

    [Fact]
    public async Task R4_ActivityRunningTwice_RegistersOnceWithOneNumber()
    {
        await store.CreateIfAbsentAsync(TestAppeals.Received(AppealId, clock.Now), CancellationToken.None);

        AppealRegistration first = await Activity().ExecuteAsync(new RegisterAppealInput(AppealId), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(3));
        AppealRegistration second = await Activity().ExecuteAsync(new RegisterAppealInput(AppealId), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(1, numbers.IssuedCount);
        Assert.Equal(1, (await counters.QuarterAsync(2026, 1, CancellationToken.None))["registered"]); // R25: counted once
        Assert.Single((await store.FindAsync(AppealId, CancellationToken.None))!.History, h => h.Step == "registered");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    public async Task R2_NoSubstance_IsNotRegistered(string subject)
    {
        await store.CreateIfAbsentAsync(TestAppeals.Received(AppealId, clock.Now, subject), CancellationToken.None);

        AppealRegistration result = await Activity().ExecuteAsync(new RegisterAppealInput(AppealId), CancellationToken.None);

        Assert.False(result.HasSubstance);
        Assert.Null(result.RegistrationNumber);
        Assert.Equal(0, numbers.IssuedCount);
        Assert.Equal(AppealStatus.Received, (await store.FindAsync(AppealId, CancellationToken.None))!.Status);
    }

    private RegisterAppeal Activity() => new(store, numbers, new InMemoryApplicantIndex(), counters, BuiltInCalendarData.CreateCalendar(), DeadlinePolicy.Seed, clock);
}
