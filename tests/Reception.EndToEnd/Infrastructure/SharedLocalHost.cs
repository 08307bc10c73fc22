namespace Reception.EndToEnd.Infrastructure;

/// <summary>One local host for the tests that do not need a host of their own (starting one takes seconds).</summary>
public sealed class SharedLocalHost : IAsyncLifetime
{
    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostProcess.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedLocalHostCollection : ICollectionFixture<SharedLocalHost>
{
    public const string Name = "shared local host";
}
