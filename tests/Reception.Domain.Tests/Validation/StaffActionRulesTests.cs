using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Domain.Validation;

namespace Reception.Domain.Tests.Validation;

public class StaffActionRulesTests
{
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();
    private static readonly DateOnly Today = new(2026, 12, 1); // a Tuesday

    [Fact]
    public void R5_ProposalFewerThanFiveWorkingDaysAhead_IsTooLateForTheMemo()
    {
        Assert.NotNull(StaffActionRules.MemoInTime(new DateOnly(2026, 12, 4), Today, Calendar, DeadlinePolicy.Seed));
        Assert.Null(StaffActionRules.MemoInTime(new DateOnly(2026, 12, 24), Today, Calendar, DeadlinePolicy.Seed));
    }

    [Fact]
    public void R15_ReceptionWithoutIdentityChecked_IsRefusedWithWhatARepresentativeMustShow()
    {
        Assert.Contains("proof of authority", StaffActionRules.IdentityVerified(false, representative: true));
        Assert.Contains("identity document", StaffActionRules.IdentityVerified(null, representative: false));
        Assert.Null(StaffActionRules.IdentityVerified(true, representative: true));
    }

    [Fact]
    public void R19_InstructionWithoutADeadlineOrWithAPastOne_IsRefused()
    {
        Assert.NotNull(StaffActionRules.InstructionDeadline(null, Today));
        Assert.NotNull(StaffActionRules.InstructionDeadline(Today.AddDays(-1), Today));
        Assert.Null(StaffActionRules.InstructionDeadline(Today, Today));
    }

    [Fact]
    public void R22_TheWorkerOfTheEarlierAppeal_IsRefusedWhateverTheCaseAndSpaces()
    {
        Assert.NotNull(StaffActionRules.NotAnEarlierExecutor(" иванов ", ["Иванов"]));
        Assert.Null(StaffActionRules.NotAnEarlierExecutor("Петров", ["Иванов"]));
    }
}
