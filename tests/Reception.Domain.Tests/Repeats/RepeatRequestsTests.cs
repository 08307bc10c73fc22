using Reception.Domain.Repeats;

namespace Reception.Domain.Tests.Repeats;

public class RepeatRequestsTests
{
    private const string Applicant = "key-of-900101400122";
    private const string Subject = "Ремонт дороги на улице Абая";

    private static EarlierAppeal Earlier(string subject, EarlierOutcome outcome = EarlierOutcome.Received, string applicant = Applicant) =>
        new("earlier1", "RCP-2026-000007", applicant, subject, outcome);

    [Theory]
    [InlineData("РЕМОНТ ДОРОГИ НА УЛИЦЕ АБАЯ!!!")] // case and punctuation
    [InlineData("  Ремонт   дороги, на улице Абая. ")] // whitespace
    [InlineData("Ремонт дорогм на улице Абая")] // a typo: 0.90 similar
    public void R3_SameQuestionAfterReception_IsARepeatNamingTheEarlierAppeal(string subject)
    {
        RepeatFinding? finding = RepeatRequests.Find(Applicant, subject, [Earlier(Subject)]);

        Assert.NotNull(finding);
        Assert.Contains("RCP-2026-000007", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R3_KazakhLettersTypedWithoutKazakhKeyboard_AreTheSameQuestion() =>
        Assert.NotNull(RepeatRequests.Find(Applicant, "жол жондеу абай кошеси", [Earlier("Жол жөндеу, Абай көшесі")]));

    [Fact]
    public void R3_AlreadyAnswered_IsARepeatToo()
    {
        RepeatFinding? finding = RepeatRequests.Find(Applicant, Subject, [Earlier(Subject, EarlierOutcome.Answered)]);

        Assert.Contains("answer", finding!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ремонт дороги на улице Сатпаева")] // another street: 0.74
    [InlineData("Ремонт крыши на улице Абая")] // another object: 0.77
    [InlineData("Ремонт дороги на улице Абая в Конаеве")] // refined with a place: 0.82, just below the threshold
    public void R3_NearMissBelowThreshold_IsNotARepeat(string subject)
    {
        Assert.True(SubjectSimilarity.Of(Subject, subject) < SubjectSimilarity.Threshold);
        Assert.Null(RepeatRequests.Find(Applicant, subject, [Earlier(Subject)]));
    }

    [Fact]
    public void R3_TypoNearMissAboveThreshold_IsARepeat() =>
        Assert.True(SubjectSimilarity.Of(Subject, "Ремонт дорогм на улице Абая") >= SubjectSimilarity.Threshold);

    [Fact]
    public void R3_AnotherApplicantSameQuestion_IsNotARepeat() =>
        Assert.Null(RepeatRequests.Find(Applicant, Subject, [Earlier(Subject, applicant: "another")]));

    [Fact]
    public void R3_EarlierStillPending_IsNotARepeat() =>
        Assert.Null(RepeatRequests.Find(Applicant, Subject, [Earlier(Subject, EarlierOutcome.Pending)]));

    [Fact]
    public void Normalize_FoldsKazakhAndRussianConsistently() =>
        Assert.Equal("оте кажет иа каиырлы тан жилье", SubjectText.Normalize("Өте қажет! Иә, қайырлы таң — жильё"));

    [Fact]
    public void Normalize_MapsEveryKazakhLetter() =>
        Assert.Equal("агкноуухи", SubjectText.Normalize("ӘҒҚҢӨҰҮҺІ"));
}
