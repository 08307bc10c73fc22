using Reception.Domain.Calendar;

namespace Reception.Domain.Deadlines;

/// <summary>
/// Every term of the regulation in one immutable object, so that a later rulebook is a
/// configuration change, not a code change (docs/regulation/rules.md "Later law").
/// </summary>
/// <param name="Registration">R4: registration after receipt (seed: 3 working days).</param>
/// <param name="MemoBeforeReception">R5: the Department's memo before the reception (seed: 5 working days).</param>
/// <param name="Answer">R8: date and time, or a reasoned refusal, after registration (seed: 15 calendar days).</param>
/// <param name="ExtendedAnswerCap">R9: the total term after an extension, from registration (seed: 30 calendar days).</param>
/// <param name="ExtensionNotice">R9/R10: telling the applicant of an extension (seed: 2 working days, as R10).</param>
/// <param name="CentralBodyNotice">R10: telling the applicant of a central body's participation request (seed: 2 working days).</param>
/// <param name="CentralBodyRefusalReport">R11: reporting a central body's refusal to the Presidential Administration (seed: 2 working days).</param>
/// <param name="AbsenceNotice">R14: an official's notice of absence before the reception day (seed: 2 working days).</param>
public sealed record DeadlinePolicy(
    Term Registration,
    Term MemoBeforeReception,
    Term Answer,
    Term ExtendedAnswerCap,
    Term ExtensionNotice,
    Term CentralBodyNotice,
    Term CentralBodyRefusalReport,
    Term AbsenceNotice)
{
    /// <summary>Where a term the office must meet ends when it falls on a day off (setting <c>DayOffEnding</c>).</summary>
    public DayOffEnding DayOffEnding { get; init; } = DayOffEnding.NextWorkingDay;

    /// <summary>§4: the office registers requests on working days from this time (Almaty); setting <c>OfficeOpens</c>.</summary>
    public TimeOnly OfficeOpens { get; init; } = new(9, 0);

    /// <summary>§4: ... until this time; a request received later counts from the next working day (setting <c>OfficeCloses</c>).</summary>
    public TimeOnly OfficeCloses { get; init; } = new(18, 30);

    /// <summary>The terms of the seed regulation (akimat resolution No. 389 of 2020).</summary>
    public static DeadlinePolicy Seed { get; } = new(
        Registration: Term.WorkingDays(3),
        MemoBeforeReception: Term.WorkingDays(5),
        Answer: Term.CalendarDays(15),
        ExtendedAnswerCap: Term.CalendarDays(30),
        ExtensionNotice: Term.WorkingDays(2),
        CentralBodyNotice: Term.WorkingDays(2),
        CentralBodyRefusalReport: Term.WorkingDays(2),
        AbsenceNotice: Term.WorkingDays(2));

    /// <summary>
    /// The seed's terms with those named in <paramref name="settings"/> replaced: keys are the
    /// property names (case-insensitive), values terms as <see cref="Term.Parse"/> reads them.
    /// </summary>
    /// <exception cref="FormatException">An unknown key or an unreadable term, naming it.</exception>
    public static DeadlinePolicy FromSettings(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DeadlinePolicy policy = Seed;
        foreach ((string key, string value) in settings)
        {
            if (string.Equals(key, nameof(DayOffEnding), StringComparison.OrdinalIgnoreCase))
            {
                policy = CamelCaseNames.TryParse(value, out DayOffEnding ending)
                    ? policy with { DayOffEnding = ending }
                    : throw new FormatException($"'{value}' is not a DayOffEnding: {CamelCaseNames.List<DayOffEnding>()}.");
                continue;
            }

            if (key.ToUpperInvariant() is "OFFICEOPENS" or "OFFICECLOSES")
            {
                TimeOnly time = TimeOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out TimeOnly t)
                    ? t
                    : throw new FormatException($"'{value}' is not a time of day (HH:mm) for {key}.");
                policy = key.Equals("OfficeOpens", StringComparison.OrdinalIgnoreCase) ? policy with { OfficeOpens = time } : policy with { OfficeCloses = time };
                continue;
            }

            Term term = Term.Parse(value);
            policy = key.ToUpperInvariant() switch
            {
                "REGISTRATION" => policy with { Registration = term },
                "MEMOBEFORERECEPTION" => policy with { MemoBeforeReception = term },
                "ANSWER" => policy with { Answer = term },
                "EXTENDEDANSWERCAP" => policy with { ExtendedAnswerCap = term },
                "EXTENSIONNOTICE" => policy with { ExtensionNotice = term },
                "CENTRALBODYNOTICE" => policy with { CentralBodyNotice = term },
                "CENTRALBODYREFUSALREPORT" => policy with { CentralBodyRefusalReport = term },
                "ABSENCENOTICE" => policy with { AbsenceNotice = term },
                _ => throw new FormatException($"'{key}' is not a term of the deadline policy."),
            };
        }

        return policy;
    }

    /// <summary>
    /// §4: the day a request received at <paramref name="receivedAt"/> counts from. The office
    /// registers on working days in working hours: a request that arrives after closing time or on
    /// a day off counts from the next working day (one that arrives before opening, from that day).
    /// </summary>
    public DateOnly CountsFrom(DateTimeOffset receivedAt, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        DateTimeOffset local = Time.AlmatyTime.ToLocalOffset(receivedAt);
        DateOnly day = DateOnly.FromDateTime(local.DateTime);
        return calendar.IsWorkingDay(day) && TimeOnly.FromDateTime(local.DateTime) < OfficeCloses
            ? day
            : calendar.WorkingDayOnOrAfter(day.AddDays(1));
    }

    /// <summary>R4: the last day to register a request received on <paramref name="receivedOn"/>.</summary>
    public DateOnly RegistrationDue(DateOnly receivedOn, WorkingCalendar calendar) => EndOn(Registration.After(receivedOn, calendar), calendar);

    /// <summary>R8: the last day to give the date and time, or a reasoned refusal.</summary>
    public DateOnly AnswerDue(DateOnly registeredOn, WorkingCalendar calendar) => EndOn(Answer.After(registeredOn, calendar), calendar);

    /// <summary>R9: the furthest an extension may move the answer; no extension ever goes past it.</summary>
    public DateOnly ExtendedAnswerCapDue(DateOnly registeredOn, WorkingCalendar calendar) => EndOn(ExtendedAnswerCap.After(registeredOn, calendar), calendar);

    /// <summary>R9: the answer due date after an extension to <paramref name="requested"/>, never past the cap.</summary>
    public DateOnly ExtendAnswer(DateOnly registeredOn, DateOnly requested, WorkingCalendar calendar)
    {
        DateOnly cap = ExtendedAnswerCapDue(registeredOn, calendar);
        return requested > cap ? cap : requested;
    }

    /// <summary>R5: the last day for the memo on a reception held on <paramref name="receptionDate"/>.</summary>
    public DateOnly MemoDue(DateOnly receptionDate, WorkingCalendar calendar) => MemoBeforeReception.Before(receptionDate, calendar);

    /// <summary>R10: the last day to tell the applicant of a participation request sent on <paramref name="requestedOn"/>.</summary>
    public DateOnly CentralBodyNoticeDue(DateOnly requestedOn, WorkingCalendar calendar) => EndOn(CentralBodyNotice.After(requestedOn, calendar), calendar);

    /// <summary>R11: the last day to report a refusal received on <paramref name="refusedOn"/>.</summary>
    public DateOnly CentralBodyRefusalReportDue(DateOnly refusedOn, WorkingCalendar calendar) => EndOn(CentralBodyRefusalReport.After(refusedOn, calendar), calendar);

    /// <summary>R9: the last day to send the extension letter decided on <paramref name="extendedOn"/>.</summary>
    public DateOnly ExtensionNoticeDue(DateOnly extendedOn, WorkingCalendar calendar) => EndOn(ExtensionNotice.After(extendedOn, calendar), calendar);

    /// <summary>
    /// R14: whether an official's notice given on <paramref name="noticeOn"/> of absence on
    /// <paramref name="absentOn"/> is in time: at least the notice term before, or on the day itself.
    /// </summary>
    public bool IsAbsenceNoticeInTime(DateOnly noticeOn, DateOnly absentOn, WorkingCalendar calendar) =>
        noticeOn == absentOn || noticeOn <= AbsenceNotice.Before(absentOn, calendar);

    // A term counted in calendar days or months may end on a day off, when the office cannot act.
    private DateOnly EndOn(DateOnly due, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.IsWorkingDay(due))
        {
            return due;
        }

        return DayOffEnding switch
        {
            DayOffEnding.PreviousWorkingDay => calendar.SubtractWorkingDays(due, 1),
            DayOffEnding.NextWorkingDay => calendar.WorkingDayOnOrAfter(due),
            _ => due,
        };
    }
}
