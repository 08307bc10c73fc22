using Reception.Domain.Appeals;

namespace Reception.Domain.Validation;

/// <summary>The outcome of <see cref="SubmissionValidator.Validate"/>: a submission and its channel, or errors.</summary>
public sealed record SubmissionValidation(AppealSubmission? Submission, Channel? Channel, ValidationErrors Errors)
{
    public bool IsValid => Submission is not null;
}
