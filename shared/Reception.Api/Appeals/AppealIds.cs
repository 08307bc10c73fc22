
namespace Reception.Api.Appeals;

/// <summary>Appeal ids are 32 lowercase hex digits; anything else cannot name one and is not sent to storage.</summary>
public static class AppealIds
{
    public static bool IsWellFormed(string? appealId) =>
        appealId is { Length: 32 } && appealId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
