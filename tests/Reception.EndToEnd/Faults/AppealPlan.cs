using System.Globalization;
using Reception.EndToEnd.Infrastructure;

namespace Reception.EndToEnd.Faults;

/// <summary>What the fault run does with one appeal, drawn from the seed, and what it must end as.</summary>
public sealed record AppealPlan(int Number, string ExternalId, bool Blank, bool OutOfTurn, bool Refuse, string Language)
{
    /// <summary>The status the appeal must reach: R2, a refusal at review, or a booked reception.</summary>
    public string ExpectedStatus => Blank ? "leftWithoutConsideration" : Refuse ? "refused" : "scheduled";

    public static AppealPlan Draw(Random random, int seed, int number)
    {
        ArgumentNullException.ThrowIfNull(random);
        bool blank = random.NextDouble() < 0.1;
        return new AppealPlan(
            number,
            string.Create(CultureInfo.InvariantCulture, $"FAULT-{seed}-{number:D4}"),
            blank,
            OutOfTurn: random.NextDouble() < 0.3,
            Refuse: !blank && random.NextDouble() < 0.1,
            Language: random.NextDouble() < 0.5 ? "kk" : "ru");
    }

    /// <summary>The call centre's request: an applicant of its own (no R3 repeats), out of turn or not (R7).</summary>
    public string IntakeBody() => $$"""
        {
          "externalId": "{{ExternalId}}",
          "applicant": {
            "type": "individual", "iin": "{{TestIins.NewIin()}}",
            "lastName": "Сапарова", "firstName": "Гульнар", "phone": "+7701{{Number:D7}}", "email": "a{{Number}}@example.kz",
            "citizenship": "KZ", "categories": [{{(OutOfTurn ? "\"disability\"" : string.Empty)}}]
          },
          "subject": "{{(Blank ? " " : $"Вопрос {Number} о ремонте дороги в посёлке")}}",
          "requestedOfficial": "akim", "language": "{{Language}}"
        }
        """;
}
