using Reception.Workflow.Appeals;

namespace Reception.Storage.Tables;

/// <summary>A history step with its idempotency key (see <c>IAppealStore.ApplyStepAsync</c>).</summary>
internal sealed record KeyedStep(string Key, HistoryStep Step);
