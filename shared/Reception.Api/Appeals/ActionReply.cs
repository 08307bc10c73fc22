using Reception.Domain.Appeals;

namespace Reception.Api.Appeals;

/// <summary>The reply to a staff action: the appeal and the status the action moves it to.</summary>
public sealed record ActionReply(string AppealId, AppealStatus Status, string StatusUrl);
