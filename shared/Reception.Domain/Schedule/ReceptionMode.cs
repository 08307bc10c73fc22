namespace Reception.Domain.Schedule;

/// <summary>In person, or by video conference (R17, §12–13).</summary>
public enum ReceptionMode
{
    InPerson,
    Video,
}
