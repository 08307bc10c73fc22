namespace Reception.EndToEnd.Infrastructure;

/// <summary>
/// Officials the end-to-end host knows as development users with an <c>X-Api-Key</c> each, so a
/// test can act as the official whose reception it is (an official sees only their own receptions).
/// Each test takes its own, so tests never share a reception day.
/// </summary>
internal static class TestOfficials
{
    private const int Count = 32;

    // Far above the indices of appsettings.Development.json's users, so these add to them.
    private const int FirstUserIndex = 100;

    private static int taken = -1;

    /// <summary>An official id no other test of this run has taken.</summary>
    public static string Next()
    {
        int index = Interlocked.Increment(ref taken);
        if (index >= Count)
        {
            throw new InvalidOperationException($"More than {Count} tests took a test official: raise TestOfficials.Count.");
        }

        return Id(index);
    }

    /// <summary>The key that acts as <paramref name="officialId"/>.</summary>
    public static string KeyOf(string officialId) => "dev-official-" + officialId;

    /// <summary>The host's settings that register every test official as a development user.</summary>
    public static IEnumerable<KeyValuePair<string, string>> HostSettings()
    {
        for (int i = 0; i < Count; i++)
        {
            string prefix = $"Reception__Auth__DevelopmentUsers__{FirstUserIndex + i}__";
            string id = Id(i);
            yield return new(prefix + "Id", "official." + id);
            yield return new(prefix + "Name", "Test official " + id);
            yield return new(prefix + "Role", "official");
            yield return new(prefix + "OfficialId", id);
            yield return new(prefix + "Key", KeyOf(id));
        }
    }

    private static string Id(int index) => $"e2e-{Environment.ProcessId % 10000}-{index:D2}";
}
