using Reception.Domain.Applicants;

namespace Reception.Domain.Tests.Applicants;

public class TaxpayerNumberTests
{
    [Theory]
    [InlineData("900101400122")]
    [InlineData("061211600012")] // needs the second pass of weights
    public void Iin_ValidExamplesOfRules_AreAccepted(string iin) =>
        Assert.Null(Iin.Problem(iin));

    [Fact]
    public void Iin_SecondPassExample_FirstPassGivesTen()
    {
        // 0·1+6·2+1·3+2·4+1·5+1·6+6·7+0·8+0·9+0·10+1·11 = 87, 87 mod 11 = 10: the second pass decides.
        Assert.Equal(2, TaxpayerNumber.ComputeCheckDigit("06121160001"));
    }

    [Theory]
    [InlineData("900101400123", "check digit")]
    [InlineData("90010140012", "12 digits")]
    [InlineData("9001014001222", "12 digits")]
    [InlineData("90010140012a", "12 digits")]
    [InlineData("901301400122", "date of birth")]
    [InlineData("900101700122", "century")]
    public void Iin_Invalid_IsRejectedWithReason(string iin, string reason) =>
        Assert.Contains(reason, Iin.Problem(iin), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Iin_WhenBothPassesGiveTen_IsInvalid()
    {
        string? eleven = Enumerable.Range(0, 100_000)
            .Select(n => "9001014" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault(s => s.Length == 11 && TaxpayerNumber.ComputeCheckDigit(s) is null);
        Assert.NotNull(eleven);
        for (int digit = 0; digit <= 9; digit++)
        {
            Assert.False(TaxpayerNumber.HasValidCheckDigit(eleven + digit));
        }
    }

    [Fact]
    public void Bin_ValidExampleOfRules_IsAccepted() =>
        Assert.Null(Bin.Problem("940140000385"));

    [Theory]
    [InlineData("940140000386", "check digit")]
    [InlineData("941340000385", "month")]
    [InlineData("940170000385", "entity type")]
    [InlineData("94014000038", "12 digits")]
    public void Bin_Invalid_IsRejectedWithReason(string bin, string reason) =>
        Assert.Contains(reason, Bin.Problem(bin), StringComparison.OrdinalIgnoreCase);
}
