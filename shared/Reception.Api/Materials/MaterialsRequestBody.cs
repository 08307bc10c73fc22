
namespace Reception.Api.Materials;

/// <summary><c>POST /api/materials-requests</c> (R26).</summary>
public sealed record MaterialsRequestBody(string? AppealId, string? Unit, string? UnitEmail, string? Materials, DateOnly? DueDate);

/// <summary><c>POST /api/materials-requests/{id}/answer</c>: what the unit sent.</summary>
public sealed record MaterialsAnswerBody(string? Answer);
