namespace Reception.EndToEnd.Faults;

/// <summary>The size and the randomness of one fault run; the seed makes its choices repeatable.</summary>
/// <param name="Appeals">Appeals driven through intake, R2, review, decision and booking while the host is killed.</param>
/// <param name="Kills">SIGKILLs of the host, at random moments of that phase.</param>
/// <param name="Outage">How long storage is stopped afterwards while intake goes on (zero: no outage).</param>
/// <param name="OutageAppeals">Appeals posted during the outage (each retried by its client until accepted).</param>
public sealed record FaultRunOptions(int Appeals, int Kills, TimeSpan Outage, int OutageAppeals, int Seed)
{
    /// <summary>From the environment (scripts/faults.sh), else the small run of the test command.</summary>
    public static FaultRunOptions FromEnvironment() => new(
        Number("RECEPTION_FAULTS_APPEALS", 60),
        Number("RECEPTION_FAULTS_KILLS", 2),
        TimeSpan.FromSeconds(Number("RECEPTION_FAULTS_OUTAGE_SECONDS", 10)),
        Number("RECEPTION_FAULTS_OUTAGE_APPEALS", 8),
        Number("RECEPTION_FAULTS_SEED", 20261125));

    private static int Number(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;
}
