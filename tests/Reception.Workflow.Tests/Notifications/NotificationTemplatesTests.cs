using Reception.Domain.Appeals;
using Reception.Workflow.Notifications;

namespace Reception.Workflow.Tests.Notifications;

public class NotificationTemplatesTests
{
    public static TheoryData<NotificationKind> Kinds() => [.. Enum.GetValues<NotificationKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void R18_EveryKind_HasKazakhAndRussianWithTheSamePlaceholders(NotificationKind kind)
    {
        string? kk = NotificationTemplates.Template(kind, Language.Kk);
        string? ru = NotificationTemplates.Template(kind, Language.Ru);

        Assert.False(string.IsNullOrWhiteSpace(kk), $"{kind} has no Kazakh text");
        Assert.False(string.IsNullOrWhiteSpace(ru), $"{kind} has no Russian text");
        Assert.Equal(NotificationTemplates.Placeholders(ru!).Order(), NotificationTemplates.Placeholders(kk!).Order());
    }

    [Fact]
    public void Render_FillsEveryPlaceholder()
    {
        string text = NotificationTemplates.Render(NotificationKind.Scheduled, Language.Ru, new Dictionary<string, string>
        {
            ["number"] = "RCP-2026-000001", ["date"] = "08.04.2026", ["time"] = "10:00", ["mode"] = "очно",
            ["official"] = "Аким области", ["place"] = "каб. 301", ["bring"] = "документ, удостоверяющий личность",
        });

        Assert.Equal("Личный прием по обращению № RCP-2026-000001: 08.04.2026, в 10:00, очно. Принимает: Аким области. Место: каб. 301. При себе иметь: документ, удостоверяющий личность.", text);
    }

    [Fact]
    public void Render_MissingValue_FailsNamingThePlaceholder() =>
        Assert.Contains("{date}", Assert.Throws<KeyNotFoundException>(() =>
            NotificationTemplates.Render(NotificationKind.NoShow, Language.Kk, new Dictionary<string, string> { ["number"] = "1" })).Message, StringComparison.Ordinal);
}
