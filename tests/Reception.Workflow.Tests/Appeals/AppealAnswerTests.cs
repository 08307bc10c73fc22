using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Notifications;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Appeals;

public class AppealAnswerTests
{
    [Fact]
    public void Section33_ALongAnswer_IsCutInTheMessage_AndWholeOnThePage()
    {
        string longAnswer = new('ж', 4000);
        AppealRecord appeal = Appeal() with
        {
            Progress = new AppealProgress
            {
                Instructions = [.. Enumerable.Range(1, 4).Select(n => new Instruction(n, "Поручение", "Отдел", new DateOnly(2026, 5, 1))
                {
                    Answers = [new InstructionAnswer("Отдел", longAnswer, Final: true, DateTimeOffset.UnixEpoch)],
                })],
            },
        };

        string message = AppealAnswer.TextOf(appeal, Language.Ru);

        Assert.True(message.Length < AppealAnswer.MaxMessageLength + 60, $"{message.Length} characters");
        Assert.EndsWith("(полный ответ — на странице обращения).", message, StringComparison.Ordinal);
        Assert.All(AppealAnswer.Of(appeal), a => Assert.Equal(longAnswer, a.Text)); // the page keeps every word
    }

    [Fact]
    public void DurableMessagesCarryNotificationKindsAsNumbers_SoTheNumbersNeverChange()
    {
        // An activity input queued before a deploy is read after it: these numbers are stored.
        Assert.Equal(
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
            new[]
            {
                NotificationKind.LeftWithoutConsideration, NotificationKind.Refused, NotificationKind.Extended, NotificationKind.CentralBodyRequested,
                NotificationKind.Scheduled, NotificationKind.Rescheduled, NotificationKind.FinalAnswer, NotificationKind.NoShow,
                NotificationKind.Escalation, NotificationKind.CentralBodyRefusalReport, NotificationKind.QuarterlyReport, NotificationKind.ScheduleGap,
                NotificationKind.Invitation, NotificationKind.MaterialsRequested, NotificationKind.ReceptionAnswered, NotificationKind.ConsultationGiven,
            }.Select(k => (int)k));
    }

    private static AppealRecord Appeal() => TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch);
}
