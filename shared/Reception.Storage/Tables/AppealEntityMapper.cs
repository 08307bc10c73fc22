using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Reception.Domain;
using Reception.Domain.Appeals;
using Reception.Storage.Serialization;
using Reception.Workflow.Appeals;
using Reception.Workflow.Privacy;

namespace Reception.Storage.Tables;

/// <summary>
/// An appeal is one table entity: its current state and its whole history, each step with the
/// key that makes recording it idempotent. One entity means every read is a point read and every
/// change one conditional replace, with no query (which Azurite answers by scanning the table).
/// </summary>
internal static class AppealEntityMapper
{
    private const string HistoryDocument = "History";

    /// <summary>Whether the appeal's personal data is still held: what the retention purge filters on, with <c>ClosedAt</c>.</summary>
    public const string PersonalDataProperty = "PersonalData";
    public const string PersonalDataHeld = "held";
    public const string PersonalDataErased = "erased";

    /// <summary>
    /// The appeal id is both keys: a point read finds it by an index lookup on either, where a
    /// row key shared by all appeals would make Azurite compare every appeal.
    /// </summary>
    public static string RowKeyOf(string appealId) => appealId;

    public static TableEntity ToEntity(AppealRecord appeal, IReadOnlyList<KeyedStep> history)
    {
        var entity = new TableEntity(appeal.AppealId, RowKeyOf(appeal.AppealId))
        {
            ["TrackingCode"] = appeal.TrackingCode,
            ["Channel"] = CamelCaseNames.Of(appeal.Channel),
            ["Status"] = CamelCaseNames.Of(appeal.Status),
            ["ReceivedAt"] = appeal.ReceivedAt,
            ["RegistrationNumber"] = appeal.RegistrationNumber,
            ["RegisteredOn"] = appeal.RegisteredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Deadlines"] = appeal.Deadlines is null ? null : JsonSerializer.Serialize(appeal.Deadlines, StoredJson.Options),
            // The applicant and the question live in the personal data store, never here.
            ["Submission"] = JsonSerializer.Serialize(appeal.Submission with { Applicant = PersonalData.Erased.Applicant, Subject = string.Empty }, StoredJson.Options),
            ["ClosedAt"] = appeal.ClosedAt,
            [PersonalDataProperty] = appeal.PersonalDataErasedAt is null ? PersonalDataHeld : PersonalDataErased,
            ["PersonalDataErasedAt"] = appeal.PersonalDataErasedAt,
            ["Progress"] = JsonSerializer.Serialize(appeal.Progress, StoredJson.Options),
            ["TraceParent"] = appeal.TraceParent,
            ["KeyVersion"] = appeal.KeyVersion,
        };
        ChunkedJson.Write(entity, HistoryDocument, JsonSerializer.Serialize(history, StoredJson.Options));
        return entity;
    }

    /// <returns>The appeal (its history in step-key order) and the keyed steps as stored.</returns>
    /// <param name="personal">The applicant's data from the personal data store; null once erased (the appeal shows nobody).</param>
    public static (AppealRecord Appeal, List<KeyedStep> History) ToRecord(TableEntity appeal, PersonalData? personal)
    {
        CamelCaseNames.TryParse(appeal.GetString("Channel"), out Channel channel);
        CamelCaseNames.TryParse(appeal.GetString("Status"), out AppealStatus status);
        string? registeredOn = appeal.GetString("RegisteredOn");
        string? deadlines = appeal.GetString("Deadlines");
        string? progress = appeal.GetString("Progress");
        string? historyJson = ChunkedJson.Read(appeal, HistoryDocument);
        List<KeyedStep> history = historyJson is null ? [] : JsonSerializer.Deserialize<List<KeyedStep>>(historyJson, StoredJson.Options)!;
        var record = new AppealRecord
        {
            AppealId = appeal.PartitionKey,
            TrackingCode = appeal.GetString("TrackingCode"),
            Channel = channel,
            Status = status,
            ReceivedAt = appeal.GetDateTimeOffset("ReceivedAt")!.Value,
            RegistrationNumber = appeal.GetString("RegistrationNumber"),
            RegisteredOn = registeredOn is null ? null : DateOnly.ParseExact(registeredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Deadlines = deadlines is null ? null : JsonSerializer.Deserialize<AppealDeadlines>(deadlines, StoredJson.Options),
            Submission = WithPersonalData(JsonSerializer.Deserialize<AppealSubmission>(appeal.GetString("Submission"), StoredJson.Options)!, personal, IsLegacy(appeal)),
            ClosedAt = appeal.GetDateTimeOffset("ClosedAt"),
            PersonalDataErasedAt = appeal.GetDateTimeOffset("PersonalDataErasedAt"),
            Progress = progress is null ? new AppealProgress() : JsonSerializer.Deserialize<AppealProgress>(progress, StoredJson.Options)!,
            History = InKeyOrder(history),
            TraceParent = appeal.GetString("TraceParent"),
            KeyVersion = appeal.GetInt32("KeyVersion") ?? 1,
        };
        return (record, history);
    }

    /// <param name="legacyRow">A row written before the personal data store: its submission still holds the applicant (until it is erased).</param>
    private static AppealSubmission WithPersonalData(AppealSubmission stored, PersonalData? personal, bool legacyRow)
    {
        if (personal is null && legacyRow)
        {
            return stored;
        }

        PersonalData data = personal ?? PersonalData.Erased;
        return stored with { Applicant = data.Applicant, Subject = data.Subject };
    }

    /// <summary>A row written before the personal data store: its submission still holds the applicant.</summary>
    public static bool IsLegacy(TableEntity appeal) => appeal.GetString(PersonalDataProperty) is null;

    /// <summary>
    /// The steps in the order they happened: by instant, then by key (the main line's keys sort in
    /// order, but the instructions' parallel controls have keys of their own, <c>i01-…</c>).
    /// </summary>
    public static List<HistoryStep> InKeyOrder(IEnumerable<KeyedStep> history) =>
        [.. history.OrderBy(h => h.Step.At).ThenBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Step)];
}
