namespace Reception.Workflow.Appeals;

/// <summary>The regulation's deadlines for an appeal, as local dates of Asia/Almaty.</summary>
public sealed record AppealDeadlines(DateOnly RegistrationDue, DateOnly? AnswerDue);
