using System.Text.RegularExpressions;
using Reception.Domain.Appeals;

namespace Reception.Workflow.Notifications;

/// <summary>
/// The texts of every message, in Kazakh and Russian (R18: every message to the applicant is in
/// the applicant's language). Placeholders in braces are filled from the appeal.
/// </summary>
public static partial class NotificationTemplates
{
    private static readonly Dictionary<(NotificationKind, Language), string> Texts = new()
    {
        [(NotificationKind.LeftWithoutConsideration, Language.Kk)] = "Сіздің өтінішіңіз қаралмай қалдырылды: сұрақтың мәні көрсетілмеген (Регламенттің 5-тармағы).",
        [(NotificationKind.LeftWithoutConsideration, Language.Ru)] = "Ваше обращение оставлено без рассмотрения: не указана суть вопроса (пункт 5 Регламента).",
        [(NotificationKind.Refused, Language.Kk)] = "№{number} өтініш бойынша жеке қабылдауға жазудан бас тартылды. Себебі: {reason}",
        [(NotificationKind.Refused, Language.Ru)] = "В записи на личный прием по обращению № {number} отказано. Причина: {reason}",
        [(NotificationKind.ConsultationGiven, Language.Kk)] = "№{number} өтініш бойынша сізге кеңес берілді ({reason}). Сіз жеке қабылдаудан бас тарттыңыз; қажет болса, қайта жүгіне аласыз.",
        [(NotificationKind.ConsultationGiven, Language.Ru)] = "По обращению № {number} вам дана консультация ({reason}). Вы отказались от личного приема; при необходимости вы можете обратиться снова.",
        [(NotificationKind.Extended, Language.Kk)] = "№{number} өтінішті қарау мерзімі {due} дейін ұзартылды. Себебі: {reason}",
        [(NotificationKind.Extended, Language.Ru)] = "Срок рассмотрения обращения № {number} продлен до {due}. Причина: {reason}",
        [(NotificationKind.CentralBodyRequested, Language.Kk)] = "№{number} өтініш бойынша {body} бейнеконференция арқылы қатысуға сұрау жіберілді; қарау мерзімі {due} дейін ұзартылды.",
        [(NotificationKind.CentralBodyRequested, Language.Ru)] = "По обращению № {number} направлен запрос об участии {body} посредством видеоконференцсвязи; срок рассмотрения продлен до {due}.",
        [(NotificationKind.Scheduled, Language.Kk)] = "№{number} өтініш бойынша жеке қабылдау: {date}, сағат {time}, {mode}. Қабылдайтын: {official}. Орны: {place}. Өзіңізбен бірге алып келіңіз: {bring}.",
        [(NotificationKind.Scheduled, Language.Ru)] = "Личный прием по обращению № {number}: {date}, в {time}, {mode}. Принимает: {official}. Место: {place}. При себе иметь: {bring}.",
        [(NotificationKind.Rescheduled, Language.Kk)] = "№{number} өтініш бойынша қабылдау ауыстырылды: {date}, сағат {time}, {mode}. Қабылдайтын: {official}. Орны: {place}. Себебі: {reason}",
        [(NotificationKind.Rescheduled, Language.Ru)] = "Прием по обращению № {number} перенесен: {date}, в {time}, {mode}. Принимает: {official}. Место: {place}. Причина: {reason}",
        [(NotificationKind.FinalAnswer, Language.Kk)] = "№{number} өтініш бойынша барлық тапсырмалар орындалды. Түпкілікті жауап: {answer}{letter} Сауалнамаға қатысуыңызды сұраймыз.",
        [(NotificationKind.FinalAnswer, Language.Ru)] = "По обращению № {number} все поручения исполнены. Окончательный ответ: {answer}{letter} Просим принять участие в опросе.",
        [(NotificationKind.ReceptionAnswered, Language.Kk)] = "№{number} өтініш бойынша жеке қабылдау {date} өтті. Қабылдауда берілген жауап: {answer}{letter} Сауалнамаға қатысуыңызды сұраймыз.",
        [(NotificationKind.ReceptionAnswered, Language.Ru)] = "По обращению № {number} личный прием состоялся {date}. Ответ, данный на приеме: {answer}{letter} Просим принять участие в опросе.",
        [(NotificationKind.VideoConnection, Language.Kk)] = "№{number} өтініш бойынша {date}, сағат {time} бейнеконференц байланыс арқылы жеке қабылдауға қосылу деректері: {connection}. Жеке басыңызды куәландыратын құжатты дайындап қойыңыз.",
        [(NotificationKind.VideoConnection, Language.Ru)] = "Данные для подключения к личному приему по обращению № {number} посредством видеоконференцсвязи {date} в {time}: {connection}. Подготовьте документ, удостоверяющий личность.",
        [(NotificationKind.NoShow, Language.Kk)] = "№{number} өтініш бойынша {date} күнгі қабылдауға келмедіңіз.",
        [(NotificationKind.NoShow, Language.Ru)] = "Вы не явились на прием {date} по обращению № {number}.",
        [(NotificationKind.Escalation, Language.Kk)] = "№{number} өтініш: {rule} мерзімі ({due}) өтті, күтілген әрекет жасалмады.",
        [(NotificationKind.Escalation, Language.Ru)] = "Обращение № {number}: срок по {rule} ({due}) истек без ожидаемого действия.",
        [(NotificationKind.CentralBodyRefusalReport, Language.Kk)] = "№{number} өтініш: {body} жеке қабылдауға қатысудан бас тартты. Себебі: {reason}",
        [(NotificationKind.QuarterlyReport, Language.Kk)] = "Қоғамдық қабылдаудың {quarter}-тоқсандағы жұмысының қорытындысы: есеп хатқа тіркелген ({file}).",
        [(NotificationKind.QuarterlyReport, Language.Ru)] = "Итоги работы общественной приемной за {quarter} квартал: отчет во вложении ({file}).",
        [(NotificationKind.ScheduleGap, Language.Kk)] = "{month} айында жеке қабылдау күні жоқ: {officials} (Регламенттің 6-тармағы).",
        [(NotificationKind.ScheduleGap, Language.Ru)] = "В {month} нет дня личного приема у: {officials} (пункт 6 Регламента).",
        [(NotificationKind.Invitation, Language.Kk)] = "Облыс әкімінің жеке қабылдауына шақырамыз: {date}, сағат {time}, {mode}; №{number} өтініш (Регламенттің 17-тармағы).",
        [(NotificationKind.Invitation, Language.Ru)] = "Приглашаем на личный прием акима области: {date}, в {time}, {mode}; обращение № {number} (пункт 17 Регламента).",
        [(NotificationKind.MaterialsRequested, Language.Kk)] = "Қоғамдық қабылдаудың №{number} сұрауы (орындау міндетті, Регламенттің 31-тармағы): {materials}. Мерзімі: {due}.",
        [(NotificationKind.MaterialsRequested, Language.Ru)] = "Запрос общественной приемной № {number} (обязателен к исполнению, пункт 31 Регламента): {materials}. Срок: {due}.",
        [(NotificationKind.CentralBodyRefusalReport, Language.Ru)] = "Обращение № {number}: {body} отказался от участия в личном приеме. Причина: {reason}",
    };

