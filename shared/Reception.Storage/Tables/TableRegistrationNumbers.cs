using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Reception.Workflow.Appeals;

namespace Reception.Storage.Tables;

/// <summary>
/// Registration numbers from a per-year counter. The counter's increment and the appeal's
/// reservation of the number are one table transaction, so the sequence has no gaps and no
/// appeal ever gets two numbers, however often the activity runs.
/// </summary>
public sealed class TableRegistrationNumbers(ReceptionTables tables) : IRegistrationNumbers
{
    private const string CounterRow = "counter";
    private const int MaxAttempts = 20;

    public async Task<string> IssueAsync(string appealId, int year, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.CountersTable);
        string partition = "registration-" + year.ToString(CultureInfo.InvariantCulture);
        string reservationRow = "appeal|" + appealId;

        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            NullableResponse<TableEntity> reserved = await table.GetEntityIfExistsAsync<TableEntity>(partition, reservationRow, cancellationToken: cancellationToken);
            if (reserved.HasValue)
            {
                return Format(year, reserved.Value!.GetInt64("Number")!.Value);
            }

            NullableResponse<TableEntity> counter = await table.GetEntityIfExistsAsync<TableEntity>(partition, CounterRow, cancellationToken: cancellationToken);
            long next = (counter.HasValue ? counter.Value!.GetInt64("Value")!.Value : 0) + 1;
            var counterEntity = new TableEntity(partition, CounterRow) { ["Value"] = next };
            TableTransactionAction increment = counter.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, counterEntity, counter.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, counterEntity);
            var reserve = new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(partition, reservationRow) { ["Number"] = next });
            try
            {
                await table.SubmitTransactionAsync([increment, reserve], cancellationToken);
                return Format(year, next);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another appeal took this number, or this appeal's earlier attempt reserved one: look again.
            }
        }

        throw new InvalidOperationException($"Could not issue a registration number for {year} after {MaxAttempts} attempts.");
    }

    private static string Format(int year, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"RCP-{year}-{number:D6}");
}
