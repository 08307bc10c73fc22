namespace Reception.Domain.Validation;

/// <summary>
/// Field path → messages, in the shape of a problem+json <c>errors</c> member (docs/api.md). Paths are
/// camelCase JSON paths such as <c>applicant.legalEntity.bin</c>.
/// </summary>
public sealed class ValidationErrors
{
    private readonly SortedDictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out List<string>? messages))
        {
            messages = [];
            errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>A copy suitable for serialisation.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public IEnumerable<string> Fields => errors.Keys;
}
