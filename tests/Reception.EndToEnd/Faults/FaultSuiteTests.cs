using Xunit.Abstractions;

namespace Reception.EndToEnd.Faults;

/// <summary>
/// The fault suite's small run (about 60 appeals, 2 kills, a short outage) as part of the test
/// command; <c>scripts/faults.sh</c> runs the full one through this same test with its own sizes.
/// </summary>
public class FaultSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FaultRun_KillsAndAStorageOutage_LoseNothingAndContradictNothing()
    {
        FaultRunOptions options = FaultRunOptions.FromEnvironment();
        string report = Path.Combine(Reception.Tests.Shared.Repository.Root, ".testrun", "faults-report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await using var log = new StreamWriter(report, append: false);
        void Print(string line)
        {
            string stamped = $"[{DateTime.UtcNow:HH:mm:ss}] {line}";
            output.WriteLine(stamped);
            Console.WriteLine(stamped);
            lock (log)
            {
                log.WriteLine(stamped);
                log.Flush();
            }
        }

        IReadOnlyList<FaultCheck> checks = await new FaultRun(options, Print).RunAsync();

        Assert.All(checks, c => Assert.True(c.Passed, c.ToString()));
    }
}
