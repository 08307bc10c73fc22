using System.Globalization;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>Random valid IINs (date of birth, century digit, serial, check digit), one applicant per test.</summary>
public static class TestIins
{
    private static readonly int[] First = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] Second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static string NewIin()
    {
        while (true)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 18000));
            int centuryDigit = 3 + Random.Shared.Next(0, 2); // 1900s
            string eleven = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{centuryDigit}{Random.Shared.Next(0, 10000):D4}");
            int check = Sum(eleven, First);
            if (check == 10)
            {
                check = Sum(eleven, Second);
            }

            if (check != 10)
            {
                return eleven + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static int Sum(string digits, int[] weights) => digits.Select((d, i) => (d - '0') * weights[i]).Sum() % 11;
}
