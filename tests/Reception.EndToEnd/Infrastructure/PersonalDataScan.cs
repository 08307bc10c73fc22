using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>
/// Reads everything a storage account holds — every table's entities (the engine's history and
/// instances included), every queue's messages, every blob of every container — and reports where
/// any of the given words appear: as written, JSON-escaped (<c>\u0416…</c>), base64 (queue
/// messages) or gzip-compressed (the engine's large messages).
/// </summary>
public static partial class PersonalDataScan
{
    private const int MaxItemsPerPlace = 20_000;

    /// <summary>Where any of the words are in the text, read as written and JSON-unescaped.</summary>
    public static IEnumerable<string> WordsIn(string text, IReadOnlyCollection<string> words)
    {
        string plain = Unescape(text);
        return words.Where(w => plain.Contains(w, StringComparison.Ordinal));
    }

    /// <returns>One line per place and word found (<c>table Appeals/pk/rk: Жумабекова</c>), and every table, queue and container read.</returns>
    public static async Task<(IReadOnlyList<string> Hits, IReadOnlyList<string> Places)> FindAsync(string connectionString, IReadOnlyCollection<string> words)
    {
        var hits = new List<string>();
        var places = new List<string>();
        void Look(string place, string text) => hits.AddRange(WordsIn(text, words).Select(w => $"{place}: {w}"));

        var tables = new TableServiceClient(connectionString);
        await foreach (Azure.Data.Tables.Models.TableItem table in tables.QueryAsync())
        {
            places.Add("table " + table.Name);
            int n = 0;
            await foreach (TableEntity entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                if (++n > MaxItemsPerPlace)
                {
                    break;
                }

                Look($"table {table.Name}/{entity.PartitionKey}/{entity.RowKey}", string.Join('\n', entity.Select(p => Text(p.Value))));
            }
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (QueueItem queue in queues.GetQueuesAsync())
        {
            places.Add("queue " + queue.Name);
            // Peeked (visible) messages: a drained queue has none; at most 32 is plenty for a test's account.
            foreach (PeekedMessage message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                Look($"queue {queue.Name}/{message.MessageId}", Text(message.Body.ToArray()));
            }
        }

        var blobs = new BlobServiceClient(connectionString);
        await foreach (BlobContainerItem container in blobs.GetBlobContainersAsync())
        {
            places.Add("container " + container.Name);
            BlobContainerClient client = blobs.GetBlobContainerClient(container.Name);
            int n = 0;
            await foreach (BlobItem blob in client.GetBlobsAsync())
            {
                if (++n > MaxItemsPerPlace)
                {
                    break;
                }

                byte[] content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                Look($"blob {container.Name}/{blob.Name}", blob.Name + "\n" + Text(content));
            }
        }

        return (hits, places);
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        byte[] bytes => Text(bytes),
        BinaryData data => Text(data.ToArray()),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    // Bytes as every reading that could hide a word: UTF-8, gunzipped, base64-decoded (and gunzipped).
    private static string Text(byte[] bytes)
    {
        var all = new StringBuilder(Encoding.UTF8.GetString(bytes));
        if (Gunzip(bytes) is { } unzipped)
        {
            all.Append('\n').Append(Encoding.UTF8.GetString(unzipped));
        }

        string ascii = Encoding.ASCII.GetString(bytes).Trim();
        if (ascii.Length % 4 == 0 && Base64().IsMatch(ascii))
        {
            byte[] decoded = Convert.FromBase64String(ascii);
            all.Append('\n').Append(Encoding.UTF8.GetString(decoded));
            if (Gunzip(decoded) is { } inner)
            {
                all.Append('\n').Append(Encoding.UTF8.GetString(inner));
            }
        }

        return all.ToString();
    }

    private static byte[]? Gunzip(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return null;
        }

        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // \u0416, \\u0416 (JSON inside JSON): the characters they stand for.
    private static string Unescape(string text) =>
        Escaped().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"\\+u([0-9a-fA-F]{4})")]
    private static partial Regex Escaped();

    [GeneratedRegex("^[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex Base64();
}
