namespace Reception.Storage.Notifications;

/// <summary>The SMS gateway (<c>Reception:Notifications:SmsGatewayUrl</c>).</summary>
public sealed class SmsGatewayChannel(HttpClient http) : JsonNotificationChannel(http)
{
    public override string Name => "sms";
}
