using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Reports;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Reports;

public class ReportCountingTests
{
    private static readonly AppealRecord Appeal = TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch);

    [Fact]
    public void R25_Receipt_CountsChannelRegistrationAndOutOfTurn()
    {
        AppealRecord veteran = Appeal with { Submission = Appeal.Submission with { Applicant = Appeal.Submission.Applicant with { Categories = [Domain.Applicants.OutOfTurnCategory.WwiiVeteran] } } };

        Dictionary<string, long> counted = ReportCounting.ForReceipt(veteran, registered: true);

        Assert.Equal(1, counted["received.callCenter"]);
        Assert.Equal(1, counted["registered"]);
        Assert.Equal(1, counted["outOfTurn"]);
    }

    [Fact]
    public void R25_DeadlineMissed_CountsByRule()
    {
        var step = new AppealStep(Appeal.AppealId, "0005-deadlineMissed", "deadlineMissed", "R8", "x");

        Assert.Equal(1, ReportCounting.ForStep(step, Appeal)["deadline.missed.R8"]);
    }

    [Fact]
    public void R25_ScheduledAfterAMissedR8_IsNotCountedAsMet()
    {
        AppealRecord late = Appeal with { History = [.. Appeal.History, new HistoryStep(DateTimeOffset.UnixEpoch, "deadlineMissed", "R8", "x")] };
        var step = new AppealStep(Appeal.AppealId, "0009-scheduled", "scheduled", "R8", "x", AppealStatus.Scheduled);

        Assert.False(ReportCounting.ForStep(step, late).ContainsKey("deadline.met.R8"));
        Assert.Equal(1, ReportCounting.ForStep(step, Appeal)["deadline.met.R8"]);
    }

    [Fact]
    public void QuarterlyReport_FromCounters_ComputesSharesOpenInstructionsAndAverageScore()
    {
        QuarterlyReport report = QuarterlyReport.From(2026, 2, new Dictionary<string, long>
        {
            ["received.egov"] = 6, ["received.callCenter"] = 4, ["registered"] = 8, ["outOfTurn"] = 2,
            ["outcome.closed"] = 5, ["deadline.met.R8"] = 7, ["deadline.missed.R8"] = 1,
            ["instructions.opened"] = 10, ["instructions.closed"] = 7, ["instructions.overdue"] = 2,
            ["receptions.akim"] = 3, ["satisfaction.count"] = 4, ["satisfaction.sum"] = 17,
        });

        Assert.Equal(0.25, report.OutOfTurnShare);
        Assert.Equal(new InstructionFigures(10, 7, 3, 2), report.Instructions);
        Assert.Equal(4.25, report.Satisfaction.AverageScore);
        Assert.Equal(new DeadlineFigures(7, 1), report.Deadlines["R8"]);
        Assert.Contains("appealsByChannel,egov,6", report.ToCsv(), StringComparison.Ordinal);
        Assert.Contains("<svg", QuarterlyReportPage.Render(report), StringComparison.Ordinal);
    }
}
