namespace Reception.EndToEnd.Faults;

/// <summary>One check of a fault run, as printed: <c>PASS name: detail</c>.</summary>
public sealed record FaultCheck(string Name, bool Passed, string Detail)
{
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}: {Detail}";
}
