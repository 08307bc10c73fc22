namespace Reception.Storage.Notifications;

/// <summary>The e-gov portal's personal-cabinet callback (<c>Reception:Notifications:EgovCabinetUrl</c>).</summary>
public sealed class EgovCabinetChannel(HttpClient http) : JsonNotificationChannel(http)
{
    public override string Name => "egov";
}
