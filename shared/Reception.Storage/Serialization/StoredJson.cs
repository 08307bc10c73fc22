using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reception.Storage.Serialization;

/// <summary>
/// How documents are written into storage (appeal state and history, schedule days, outbox
/// messages): the storage format's own settings, so a change of the HTTP API's JSON
/// (<c>ReceptionJson</c>) never changes what is stored, and rows written earlier stay readable.
/// </summary>
/// <remarks>
/// Today they equal the API's (camelCase names and enum values), because that is how rows were
/// first written; <c>StoredFormatTests</c> reads rows in that format. Reading is lenient about
/// name case, so a renamed-by-case property of an older row still reads.
/// </remarks>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            PropertyNameCaseInsensitive = true,
            // Kazakh and Russian text stays readable in the stored documents.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
