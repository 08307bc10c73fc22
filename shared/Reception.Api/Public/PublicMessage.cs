
namespace Reception.Api.Public;

/// <summary>A message the applicant was sent, as their status page shows it (docs/api.md "Pages").</summary>
/// <param name="Text">The words sent; null for messages recorded before texts were kept.</param>
public sealed record PublicMessage(string Kind, DateTimeOffset At, string? Text);
