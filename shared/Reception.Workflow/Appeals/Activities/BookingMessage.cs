using Reception.Domain.Applicants;
using Reception.Domain.Schedule;
using Reception.Workflow.Schedule;

namespace Reception.Workflow.Appeals.Activities;

/// <summary>
/// What a booking message names besides the date, time and mode: who receives (the official's
/// name from the reception day), where (the day's place, or for a video reception how the link
/// comes), and what to bring (§9: an identity document; a representative also the proof of
/// authority). Values per language, for <see cref="StepRecorder"/>'s templates.
/// </summary>
internal static class BookingMessage
{
    private const string OfficeKk = "облыс әкімдігінің қоғамдық қабылдау бөлмесі";
    private const string OfficeRu = "общественная приемная акимата области";

    public static IReadOnlyDictionary<string, string> Values(AppealRecord appeal, ScheduledDay day, BookedSlot slot)
    {
        bool video = slot.Mode == ReceptionMode.Video;
        Applicant applicant = appeal.Submission.Applicant;
        string? authority = applicant.LegalEntity?.AuthorityDocument ?? applicant.Represents?.AuthorityDocument;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["official.kk"] = day.Name.Kk,
            ["official.ru"] = day.Name.Ru,
            ["place.kk"] = video ? "қосылу сілтемесі қабылдауға дейін жіберіледі" : day.Place ?? OfficeKk,
            ["place.ru"] = video ? "ссылка для подключения будет направлена до приема" : day.Place ?? OfficeRu,
            ["bring.kk"] = authority is null
                ? "жеке басты куәландыратын құжат"
                : $"жеке басты куәландыратын құжат және өкілеттікті растайтын құжат ({authority})",
            ["bring.ru"] = authority is null
                ? "документ, удостоверяющий личность"
                : $"документ, удостоверяющий личность, и документ, подтверждающий полномочия ({authority})",
        };
    }
}
