using Reception.Domain.Applicants;

namespace Reception.Workflow.Privacy;

/// <summary>
/// What of an appeal identifies or describes its applicant: who they are (IIN, names, contacts,
/// address, categories, the organisation or person they speak for) and the question in their own
/// words. It lives only in the personal data store (<see cref="IPersonalDataStore"/>); the appeal,
/// the workflow, the indexes and the queues carry the appeal's id instead.
/// </summary>
public sealed record PersonalData(Applicant Applicant, string Subject)
{
    /// <summary>What an appeal shows once its personal data is erased: no person, no question.</summary>
    public static PersonalData Erased { get; } = new(
        new Applicant(ApplicantType.Individual, string.Empty, string.Empty, string.Empty, null, null, null, string.Empty, [], null),
        string.Empty);
}
