namespace Reception.Domain.Appeals;

/// <summary>The language of the reception and of every message to the applicant (R18, §21).</summary>
public enum Language
{
    Kk,
    Ru,
}
