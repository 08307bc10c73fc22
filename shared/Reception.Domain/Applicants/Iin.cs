using System.Globalization;

namespace Reception.Domain.Applicants;

/// <summary>Rules of the individual identification number (IIN) of Kazakhstan.</summary>
/// <remarks>YYMMDD + century/sex digit (1/2: 1800s, 3/4: 1900s, 5/6: 2000s) + 4-digit serial + check digit.</remarks>
public static class Iin
{
    /// <summary>Why <paramref name="value"/> is not a valid IIN, or null when it is.</summary>
    public static string? Problem(string? value)
    {
        if (!TaxpayerNumber.HasTwelveDigits(value))
        {
            return "An IIN is exactly 12 digits.";
        }

        int centuryDigit = value![6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            return "Digit 7 of an IIN (century and sex) must be 1 to 6.";
        }

        int century = 1800 + ((centuryDigit - 1) / 2 * 100);
        string birthDate = (century + int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture))
            .ToString("0000", CultureInfo.InvariantCulture) + value[2..6];
        if (!DateOnly.TryParseExact(birthDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "The first 6 digits of an IIN must be a date of birth (YYMMDD).";
        }

        return TaxpayerNumber.HasValidCheckDigit(value) ? null : "The IIN's check digit is wrong.";
    }
}
