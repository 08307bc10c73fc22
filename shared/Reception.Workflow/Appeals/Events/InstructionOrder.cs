
namespace Reception.Workflow.Appeals.Events;

/// <summary>An instruction of the protocol with its concrete deadline (R19).</summary>
public sealed record InstructionOrder(string Text, string Assignee, DateOnly DueDate);
