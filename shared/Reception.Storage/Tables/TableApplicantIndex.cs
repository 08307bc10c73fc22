using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Reception.Domain;
using Reception.Domain.Repeats;
using Reception.Workflow.Appeals;
using Reception.Workflow.Intake;
using Reception.Workflow.Privacy;

namespace Reception.Storage.Tables;

/// <summary>
/// The applicant index for R3: partition = HMAC-SHA256 of the IIN under the index's own key of a
/// <see cref="KeyRing"/> version (so the table holds no IIN and a leaked table cannot be matched
/// against a list of IINs), row = appeal; the row stores its key version. The subjects compared
/// (R3) are read from the personal data store, never copied here.
/// </summary>
public sealed class TableApplicantIndex(ReceptionTables tables, KeyRing keys, IPersonalDataStore personalData) : IApplicantIndex
{
    public string KeyOf(string iin) => KeyOf(iin, keys.CurrentVersion);

    public IReadOnlyList<string> KeysOf(string iin) => [.. keys.Versions.Select(v => KeyOf(iin, v))];

    private string KeyOf(string iin, int version) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.KeyFor(KeyPurpose.ApplicantIndex, version), Encoding.UTF8.GetBytes(iin)));

    public async Task RecordAsync(AppealRecord appeal, EarlierOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        TableClient table = await tables.GetAsync(ReceptionTables.ApplicantsTable);

        // Under the appeal's own key version while it is configured: its outcome updates the row
        // its intake wrote, and a retired version's rows all go with it.
        int version = keys.Versions.Contains(appeal.KeyVersion) ? appeal.KeyVersion : keys.CurrentVersion;
        var entity = new TableEntity(KeyOf(appeal.Submission.Applicant.IdentityKey, version), appeal.AppealId)
        {
            ["RegistrationNumber"] = appeal.RegistrationNumber,
            ["Outcome"] = CamelCaseNames.Of(outcome),
            ["KeyVersion"] = version,
        };
        if (outcome == EarlierOutcome.Pending)
        {
            try
            {
                await table.AddEntityAsync(entity, cancellationToken); // never overwrite a later outcome
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
            }

            return;
        }

        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<EarlierAppeal>> FindAsync(string applicantKey, CancellationToken cancellationToken)
    {
        TableClient table = await tables.GetAsync(ReceptionTables.ApplicantsTable);
        var found = new List<EarlierAppeal>();
        await foreach (TableEntity e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {applicantKey}"), cancellationToken: cancellationToken))
        {
            CamelCaseNames.TryParse(e.GetString("Outcome"), out EarlierOutcome outcome);
            PersonalData? earlier = await personalData.FindAsync(e.RowKey, cancellationToken);
            found.Add(new EarlierAppeal(e.RowKey, e.GetString("RegistrationNumber"), applicantKey, earlier?.Subject ?? string.Empty, outcome));
        }

        return found;
    }

    public async Task RemoveAsync(AppealRecord appeal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        TableClient table = await tables.GetAsync(ReceptionTables.ApplicantsTable);
        foreach (string key in KeysOf(appeal.Submission.Applicant.IdentityKey))
        {
            await table.DeleteEntityAsync(key, appeal.AppealId, ETag.All, cancellationToken); // a missing row is no error
        }
    }
}
