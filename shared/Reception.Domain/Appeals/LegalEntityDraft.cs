namespace Reception.Domain.Appeals;

/// <summary>The legal entity a representative speaks for (§9).</summary>
public sealed record LegalEntityDraft
{
    public string? Bin { get; init; }
    public string? Name { get; init; }
    public string? AuthorityDocument { get; init; }
}
