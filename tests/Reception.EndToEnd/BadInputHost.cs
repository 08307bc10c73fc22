using System.Text.Json;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd;

/// <summary>A local host of its own for the bad-input suite, with one appeal waiting for review.</summary>
public sealed class BadInputHost : IAsyncLifetime
{
    public LocalHostProcess Host { get; private set; } = null!;

    public string AppealUnderReview { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LocalHostProcess.StartAsync();
        (_, JsonElement reply) = await ReceptionApi.PostAsync(
            Host.Client, "/api/intake/call-center", ReceptionApi.AppealBody("CC-" + Guid.NewGuid().ToString("N")), "dev-callcenter");
        AppealUnderReview = reply.GetProperty("appealId").GetString()!;
        await ReceptionApi.WaitForStatusAsync(Host.Client, AppealUnderReview, "underReview", TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BadInputCollection : ICollectionFixture<BadInputHost>
{
    public const string Name = "bad input host";
}
