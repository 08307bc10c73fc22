namespace Reception.Domain.Applicants;

/// <summary>The categories received out of turn, ahead of the queue (R7, §11).</summary>
public enum OutOfTurnCategory
{
    WwiiVeteran,
    WwiiEquatedVeteran,
    CombatVeteran,
    Disability,
    Pregnant,
    AltynKyran,
    HalykKaharmany,
    EnbekEri,
}
