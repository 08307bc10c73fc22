using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Workflow.Appeals;
using Reception.Workflow.Http;
using Reception.Workflow.Intake;

namespace Reception.Storage.Tables;

/// <summary>
/// Maps an appeal to its table rows: one "appeal" row with the current state and the first
/// history step (so intake is a single insert), and one row per later history step
/// (<c>h|{stepKey}</c>), all in the appeal's partition so they change together.
/// </summary>
internal static class AppealEntityMapper
{
    public const string AppealRow = "appeal";
    public const string HistoryRowPrefix = "h|";
    private const string FirstStepRow = HistoryRowPrefix + IntakeService.ReceivedStep;

    public static TableEntity ToEntity(AppealRecord appeal) => new(appeal.AppealId, AppealRow)
    {
        ["TrackingCode"] = appeal.TrackingCode,
        ["Channel"] = CamelCaseNames.Of(appeal.Channel),
        ["Status"] = CamelCaseNames.Of(appeal.Status),
        ["ReceivedAt"] = appeal.ReceivedAt,
        ["RegistrationNumber"] = appeal.RegistrationNumber,
        ["RegisteredOn"] = appeal.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Deadlines"] = appeal.Deadlines is null ? null : JsonSerializer.Serialize(appeal.Deadlines, ReceptionJson.Options),
        ["Submission"] = JsonSerializer.Serialize(appeal.Submission, ReceptionJson.Options),
        ["Progress"] = JsonSerializer.Serialize(appeal.Progress, ReceptionJson.Options),
        ["FirstStep"] = appeal.History.Count == 0 ? null : JsonSerializer.Serialize(appeal.History[0], ReceptionJson.Options),
    };

    public static TableEntity ToEntity(string appealId, string stepKey, HistoryStep step) => new(appealId, HistoryRowPrefix + stepKey)
    {
        ["At"] = step.At,
        ["Step"] = step.Step,
        ["Rule"] = step.Rule,
        ["Detail"] = step.Detail,
    };

    public static AppealRecord ToRecord(TableEntity appeal, IEnumerable<TableEntity> history)
    {
        CamelCaseNames.TryParse(appeal.GetString("Channel"), out Channel channel);
        CamelCaseNames.TryParse(appeal.GetString("Status"), out AppealStatus status);
        string? registeredOn = appeal.GetString("RegisteredOn");
        string? deadlines = appeal.GetString("Deadlines");
        string? progress = appeal.GetString("Progress");
        string? firstStep = appeal.GetString("FirstStep");
        IEnumerable<HistoryStep> later = history
            .Where(h => firstStep is null || h.RowKey != FirstStepRow) // appeals stored before the first step moved into the row
            .OrderBy(h => h.RowKey, StringComparer.Ordinal)
            .Select(h => new HistoryStep(h.GetDateTimeOffset("At")!.Value, h.GetString("Step"), h.GetString("Rule"), h.GetString("Detail")));
        return new AppealRecord
        {
            AppealId = appeal.PartitionKey,
            TrackingCode = appeal.GetString("TrackingCode"),
            Channel = channel,
            Status = status,
            ReceivedAt = appeal.GetDateTimeOffset("ReceivedAt")!.Value,
            RegistrationNumber = appeal.GetString("RegistrationNumber"),
            RegisteredOn = registeredOn is null ? null : DateOnly.ParseExact(registeredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Deadlines = deadlines is null ? null : JsonSerializer.Deserialize<AppealDeadlines>(deadlines, ReceptionJson.Options),
            Submission = JsonSerializer.Deserialize<AppealSubmission>(appeal.GetString("Submission"), ReceptionJson.Options)!,
            Progress = progress is null ? new AppealProgress() : JsonSerializer.Deserialize<AppealProgress>(progress, ReceptionJson.Options)!,
            History = firstStep is null ? [.. later] : [JsonSerializer.Deserialize<HistoryStep>(firstStep, ReceptionJson.Options)!, .. later],
        };
    }
}
