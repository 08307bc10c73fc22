using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Reception.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Storage.Configuration;
using Reception.Storage.Notifications;
using Reception.Storage.Queues;
using Reception.Storage.Tables;
using Reception.Workflow.Notifications;
using Reception.Workflow.Ports;

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
        services.AddSingleton<IAppealStore, TableAppealStore>();
        services.AddSingleton<IIntakeLedger, TableIntakeLedger>();
        services.AddSingleton<IRegistrationNumbers, TableRegistrationNumbers>();
        services.AddSingleton<ITrackingCodes, TableTrackingCodes>();
        services.AddSingleton<IApplicantIndex, TableApplicantIndex>();
        services.AddSingleton<IScheduleStore, TableScheduleStore>();
        services.AddSingleton<ISurveyStore, TableSurveyStore>();
        services.AddSingleton<ISentNotifications, TableSentNotifications>();
        services.AddSingleton<IReportCounters, TableReportCounters>();
        services.AddSingleton(_ => connection.CreateBlobServiceClient());
        services.AddSingleton<IDocumentStore>(sp => new BlobDocumentStore(
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[BlobDocumentStore.ContainerKey] ?? BlobDocumentStore.DefaultContainer));
        services.AddSingleton(_ => connection.CreateQueueServiceClient());
        services.AddSingleton(sp => new QueueNotificationOutbox(
            sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<IConfiguration>()[QueueNotificationOutbox.QueueNameKey] ?? QueueNotificationOutbox.DefaultQueueName));
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<QueueNotificationOutbox>());
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new PrivacyOptions());
        return services;
    }

    /// <summary>
    /// One resilient named HTTP client and channel for each configured endpoint of
    /// <c>Reception:Notifications</c> (EgovCabinetUrl, SmsGatewayUrl, EmailUrl).
    /// </summary>
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        NotificationOptions options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new();
        foreach ((string channel, Uri? url) in new[] { ("egov", options.EgovCabinetUrl), ("sms", options.SmsGatewayUrl), ("email", options.EmailUrl) })
        {
            if (url is null)
            {
                continue;
            }

            services.AddHttpClient(HttpNotificationChannel.HttpClientName(channel), c => c.BaseAddress = url).AddStandardResilienceHandler();
            services.AddSingleton<INotificationChannel>(sp => new HttpNotificationChannel(channel, sp.GetRequiredService<IHttpClientFactory>()));
        }

        return services;
    }
}
