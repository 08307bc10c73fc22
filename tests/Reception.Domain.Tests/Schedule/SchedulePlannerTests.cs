using Reception.Domain.Queue;
using Reception.Domain.Schedule;

namespace Reception.Domain.Tests.Schedule;

public class SchedulePlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 4, 0, 0, TimeSpan.Zero);
    private static readonly ReceptionDay Wednesday = Day(new DateOnly(2026, 4, 8));
    private static readonly ReceptionDay NextWednesday = Day(new DateOnly(2026, 4, 15));

    private static ReceptionDay Day(DateOnly date, ReceptionMode mode = ReceptionMode.InPerson) =>
        new("akim", date, new TimeOnly(10, 0), new TimeOnly(11, 0), TimeSpan.FromMinutes(20), mode);

    [Fact]
    public void Slots_CutTheHoursIntoEqualSlots() =>
        Assert.Equal([new TimeOnly(10, 0), new TimeOnly(10, 20), new TimeOnly(10, 40)], Wednesday.Slots.Select(s => s.Start));

    [Fact]
    public void R7_Place_PutsOutOfTurnApplicantsIntoTheEarliestSlots()
    {
        var first = new QueueEntry("regular-early", false, T0);
        var veteran = new QueueEntry("veteran-late", true, T0.AddHours(5));
        var second = new QueueEntry("regular-late", false, T0.AddHours(1));

        Placement plan = SchedulePlanner.Place(Wednesday, [first, second, veteran], restrictiveMeasures: false);

        Assert.Equal(["veteran-late", "regular-early", "regular-late"], plan.Booked.Select(b => b.Entry.AppealId));
        Assert.Equal(new TimeOnly(10, 0), plan.Booked[0].Slot.Start);
    }

    [Fact]
    public void R6_Place_MoreApplicantsThanSlots_LeavesTheRestWaitingInOrder()
    {
        QueueEntry[] four = [.. Enumerable.Range(0, 4).Select(i => new QueueEntry($"a{i}", false, T0.AddMinutes(i)))];

        Placement plan = SchedulePlanner.Place(Wednesday, four, restrictiveMeasures: false);

        Assert.Equal(3, plan.Booked.Count);
        Assert.Equal(["a3"], plan.Waiting.Select(e => e.AppealId));
    }

    [Fact]
    public void Place_TakenSlots_AreSkipped()
    {
        Placement plan = SchedulePlanner.Place(Wednesday, [new QueueEntry("a", false, T0)], false, [Wednesday.Slots[0]]);

        Assert.Equal(new TimeOnly(10, 20), plan.Booked.Single().Slot.Start);
    }

    [Fact]
    public void R17_RestrictiveMeasures_MakeEveryReceptionVideo()
    {
        Placement plan = SchedulePlanner.Place(Wednesday, [new QueueEntry("a", false, T0), new QueueEntry("b", true, T0)], restrictiveMeasures: true);

        Assert.All(plan.Booked, b => Assert.Equal(ReceptionMode.Video, b.Slot.Mode));
    }

    [Fact]
    public void R17_ApplicantsConsent_GivesVideoOnAnInPersonDay()
    {
        Placement plan = SchedulePlanner.Place(Wednesday, [new QueueEntry("a", false, T0, VideoConference: true), new QueueEntry("b", false, T0.AddMinutes(1))], false);

        Assert.Equal([ReceptionMode.Video, ReceptionMode.InPerson], plan.Booked.Select(b => b.Slot.Mode));
    }

    [Fact]
    public void R17_AVideoDay_TakesOnlyApplicantsWhoConsented()
    {
        ReceptionDay videoDay = Day(new DateOnly(2026, 4, 8), ReceptionMode.Video);

        Placement plan = SchedulePlanner.Place(videoDay, [new QueueEntry("no-consent", false, T0), new QueueEntry("consented", false, T0.AddMinutes(1), VideoConference: true)], false);

        // §12: video is offered, not imposed: the one who did not consent waits for an in-person day.
        Assert.Equal(["consented"], plan.Booked.Select(b => b.Entry.AppealId));
        Assert.Equal(["no-consent"], plan.Waiting.Select(w => w.AppealId));
    }

    [Fact]
    public void R17_WithoutConsent_AnAbsenceMovesPastAVideoDayToAnInPersonOne()
    {
        var booked = new List<Booking> { new(new QueueEntry("a", false, T0), Wednesday.Slots[0]) };
        ReceptionDay videoDay = Day(new DateOnly(2026, 4, 10), ReceptionMode.Video);

        Placement plan = SchedulePlanner.MoveForAbsence(booked, Wednesday.Date, [videoDay, NextWednesday], restrictiveMeasures: false);

        Assert.Equal(NextWednesday.Date, Assert.Single(plan.Booked).Slot.Date);
        Assert.Equal(ReceptionMode.InPerson, plan.Booked[0].Slot.Mode);
    }

    [Fact]
    public void R17_UnderRestrictiveMeasures_AVideoDayTakesEveryone()
    {
        ReceptionDay videoDay = Day(new DateOnly(2026, 4, 8), ReceptionMode.Video);

        Placement plan = SchedulePlanner.Place(videoDay, [new QueueEntry("no-consent", false, T0)], restrictiveMeasures: true);

        Assert.Equal(ReceptionMode.Video, Assert.Single(plan.Booked).Slot.Mode);
    }

    [Fact]
    public void R14_Absence_MovesTheDaysApplicantsToTheNextReceptionDayInTheSameOrder()
    {
        Placement original = SchedulePlanner.Place(Wednesday, [
            new QueueEntry("veteran", true, T0.AddHours(2)),
            new QueueEntry("first", false, T0),
            new QueueEntry("second", false, T0.AddHours(1)),
        ], false);

        Placement moved = SchedulePlanner.MoveForAbsence(original.Booked, Wednesday.Date, [Wednesday, NextWednesday], false);

        Assert.Equal(["veteran", "first", "second"], moved.Booked.Select(b => b.Entry.AppealId));
        Assert.All(moved.Booked, b => Assert.Equal(NextWednesday.Date, b.Slot.Date));
        Assert.Empty(moved.Waiting);
    }

    [Fact]
    public void R14_Absence_FullNextDay_SpillsToTheDayAfter()
    {
        ReceptionDay third = Day(new DateOnly(2026, 4, 22));
        Placement original = SchedulePlanner.Place(Wednesday, [new QueueEntry("x", false, T0)], false);
        Placement nextFull = SchedulePlanner.Place(NextWednesday, [.. Enumerable.Range(0, 3).Select(i => new QueueEntry($"n{i}", false, T0))], false);

        Placement moved = SchedulePlanner.MoveForAbsence([.. original.Booked, .. nextFull.Booked], Wednesday.Date, [Wednesday, NextWednesday, third], false);

        Assert.Equal(third.Date, moved.Booked.Single().Slot.Date);
    }

    [Fact]
    public void R12_MonthWithoutReceptionDayForADeputy_IsReported()
    {
        ReceptionDay akimInApril = Day(new DateOnly(2026, 4, 8));
        ReceptionDay deputyInMay = new("deputy-1", new DateOnly(2026, 5, 6), new TimeOnly(10, 0), new TimeOnly(12, 0), TimeSpan.FromMinutes(30), ReceptionMode.InPerson);

        IReadOnlyList<string> gaps = MonthlyCoverage.OfficialsWithoutReceptionDay(2026, 4, ["akim", "deputy-1"], [akimInApril, deputyInMay]);

        Assert.Equal(["deputy-1"], gaps);
    }

    [Fact]
    public void R12_ReportingMeeting_GivesReceptionDaysTheDayBeforeAndAfter()
    {
        (ReceptionDay before, ReceptionDay after) = ReceptionDay.AroundReportingMeeting(
            "akim", new DateOnly(2026, 2, 12), new TimeOnly(10, 0), new TimeOnly(13, 0), TimeSpan.FromMinutes(30), ReceptionMode.InPerson,
            Reception.Domain.Calendar.BuiltInCalendarData.CreateCalendar());

        Assert.Equal((new DateOnly(2026, 2, 11), ReceptionDayKind.BeforeReportingMeeting), (before.Date, before.Kind));
        Assert.Equal((new DateOnly(2026, 2, 13), ReceptionDayKind.AfterReportingMeeting), (after.Date, after.Kind));
        Assert.Equal(6, after.Slots.Count);
    }

    [Theory]
    [InlineData(11, 0, 10, 0, 20)]
    [InlineData(10, 0, 11, 0, 2)]
    [InlineData(10, 0, 10, 30, 40)]
    public void ReceptionDay_ImpossibleHours_AreRejected(int h1, int m1, int h2, int m2, int slotMinutes) =>
        Assert.Throws<ArgumentException>(() => new ReceptionDay("akim", new DateOnly(2026, 4, 8), new TimeOnly(h1, m1), new TimeOnly(h2, m2), TimeSpan.FromMinutes(slotMinutes), ReceptionMode.InPerson));

    [Fact]
    public void R12_ReportingMeetingOnMonday_NeedsReceptionsOnTheFridayBeforeAndTheTuesdayAfter()
    {
        var calendar = Reception.Domain.Calendar.BuiltInCalendarData.CreateCalendar();
        var meeting = new ReportingMeeting("deputy-1", new DateOnly(2026, 12, 7)); // Monday

        IReadOnlyList<MissingReceptionDay> missing = ReportingMeetingCoverage.Missing([meeting], [("deputy-1", new DateOnly(2026, 12, 4))], calendar);

        Assert.Equal([new MissingReceptionDay("deputy-1", meeting.Date, new DateOnly(2026, 12, 8), ReceptionDayKind.AfterReportingMeeting)], missing);
    }

    [Fact]
    public void R12_ReportingMeetingBeforeAHoliday_NeedsTheReceptionOnTheNextWorkingDay()
    {
        // Tue 15 Dec 2026; 16 Dec is Independence Day: the day after is Thu 17 Dec.
        var calendar = Reception.Domain.Calendar.BuiltInCalendarData.CreateCalendar();
        var meeting = new ReportingMeeting("akim", new DateOnly(2026, 12, 15));

        IReadOnlyList<MissingReceptionDay> missing = ReportingMeetingCoverage.Missing(
            [meeting], [("akim", new DateOnly(2026, 12, 14)), ("akim", new DateOnly(2026, 12, 16)), ("deputy-1", new DateOnly(2026, 12, 17))], calendar);

        Assert.Equal([new MissingReceptionDay("akim", meeting.Date, new DateOnly(2026, 12, 17), ReceptionDayKind.AfterReportingMeeting)], missing);
    }
}
