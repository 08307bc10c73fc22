namespace Reception.Workflow.Notifications;

/// <summary>Every kind of message the service sends; each has a text in Kazakh and Russian (R18).</summary>
// The durable engine carries these in activity inputs as numbers: a message queued before a
// deploy is read after it. Never renumber; add new kinds at the end.
public enum NotificationKind
{
    /// <summary>To the applicant: no substance stated (R2).</summary>
    LeftWithoutConsideration = 0,

    /// <summary>To the applicant: a reasoned refusal (R3, §26, §29).</summary>
    Refused = 1,


    /// <summary>To the applicant: the term is extended (R9).</summary>
    Extended = 2,

    /// <summary>To the applicant: a central body was asked to take part, and the term extended (R10).</summary>
    CentralBodyRequested = 3,

    /// <summary>To the applicant: date, time and mode of the reception (R8).</summary>
    Scheduled = 4,

    /// <summary>To the applicant: the reception moved (R14) or changed mode (R17).</summary>
    Rescheduled = 5,

    /// <summary>To the applicant: the final reasoned answer; control ends (R20).</summary>
    FinalAnswer = 6,


    /// <summary>To the applicant: the reception took place without them.</summary>
    NoShow = 7,

    /// <summary>To the Department's head: a deadline passed without the awaited action.</summary>
    Escalation = 8,

    /// <summary>To the Presidential Administration's Department: a central body refused to take part (R11).</summary>
    CentralBodyRefusalReport = 9,

    /// <summary>To the akim and the Presidential Administration's Department: the quarter's results (R25).</summary>
    QuarterlyReport = 10,

    /// <summary>To the Department's head: the akim or a deputy has no reception day in a month (R12).</summary>
    ScheduleGap = 11,

    /// <summary>To the prosecutor's office, internal affairs, the anti-corruption agency and the courts' administration: the akim's reception (R24).</summary>
    Invitation = 12,

    /// <summary>To a structural or territorial unit: the reception office's binding request for materials (R26).</summary>
    MaterialsRequested = 13,

    /// <summary>The reception ended without instructions: the answer given there (§33).</summary>
    ReceptionAnswered = 14,

    /// <summary>The applicant got a consultation and declined the reception (R23): told so, not told they were refused.</summary>
    ConsultationGiven = 15,

    /// <summary>A video reception's connection details, sent before it (§12, <see cref="Schedule.VideoConnectionOptions"/>).</summary>
    VideoConnection = 16,
}
