namespace Reception.Domain.Applicants;

/// <summary>Rules of the business identification number (BIN) of Kazakhstan.</summary>
/// <remarks>YYMM + type digit (4 resident, 5 non-resident, 6 joint venture) + attribute digit + 5-digit serial + check digit.</remarks>
public static class Bin
{
    /// <summary>Why <paramref name="value"/> is not a valid BIN, or null when it is.</summary>
    public static string? Problem(string? value)
    {
        if (!TaxpayerNumber.HasTwelveDigits(value))
        {
            return "A BIN is exactly 12 digits.";
        }

        int month = ((value![2] - '0') * 10) + (value[3] - '0');
        if (month is < 1 or > 12)
        {
            return "Digits 3-4 of a BIN must be a month (01-12).";
        }

        if (value[4] is not ('4' or '5' or '6'))
        {
            return "Digit 5 of a BIN (entity type) must be 4, 5 or 6.";
        }

        return TaxpayerNumber.HasValidCheckDigit(value) ? null : "The BIN's check digit is wrong.";
    }
}
