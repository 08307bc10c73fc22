namespace Reception.Workflow.Appeals;

/// <summary>One instruction of the reception's protocol and the answers to it (R19, R20).</summary>
public sealed record Instruction(int Number, string Text, string Assignee, DateOnly DueDate)
{
    public IReadOnlyList<InstructionAnswer> Answers { get; init; } = [];

    public bool Overdue { get; init; }

    /// <summary>Its control has started: answers are accepted from then on.</summary>
    public bool UnderControl { get; init; }

    /// <summary>Controlled until a final reasoned answer (R20).</summary>
    public bool IsClosed => Answers.Any(a => a.Final);
}