    // Every message to the applicant ends with where to follow the appeal (§33: they can find the result).
    private static readonly Dictionary<Language, string> TrackingLines = new()
    {
        [Language.Kk] = "Өтініштің барысы: {link} (бақылау коды {code}).",
        [Language.Ru] = "Ход обращения: {link} (код отслеживания {code}).",
    };

    /// <summary>A message to the applicant: the kind's text, then the tracking code and the page's address.</summary>
    public static string RenderForApplicant(NotificationKind kind, Language language, IReadOnlyDictionary<string, string> values) =>
        Render(kind, language, values) + " " + Fill(TrackingLines[language], kind, values);

    /// <summary>The text of <paramref name="kind"/> in <paramref name="language"/> with its placeholders filled.</summary>
    /// <exception cref="KeyNotFoundException">A kind without a text in that language, or a placeholder without a value.</exception>
    public static string Render(NotificationKind kind, Language language, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fill(Texts[(kind, language)], kind, values);
    }

    private static string Fill(string template, NotificationKind kind, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out string? value)
            ? value
            : throw new KeyNotFoundException($"No value for {{{m.Groups[1].Value}}} in the {kind} message."));

    /// <summary>The raw template, for tests and translators.</summary>
    public static string? Template(NotificationKind kind, Language language) => Texts.GetValueOrDefault((kind, language));

    /// <summary>The placeholders a template uses.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
