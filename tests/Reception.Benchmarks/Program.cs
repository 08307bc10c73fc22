using System.Globalization;
using Reception.Benchmarks;

// scripts/benchmark.sh [intake [operations]] | [report [appeals]] | [worklist [appeals [seed]]]
string mode = args.Length > 0 ? args[0] : "intake";
int count(int fallback) => args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : fallback;
switch (mode)
{
    case "report":
        await ReportBenchmark.RunAsync(count(100_000));
        break;
    case "worklist":
        await WorklistBenchmark.RunAsync(count(10_000), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20261125);
        break;
    case "lifecycle":
        await LifecycleBenchmark.RunAsync(count(40));
        break;
    case "intake":
        await IntakeBenchmark.RunAsync(count(2000));
        break;
    default:
        Console.Error.WriteLine("usage: benchmark.sh intake [operations] | lifecycle [appeals] | report [appeals] | worklist [appeals [seed]]");
        return 2;
}

return 0;
