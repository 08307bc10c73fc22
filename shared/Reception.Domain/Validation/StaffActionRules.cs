using Reception.Domain.Calendar;
using Reception.Domain.Deadlines;

namespace Reception.Domain.Validation;

/// <summary>
/// The rules of the regulation that a staff member's input must satisfy, as pure checks: each
/// returns why the input breaks its rule, or null. The HTTP layer puts the reason at the field.
/// </summary>
public static class StaffActionRules
{
    /// <summary>R5: the Department's memo reaches the head no later than the policy's term before the reception.</summary>
    public static string? MemoInTime(DateOnly proposedDate, DateOnly today, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.MemoDue(proposedDate, calendar) < today
            ? $"The memo must reach the head no later than {policy.MemoBeforeReception} before the reception (R5): {proposedDate:yyyy-MM-dd} is too close to today ({today:yyyy-MM-dd})."
            : null;
    }

    /// <summary>R15: the identity document (and a representative's proof of authority) is checked before the reception.</summary>
    public static string? IdentityVerified(bool? verified, bool representative) => verified == true
        ? null
        : representative
            ? "The representative's identity and proof of authority must be verified before the reception (R15)."
            : "The applicant's identity document must be verified before the reception (R15).";

    /// <summary>R19: every instruction of the protocol has a concrete deadline, not one already past.</summary>
    public static string? InstructionDeadline(DateOnly? due, DateOnly today) => due switch
    {
        null => "Every instruction has a concrete deadline (R19).",
        { } date when date < today => $"The deadline {date:yyyy-MM-dd} is already past (today is {today:yyyy-MM-dd}).",
        _ => null,
    };

    /// <summary>R22: an appeal from a reception does not go to a worker who handled the earlier one.</summary>
    public static string? NotAnEarlierExecutor(string worker, IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(excluded);
        return excluded.Contains(worker.Trim(), StringComparer.OrdinalIgnoreCase)
            ? $"'{worker.Trim()}' handled the earlier appeal; an appeal from a reception must go to someone else (R22)."
            : null;
    }
}
