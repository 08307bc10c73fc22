using Reception.Api.Auth;
using Reception.Workflow.Appeals;

namespace Reception.Api.Appeals;

/// <summary>
/// How much of an applicant's personal data a role's work needs (README "Who sees what",
/// docs/api.md "Who sees what"). The least that lets each person do their part: the office
/// and the Department contact the applicant; the official identifies them at the reception
/// (R15) but does not call them; the head decides on the Department's memo by name and subject.
/// The reports role reads no appeal at all, only counts.
/// </summary>
public enum ApplicantDetail
{
    /// <summary>Nothing that names the applicant.</summary>
    None = 0,

    /// <summary>Name, type, citizenship and out-of-turn categories.</summary>
    Name = 1,

    /// <summary>And the IIN, to check the identity document at the reception.</summary>
    NameAndIin = 2,

    /// <summary>And the phone and e-mail.</summary>
    Full = 3,
}

/// <summary>The <see cref="ApplicantDetail"/> each role reads; a caller with several roles reads the most any of them needs.</summary>
public static class ApplicantDetails
{
    public static ApplicantDetail For(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Select(Of).DefaultIfEmpty(ApplicantDetail.None).Max();
    }

    /// <summary>
    /// What <paramref name="caller"/> reads of this appeal's applicant: the official's level counts
    /// only on an appeal of their own receptions, so a person who is an official and also, say,
    /// the head reads other officials' applicants as the head does (no IIN).
    /// </summary>
    public static ApplicantDetail For(Caller caller, AppealRecord appeal)
    {
        ArgumentNullException.ThrowIfNull(caller);
        bool theirs = OfficialScope.IsOfficialOf(caller.OfficialId, appeal);
        return For(caller.Roles.Where(r => theirs || !string.Equals(r, Roles.Official, StringComparison.Ordinal)));
    }

    public static ApplicantDetail Of(string role) => role switch
    {
        Roles.Office or Roles.Department => ApplicantDetail.Full,
        Roles.Official => ApplicantDetail.NameAndIin,
        Roles.Head => ApplicantDetail.Name,
        _ => ApplicantDetail.None,
    };
}
