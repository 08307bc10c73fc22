namespace Reception.Domain.Applicants;

/// <summary>The individual a representative speaks for, and the representative's proof of authority (§9, R15), e.g. a power of attorney.</summary>
public sealed record RepresentedPerson(string FullName, string AuthorityDocument);
