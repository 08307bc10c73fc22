using Reception.Domain.Appeals;

namespace Reception.Domain.Tests.Appeals;

public class SubstanceTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("-")]
    [InlineData("...")]
    [InlineData("?!")]
    [InlineData("1 2 3")]
    [InlineData("а б в")]
    public void R2_NoWordsMeansNoSubstance(string? subject) =>
        Assert.False(Substance.IsStated(subject));

    [Theory]
    [InlineData("Ремонт дороги")]
    [InlineData("Жол жөндеу")]
    [InlineData("ok")]
    public void R2_AWordStatesSubstance(string subject) =>
        Assert.True(Substance.IsStated(subject));
}
