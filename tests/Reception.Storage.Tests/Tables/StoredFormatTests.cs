using Azure.Data.Tables;
using Reception.Domain.Appeals;
using Reception.Domain.Schedule;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;

namespace Reception.Storage.Tests.Tables;

/// <summary>Rows written by an earlier release stay readable: the stored format has its own JSON settings (<see cref="StoredJson"/>).</summary>
public class StoredFormatTests
{
    // An appeal row exactly as the release of 24 November 2026 wrote it (before awaitingStep existed).
    private static TableEntity RowOfTheFirstFormat() => new("a1b2", "a1b2")
    {
        ["TrackingCode"] = "MN4JEUR8VD7G",
        ["Channel"] = "callCenter",
        ["Status"] = "scheduled",
        ["ReceivedAt"] = new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero),
        ["RegistrationNumber"] = "RCP-2026-000001",
        ["RegisteredOn"] = "2026-11-24",
        ["Deadlines"] = """{"registrationDue":"2026-11-27","answerDue":"2026-12-09"}""",
        ["Submission"] = """{"externalId":"CC-1","applicant":{"type":"individual","iin":"900101400122","lastName":"Ахметова","firstName":"Айгерим","middleName":"Серіккызы","phone":"+77011234567","email":null,"citizenship":"KZ","categories":["disability"],"legalEntity":null,"isForeignOrStateless":false,"isOutOfTurn":true},"subject":"Ремонт дороги","requestedOfficial":"akim","language":"kk","videoConference":false,"needsInterpreter":false}""",
        ["Progress"] = """{"extended":false,"awaiting":"reception","proposal":{"officialId":"akim","proposedDate":"2026-12-24"},"slot":{"officialId":"akim","date":"2026-12-24","time":"10:20:00","mode":"inPerson"},"instructions":[],"notifications":[{"id":"a1b2-0007-scheduled","kind":"scheduled","language":"kk","at":"2026-11-24T06:00:00+00:00"}],"fromPersonalReception":false,"parentAppealId":null,"excludedExecutors":[],"reason":null,"earlierAppeal":null}""",
        ["HistoryParts"] = 1,
        ["History0"] = """[{"key":"0000-received","step":{"at":"2026-11-24T05:00:00+00:00","step":"received","rule":"R1","detail":"Received through callCenter."}},{"key":"0001-registered","step":{"at":"2026-11-24T05:00:01+00:00","step":"registered","rule":"R4","detail":"Registered as RCP-2026-000001."}}]""",
    };

    [Fact]
    public void ToRecord_RowOfTheFirstFormat_ReadsEveryField()
    {
        (AppealRecord appeal, _) = AppealEntityMapper.ToRecord(RowOfTheFirstFormat(), personal: null);

        Assert.Equal(AppealStatus.Scheduled, appeal.Status);
        Assert.Equal(new BookedSlot("akim", new DateOnly(2026, 12, 24), new TimeOnly(10, 20), ReceptionMode.InPerson), appeal.Progress.Slot);
        Assert.Equal("reception", appeal.Progress.Awaiting);
        Assert.Null(appeal.Progress.AwaitingStep);
        Assert.True(appeal.Submission.Applicant.IsOutOfTurn);
        Assert.Equal(Language.Kk, appeal.Submission.Language);
        Assert.Equal(new DateOnly(2026, 12, 9), appeal.Deadlines!.AnswerDue);
        Assert.Equal(["received", "registered"], appeal.History.Select(h => h.Step));
        Assert.Equal("scheduled", Assert.Single(appeal.Progress.Notifications).Kind);
    }

    [Fact]
    public void ToEntity_ThenToRecord_GivesTheSameAppeal()
    {
        (AppealRecord first, List<KeyedStep> history) = AppealEntityMapper.ToRecord(RowOfTheFirstFormat(), personal: null);

        Azure.Data.Tables.TableEntity row = AppealEntityMapper.ToEntity(first, history);
        (AppealRecord again, _) = AppealEntityMapper.ToRecord(row, new Reception.Workflow.Privacy.PersonalData(first.Submission.Applicant, first.Submission.Subject));

        // The row itself holds neither the applicant nor the question: they live in the personal data store.
        Assert.DoesNotContain(first.Submission.Applicant.LastName, row.GetString("Submission"), StringComparison.Ordinal);
        Assert.DoesNotContain(first.Submission.Subject, row.GetString("Submission"), StringComparison.Ordinal);

        Assert.Equal(first.Progress.Slot, again.Progress.Slot);
        Assert.Equal(first.Submission, again.Submission with { Applicant = again.Submission.Applicant with { Categories = first.Submission.Applicant.Categories } });
        Assert.Equal(first.History, again.History);
    }
}
