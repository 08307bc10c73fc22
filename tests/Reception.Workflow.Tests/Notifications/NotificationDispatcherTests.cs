using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Reception.Workflow.Notifications;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Notifications;

public class NotificationDispatcherTests
{
    private const string AppealId = "0123456789abcdef0123456789abcdef";
    private readonly InMemoryAppealStore appeals = new();
    private readonly Mock<ISentNotifications> sent = new();
    private readonly Mock<INotificationChannel> sms = ChannelNamed("sms");
    private readonly Mock<INotificationChannel> email = ChannelNamed("email");
    private readonly Mock<INotificationChannel> egov = ChannelNamed("egov");

    [Fact]
    public async Task DispatchAsync_AlreadySent_SendsNothingAgain()
    {
        sent.Setup(s => s.WasSentAsync("n1", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Dispatcher().DispatchAsync(Message(Audience.Applicant), CancellationToken.None);

        sms.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Never);
        sent.Verify(s => s.MarkSentAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task R18_ToTheApplicant_ThroughEveryChannelThatReachesThemInTheirLanguage_ThenMarkedSent()
    {
        await appeals.CreateIfAbsentAsync(TestAppeals.Received(AppealId, DateTimeOffset.UnixEpoch) with { Channel = Domain.Appeals.Channel.Egov }, CancellationToken.None);

        await Dispatcher().DispatchAsync(Message(Audience.Applicant), CancellationToken.None);

        egov.Verify(c => c.SendAsync(It.Is<Delivery>(d => d.Address == "CC-1" && d.Language == "kk"), It.IsAny<CancellationToken>()), Times.Once);
        sms.Verify(c => c.SendAsync(It.Is<Delivery>(d => d.Address == "+77011234567" && d.Id == "n1"), It.IsAny<CancellationToken>()), Times.Once);
        email.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Never); // no address given
        sent.Verify(s => s.MarkSentAsync("n1", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Escalation_GoesToTheDepartmentHeadByEmail()
    {
        await Dispatcher().DispatchAsync(Message(Audience.DepartmentHead), CancellationToken.None);

        email.Verify(c => c.SendAsync(It.Is<Delivery>(d => d.Address == "head@akimat.kz"), It.IsAny<CancellationToken>()), Times.Once);
        sms.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_ChannelFails_IsNotMarkedSentSoTheQueueRetriesIt()
    {
        await appeals.CreateIfAbsentAsync(TestAppeals.Received(AppealId, DateTimeOffset.UnixEpoch), CancellationToken.None);
        sms.Setup(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("gateway down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => Dispatcher().DispatchAsync(Message(Audience.Applicant), CancellationToken.None));

        sent.Verify(s => s.MarkSentAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_ALaterChannelFails_TheRetrySendsOnlyThroughTheChannelsNotYetDelivered()
    {
        await appeals.CreateIfAbsentAsync(TestAppeals.Received(AppealId, DateTimeOffset.UnixEpoch) with { Channel = Domain.Appeals.Channel.Egov }, CancellationToken.None);
        var ledger = new InMemorySentNotifications();
        sms.SetupSequence(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("gateway down"))
            .Returns(Task.CompletedTask);

        await Assert.ThrowsAsync<HttpRequestException>(() => Dispatcher(ledger).DispatchAsync(Message(Audience.Applicant), CancellationToken.None));
        await Dispatcher(ledger).DispatchAsync(Message(Audience.Applicant), CancellationToken.None); // the queue's redelivery
        await Dispatcher(ledger).DispatchAsync(Message(Audience.Applicant), CancellationToken.None); // and one more: nothing left to send

        egov.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Once); // delivered before the failure
        sms.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Exactly(2)); // failed, then delivered
    }

    [Fact]
    public async Task R25_TheReportIsAttachedToTheEmail_NotLinkedByAPathInTheServicesStorage()
    {
        var documents = new Mock<IDocumentReader>();
        documents.Setup(d => d.ReadAsync("reports/2026-Q1/report.html", It.IsAny<CancellationToken>())).ReturnsAsync("<h1>Отчет</h1>");
        var report = new OutgoingNotification("r25-2026-Q1", string.Empty, NotificationKind.QuarterlyReport, "ru", Audience.DepartmentHead, "Итоги")
        {
            Attachment = new NotificationAttachment("reports/2026-Q1/report.html", "reception-report-2026-Q1.html", "text/html"),
        };

        await Dispatcher(documents: documents.Object).DispatchAsync(report, CancellationToken.None);

        string base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("<h1>Отчет</h1>"));
        email.Verify(c => c.SendAsync(It.Is<Delivery>(d => d.Attachments.Count == 1 && d.Attachments[0].FileName == "reception-report-2026-Q1.html"
            && d.Attachments[0].ContentType == "text/html" && d.Attachments[0].ContentBase64 == base64), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task R25_AReportNotStoredYet_IsNotSentWithoutIt_AndTheMessageIsRetried()
    {
        var documents = new Mock<IDocumentReader>();
        var report = new OutgoingNotification("r25-2026-Q1", string.Empty, NotificationKind.QuarterlyReport, "ru", Audience.DepartmentHead, "Итоги")
        {
            Attachment = new NotificationAttachment("reports/2026-Q1/report.html", "r.html", "text/html"),
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher(documents: documents.Object).DispatchAsync(report, CancellationToken.None));

        email.Verify(c => c.SendAsync(It.IsAny<Delivery>(), It.IsAny<CancellationToken>()), Times.Never);
        sent.Verify(s => s.MarkSentAsync(It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static OutgoingNotification Message(string audience) =>
        new("n1", AppealId, NotificationKind.Scheduled, "kk", audience, "Жеке қабылдау");

    private NotificationDispatcher Dispatcher(ISentNotifications? ledger = null, IDocumentReader? documents = null) => new(
        appeals,
        ledger ?? sent.Object,
        [sms.Object, email.Object, egov.Object],
        Options.Create(new NotificationOptions { DepartmentHeadEmail = "head@akimat.kz" }),
        TimeProvider.System,
        NullLogger<NotificationDispatcher>.Instance,
        documents);

    private static Mock<INotificationChannel> ChannelNamed(string name)
    {
        var channel = new Mock<INotificationChannel>();
        channel.Setup(c => c.Name).Returns(name);
        return channel;
    }
}
