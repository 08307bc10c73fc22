using Reception.Domain.Appeals;
using Reception.Domain.Applicants;
using Reception.Domain.Schedule;
using Reception.Workflow.Appeals;
using Reception.Workflow.Appeals.Activities;
using Reception.Workflow.Notifications;
using Reception.Workflow.Schedule;
using Reception.Workflow.Tests.Fakes;

namespace Reception.Workflow.Tests.Activities;

/// <summary>Issue 30: the booking message names who receives, where, and what to bring (§9), in the applicant's language.</summary>
public class BookingMessageTests
{
    private static readonly DateOnly Day = new(2026, 4, 8);

    [Fact]
    public void InPerson_NamesTheOfficialThePlaceAndTheIdentityDocument()
    {
        ScheduledDay day = Reception(ReceptionMode.InPerson) with { Place = "г. Конаев, ул. Байтурсынова 1, каб. 301" };

        string ru = Render(Appeal(representative: false), day, Language.Ru);
        string kk = Render(Appeal(representative: false), day, Language.Kk);

        Assert.Contains("Принимает: Аким области. Место: г. Конаев, ул. Байтурсынова 1, каб. 301. При себе иметь: документ, удостоверяющий личность.", ru, StringComparison.Ordinal);
        Assert.Contains("Қабылдайтын: Облыс әкімі.", kk, StringComparison.Ordinal);
        Assert.Contains("жеке басты куәландыратын құжат", kk, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepresentative_IsAskedForTheProofOfAuthorityToo()
    {
        string ru = Render(Appeal(representative: true), Reception(ReceptionMode.InPerson), Language.Ru);

        Assert.Contains("документ, подтверждающий полномочия (Доверенность № 12)", ru, StringComparison.Ordinal);
        Assert.Contains("Место: общественная приемная акимата области.", ru, StringComparison.Ordinal); // a day without a place: the office's own
    }

    [Fact]
    public void AVideoReception_SaysHowTheLinkComes_NotAPlace()
    {
        string ru = Render(Appeal(representative: false), Reception(ReceptionMode.Video) with { Place = "каб. 301" }, Language.Ru);

        Assert.Contains("Место: ссылка для подключения будет направлена до приема.", ru, StringComparison.Ordinal);
        Assert.DoesNotContain("каб. 301", ru, StringComparison.Ordinal);
    }

    private static string Render(AppealRecord appeal, ScheduledDay day, Language language)
    {
        var slot = new BookedSlot(day.OfficialId, day.Date, new TimeOnly(10, 0), day.Mode);
        string suffix = "." + (language == Language.Kk ? "kk" : "ru");
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["number"] = "RCP-2026-000001", ["date"] = "08.04.2026", ["time"] = "10:00", ["mode"] = "очно" };
        foreach ((string key, string value) in BookingMessage.Values(appeal, day, slot).Where(v => v.Key.EndsWith(suffix, StringComparison.Ordinal)))
        {
            values[key[..^suffix.Length]] = value;
        }

        return NotificationTemplates.Render(NotificationKind.Scheduled, language, values);
    }

    private static ScheduledDay Reception(ReceptionMode mode) =>
        new("akim", new OfficialName("Облыс әкімі", "Аким области"), Day, new TimeOnly(10, 0), new TimeOnly(12, 0), 20, mode);

    private static AppealRecord Appeal(bool representative)
    {
        AppealRecord appeal = TestAppeals.Received("0123456789abcdef0123456789abcdef", DateTimeOffset.UnixEpoch);
        return representative
            ? appeal with
            {
                Submission = appeal.Submission with
                {
                    Applicant = appeal.Submission.Applicant with
                    {
                        Type = ApplicantType.LegalEntityRepresentative,
                        LegalEntity = new LegalEntity("940140000385", "ТОО Береке", "Доверенность № 12"),
                    },
                },
            }
            : appeal;
    }
}
