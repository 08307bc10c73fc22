namespace Reception.Domain.Applicants;

/// <summary>
/// Check-digit rules shared by the IIN (individual) and the BIN (legal entity): both are 12 digits
/// whose last digit is computed from the first eleven.
/// </summary>
/// <remarks>
/// First pass: weights 1..11, sum mod 11. If that gives 10, second pass with weights
/// 3,4,5,6,7,8,9,10,11,1,2. If 10 again the number is invalid; otherwise the result must equal
/// digit 12 (docs/regulation/rules.md, "Reference data").
/// </remarks>
public static class TaxpayerNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>True when <paramref name="value"/> is exactly 12 ASCII digits.</summary>
    public static bool HasTwelveDigits(string? value) =>
        value is { Length: 12 } && value.All(char.IsAsciiDigit);

    /// <summary>The check digit for the first 11 digits, or null when no valid digit exists.</summary>
    public static int? ComputeCheckDigit(ReadOnlySpan<char> firstEleven)
    {
        if (firstEleven.Length != 11)
        {
            throw new ArgumentException("Exactly 11 digits are needed.", nameof(firstEleven));
        }

        int first = WeightedSumMod11(firstEleven, FirstWeights);
        if (first != 10)
        {
            return first;
        }

        int second = WeightedSumMod11(firstEleven, SecondWeights);
        return second == 10 ? null : second;
    }

    /// <summary>True when the value has 12 digits and its last digit is the right check digit.</summary>
    public static bool HasValidCheckDigit(string? value) =>
        HasTwelveDigits(value) && ComputeCheckDigit(value.AsSpan(0, 11)) == value![11] - '0';

    private static int WeightedSumMod11(ReadOnlySpan<char> digits, int[] weights)
    {
        int sum = 0;
        for (int i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11;
    }
}
