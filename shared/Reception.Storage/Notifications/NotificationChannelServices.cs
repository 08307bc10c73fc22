using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reception.Workflow.Notifications;

namespace Reception.Storage.Notifications;

/// <summary>Registers a typed, resilient HTTP client channel for each configured endpoint; both hosts call this.</summary>
public static class NotificationChannelServices
{
    /// <summary>
    /// One channel per configured endpoint of <c>Reception:Notifications</c> (EgovCabinetUrl,
    /// SmsGatewayUrl, EmailUrl); a channel without an endpoint is not registered and its
    /// deliveries are skipped.
    /// </summary>
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        NotificationOptions options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new();
        AddChannel<EgovCabinetChannel>(services, options.EgovCabinetUrl);
        AddChannel<SmsGatewayChannel>(services, options.SmsGatewayUrl);
        AddChannel<EmailChannel>(services, options.EmailUrl);
        return services;
    }

    private static void AddChannel<TChannel>(IServiceCollection services, Uri? endpoint)
        where TChannel : class, INotificationChannel
    {
        if (endpoint is null)
        {
            return;
        }

        services.AddHttpClient<TChannel>(client => client.BaseAddress = endpoint)
            // The channels live as long as the dispatcher (a singleton), so their handler is never
            // recycled by the factory; the pooled connections are, and DNS changes are still seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler();
        services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<TChannel>());
    }
}
