namespace Reception.Workflow.Http.Requests;

public sealed record ReceptionRequest(string? Outcome, bool? IdentityVerified, IReadOnlyList<InstructionRequest>? Instructions, IReadOnlyList<HandedInRequest>? HandedInAppeals);
