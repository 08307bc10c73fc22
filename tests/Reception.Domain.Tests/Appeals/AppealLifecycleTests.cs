using Reception.Domain.Appeals;

namespace Reception.Domain.Tests.Appeals;

public class AppealLifecycleTests
{
    [Theory]
    [InlineData(AppealStatus.Received, StepName.Registered, Rule.R4, AppealStatus.Registered)]
    [InlineData(AppealStatus.UnderReview, StepName.Proposed, Rule.R5, AppealStatus.AwaitingDecision)]
    [InlineData(AppealStatus.UnderReview, StepName.Extended, Rule.R9, AppealStatus.UnderReview)]
    [InlineData(AppealStatus.AwaitingDecision, StepName.Scheduled, Rule.R8, AppealStatus.Scheduled)]
    [InlineData(AppealStatus.Scheduled, StepName.Rescheduled, Rule.R14, AppealStatus.Scheduled)]
    [InlineData(AppealStatus.UnderControl, StepName.DeadlineMissed, Rule.R20, AppealStatus.UnderControl)]
    public void Check_AStepTheStatusAllows_IsTheLifecyclesTransition(AppealStatus from, string step, string rule, AppealStatus to) =>
        Assert.Equal(step, AppealLifecycle.Check(from, step, rule, to).Step);

    [Theory]
    [InlineData(AppealStatus.UnderReview, StepName.ReceptionHeld, Rule.R19, AppealStatus.ReceptionHeld)] // no reception before a slot
    [InlineData(AppealStatus.Closed, StepName.Scheduled, Rule.R8, AppealStatus.Scheduled)]               // a closed appeal stays closed
    [InlineData(AppealStatus.AwaitingDecision, StepName.Refused, Rule.R3, AppealStatus.Refused)]         // the head's refusal is R8's, not R3's
    [InlineData(AppealStatus.UnderReview, StepName.Proposed, Rule.R5, AppealStatus.Scheduled)]           // a proposal awaits the decision
    [InlineData(AppealStatus.Refused, StepName.DeadlineMissed, Rule.R8, AppealStatus.Refused)]           // no deadline runs for an ended appeal
    public void Check_AStepTheStatusDoesNotAllow_Throws(AppealStatus from, string step, string rule, AppealStatus to) =>
        Assert.Throws<InvalidOperationException>(() => AppealLifecycle.Check(from, step, rule, to));

    [Fact]
    public void Transitions_FromAnEndedAppeal_AreOnlyTheSurveysOfR23_AndTheErasureOfPersonalData()
    {
        IEnumerable<Transition> fromFinal = AppealLifecycle.Transitions.Where(t => t.From.Any(AppealLifecycle.Final.Contains));

        Assert.All(fromFinal, t => Assert.True(t.Rule == Rule.R23 || (t.Step == StepName.PersonalDataErased && t.To is null), t.ToString()));
        Assert.Contains(fromFinal, t => t.Step == StepName.PersonalDataErased); // only an ended appeal is erased
        Assert.DoesNotContain(AppealLifecycle.Transitions, t => t.Step == StepName.PersonalDataErased && t.From.Any(AppealLifecycle.Open.Contains));
    }

    [Fact]
    public void Statuses_AreEachOpenOrFinal_AndEveryOneIsReachable()
    {
        Assert.Equal(Enum.GetValues<AppealStatus>().Order(), AppealLifecycle.Open.Concat(AppealLifecycle.Final).Order());
        IEnumerable<AppealStatus> reached = AppealLifecycle.Transitions.Select(t => t.To).OfType<AppealStatus>().Append(AppealStatus.Received);
        Assert.All(Enum.GetValues<AppealStatus>(), s => Assert.Contains(s, reached));
    }
}
