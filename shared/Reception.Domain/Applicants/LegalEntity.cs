namespace Reception.Domain.Applicants;

/// <summary>A legal entity and the representative's proof of authority (§9, R15).</summary>
public sealed record LegalEntity(string Bin, string Name, string AuthorityDocument);
