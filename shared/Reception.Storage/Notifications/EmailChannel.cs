namespace Reception.Storage.Notifications;

/// <summary>The e-mail relay (<c>Reception:Notifications:EmailUrl</c>).</summary>
public sealed class EmailChannel(HttpClient http) : JsonNotificationChannel(http)
{
    public override string Name => "email";
}
