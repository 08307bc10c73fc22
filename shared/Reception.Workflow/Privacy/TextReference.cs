namespace Reception.Workflow.Privacy;

/// <summary>A stored text's reference: <c>appealId/textId</c>, so that it is found, and erased, with its appeal.</summary>
public static class TextReference
{
    public static string Of(string appealId, string textId) => appealId + "/" + textId;

    /// <summary>The appeal and text ids of a reference, or null when it is not one.</summary>
    public static (string AppealId, string TextId)? Parse(string reference)
    {
        int slash = reference?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        return slash > 0 && slash < reference!.Length - 1 ? (reference[..slash], reference[(slash + 1)..]) : null;
    }
}
