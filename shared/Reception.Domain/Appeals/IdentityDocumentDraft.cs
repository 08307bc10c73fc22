namespace Reception.Domain.Appeals;

/// <summary>An identity document as the request carries it (§10): <c>type</c>, <c>number</c>, <c>country</c>.</summary>
public sealed record IdentityDocumentDraft
{
    public string? Type { get; init; }
    public string? Number { get; init; }
    public string? Country { get; init; }
}

/// <summary>The individual a representative speaks for, as the request carries it (§9).</summary>
public sealed record RepresentedPersonDraft
{
    public string? FullName { get; init; }
    public string? AuthorityDocument { get; init; }
}
