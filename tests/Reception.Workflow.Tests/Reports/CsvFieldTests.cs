using Reception.Workflow.Reports;

namespace Reception.Workflow.Tests.Reports;

public class CsvFieldTests
{
    [Theory]
    [InlineData("akim", "akim")]
    [InlineData("deputy, region \"North\"", "\"deputy, region \"\"North\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+7701", "'+7701")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void Text_HostileOfficialId_OpensAsPlainTextInOneField(string value, string expected) =>
        Assert.Equal(expected, CsvField.Text(value));

    [Fact]
    public void R25_QuarterlyReportCsv_WithHostileOfficialIds_KeepsEveryRowAtThreeFields()
    {
        QuarterlyReport report = QuarterlyReport.From(2026, 2, new Dictionary<string, long>
        {
            ["receptions.=cmd|' /C calc'!A0"] = 1, ["receptions.a,b"] = 2, ["receptions.\"q\""] = 3,
        });

        string[] rows = report.ToCsv().TrimEnd('\n').Split('\n');

        // Three fields a row: a field is either unquoted without commas and quotes, or quoted with doubled quotes.
        Assert.All(rows, row => Assert.Matches("^([^\",]*|\"([^\"]|\"\")*\")(,([^\",]*|\"([^\"]|\"\")*\")){2}$", row));
        Assert.Contains("receptionsPerOfficial,'=cmd|' /C calc'!A0,1", rows);
        Assert.Contains("receptionsPerOfficial,\"a,b\",2", rows);
    }
}
