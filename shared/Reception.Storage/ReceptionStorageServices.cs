using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Storage.Blobs;
using Reception.Storage.Configuration;
using Reception.Storage.Faults;
using Reception.Storage.Queues;
using Reception.Storage.Tables;
using Reception.Workflow.Appeals;
using Reception.Workflow.Deadlines;
using Reception.Workflow.Intake;
using Reception.Workflow.Notifications;
using Reception.Workflow.Operations;
using Reception.Workflow.Privacy;
using Reception.Workflow.Publishing;
using Reception.Workflow.Reports;
using Reception.Workflow.Schedule;

namespace Reception.Storage;

/// <summary>Registers the Azure Storage adapters of the workflow's ports; both hosts call this.</summary>
public static class ReceptionStorageServices
{
    public static IServiceCollection AddReceptionStorage(this IServiceCollection services, StorageConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        services.AddSingleton(connection);
        services.AddSingleton(_ => connection.CreateTableServiceClient());
        services.AddSingleton(sp => new ReceptionTables(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[ReceptionTables.PrefixKey] ?? ReceptionTables.DefaultPrefix));
        services.AddSingleton<IPersonalDataStore>(sp =>
        {
            // Its own account when configured (e.g. one in Kazakhstan, law No. 94-V art. 12(2)), else the service's.
            IConfiguration configuration = sp.GetRequiredService<IConfiguration>();
            string? own = configuration[TablePersonalDataStore.ConnectionStringKey];
            TableServiceClient service = string.IsNullOrWhiteSpace(own)
                ? sp.GetRequiredService<TableServiceClient>()
                : new TableServiceClient(own, StorageRetry.Bounded(new TableClientOptions()));
            return new TablePersonalDataStore(service, (configuration[ReceptionTables.PrefixKey] ?? ReceptionTables.DefaultPrefix) + TablePersonalDataStore.TableRole);
        });
        services.AddSingleton<IAppealStore, TableAppealStore>();
        services.AddSingleton<IRegistrationNumbers, TableRegistrationNumbers>();
        services.AddSingleton<IApplicantIndex, TableApplicantIndex>();
        services.AddSingleton<IScheduleStore, TableScheduleStore>();
        services.AddSingleton<IReportingMeetings, TableReportingMeetings>();
        services.AddSingleton<Reception.Workflow.Materials.IMaterialsRequests, TableMaterialsRequests>();
        services.AddSingleton<ISurveyStore, TableSurveyStore>();
        services.AddSingleton<Workflow.Worklists.IWorklistIndex, TableWorklistIndex>();
        services.AddSingleton<ISentNotifications, TableSentNotifications>();
        services.AddSingleton<IReportCounters, TableReportCounters>();
        services.AddSingleton<IDeadlineWakes, TableDeadlineWakes>();
        services.AddSingleton(_ => connection.CreateBlobServiceClient());
        services.AddSingleton<IDocumentStore>(sp => new BlobDocumentStore(
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[BlobDocumentStore.ContainerKey] ?? BlobDocumentStore.DefaultContainer));
        services.AddSingleton<IDocumentReader>(sp => sp.GetRequiredService<IDocumentStore>()); // e-mail attachments (R25)
        services.AddSingleton<IAnswerLetters>(sp => new BlobAnswerLetters(
            // A letter is about a person: it goes with the personal data store when that has an account of its own.
            sp.GetRequiredService<IConfiguration>()[TablePersonalDataStore.ConnectionStringKey] is { Length: > 0 } own
                ? new BlobServiceClient(own, StorageRetry.Bounded(new BlobClientOptions()))
                : sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[BlobAnswerLetters.ContainerKey] ?? BlobAnswerLetters.DefaultContainer));
        services.AddSingleton(_ => connection.CreateQueueServiceClient());
        services.AddSingleton(sp => new QueueNotificationOutbox(
            sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[QueueNotificationOutbox.QueueNameKey] ?? QueueNotificationOutbox.DefaultQueueName));
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<QueueNotificationOutbox>());
        services.AddSingleton(sp => new QueueAppealStartRequests(
            sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[QueueAppealStartRequests.QueueNameKey] ?? QueueAppealStartRequests.DefaultQueueName));
        services.AddSingleton<IAppealStartRequests>(sp => sp.GetRequiredService<QueueAppealStartRequests>());
        services.AddSingleton<IStorageProbe, StorageProbe>();
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new PrivacyOptions());
        services.AddSingleton(sp => sp.GetRequiredService<PrivacyOptions>().ToKeyRing());
        services.AddSingleton(sp => new AppealIdentities(sp.GetRequiredService<KeyRing>()));
        return services;
    }
}
