using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;
using Reception.Api.Appeals;
using Reception.Api.Appeals.Requests;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Events;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Http;

public class StaffValidationTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);
    private static readonly WorkingCalendar Calendar = BuiltInCalendarData.CreateCalendar();

    private static AppealRecord FromReception(params string[] excluded) =>
        TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch) with
        {
            Progress = new AppealProgress { FromPersonalReception = true, ExcludedExecutors = excluded },
        };

    [Theory]
    [InlineData("2026-04-02", true)]   // memo due 26 March: in time
    [InlineData("2026-03-31", false)]  // memo due 19 March (Nauryz days off 21-25 do not count): already past
    public void R5_Proposal_MustLeaveFiveWorkingDaysForTheMemo(string date, bool valid)
    {
        StaffValidation.Result result = StaffValidation.Review(
            new ReviewRequest("propose", "akim", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, null), Today, Calendar, DeadlinePolicy.Seed);

        Assert.Equal(valid, result.Errors.IsEmpty);
    }

    [Fact]
    public void R22_AppealFromReception_CannotBeAssignedToTheEarlierExecutor()
    {
        var body = new ReceptionRequest("held", true, [new InstructionRequest("Проверить", "иванов", Today.AddDays(5))], []);

        StaffValidation.Result result = StaffValidation.Reception(body, FromReception("Иванов"), Today);

        Assert.Contains("instructions[0].assignee", result.Errors.Fields);
        Assert.Contains("R22", result.Errors.ToDictionary()["instructions[0].assignee"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void R22_AnswerByTheEarlierExecutor_IsRejected() =>
        Assert.Contains("executor", StaffValidation.Answer(new InstructionAnswerRequest("Иванов", "Сделано", true), FromReception("Иванов")).Fields);

    [Fact]
    public void R22_AnotherExecutor_IsAccepted() =>
        Assert.True(StaffValidation.Answer(new InstructionAnswerRequest("Петров", "Сделано", true), FromReception("Иванов")).IsEmpty);

    [Fact]
    public void R15_HeldWithoutIdentityCheck_IsRejected() =>
        Assert.Contains("identityVerified", StaffValidation.Reception(new ReceptionRequest("held", false, [], []), FromReception(), Today).Errors.Fields);

    [Fact]
    public void R19_InstructionWithoutDeadline_IsRejected() =>
        Assert.Contains("instructions[0].dueDate", StaffValidation.Reception(new ReceptionRequest("held", true, [new InstructionRequest("x", "y", null)], []), FromReception(), Today).Errors.Fields);

    [Fact]
    public void Reception_HeldWithInstructions_GivesTheEventAndUnderControl()
    {
        StaffValidation.Result result = StaffValidation.Reception(
            new ReceptionRequest("held", true, [new InstructionRequest("Проверить", "Петров", Today.AddDays(5))], [new HandedInRequest("Освещение")]), FromReception("Иванов"), Today);

        var reception = Assert.IsType<ReceptionEvent>(result.Event);
        Assert.Equal(Domain.Appeals.AppealStatus.UnderControl, result.ExpectedStatus);
        Assert.Single(reception.Instructions);
        Assert.Empty(reception.HandedInAppeals); // the words go to the personal data store first; the event carries their references
        Assert.Equal(["Освещение"], result.HandedInSubjects);
    }

    private static AppealRecord BookedWith(string officialId) =>
        TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch) with
        {
            Progress = new AppealProgress { Slot = new BookedSlot(officialId, Today.AddDays(5), new TimeOnly(10, 0), Domain.Schedule.ReceptionMode.InPerson) },
        };

    [Fact]
    public void R24_AttendanceAtTheAkimsReception_IsRecordedInTheEvent()
    {
        StaffValidation.Result result = StaffValidation.Reception(
            new ReceptionRequest("held", true, [], [], ["prosecutor", "courtsAdministration"]), BookedWith("akim"), Today);

        Assert.True(result.Errors.IsEmpty);
        Assert.Equal(["prosecutor", "courtsAdministration"], ((ReceptionEvent)result.Event!).Attendance);
    }

    [Theory]
    [InlineData("deputy-1", "prosecutor", "attendance")]
    [InlineData("akim", "mayor", "attendance[0]")]
    public void R24_AttendanceOutsideTheAkimsReceptionOrOfAnUnknownBody_IsRefused(string official, string participant, string field) =>
        Assert.Contains(field, StaffValidation.Reception(new ReceptionRequest("held", true, [], [], [participant]), BookedWith(official), Today).Errors.Fields);

    [Fact]
    public void R24_ABodyNamedTwice_IsRefused() =>
        Assert.Contains("attendance[1]", StaffValidation.Reception(new ReceptionRequest("held", true, [], [], ["prosecutor", "prosecutor"]), BookedWith("akim"), Today).Errors.Fields);

    [Fact]
    public void R16_InterpreterWithoutNameOrLanguage_IsRefused()
    {
        Assert.Equal(["language", "name"], StaffValidation.Interpreter(new InterpreterRequest(" ", null)).Errors.Fields.Order());
        Assert.True(StaffValidation.Interpreter(new InterpreterRequest("Айгерим Садыкова", "English")).Errors.IsEmpty);
    }
}
