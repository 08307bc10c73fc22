using System.Globalization;
using Reception.Benchmarks;

// scripts/benchmark.sh intake|lifecycle|memory|scale|report|worklist [arguments]: see scripts/benchmark.sh
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
        await LifecycleBenchmark.RunAsync(count(24));
        break;
    case "memory":
        await WaitingAppealsBenchmark.MemoryAsync(count(10_000));
        break;
    case "scale":
        await WaitingAppealsBenchmark.ScaleAsync(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [100, 1000, 2000, 5000]);
        break;
    case "intake":
        await IntakeBenchmark.RunAsync(count(2000));
        break;
    default:
        Console.Error.WriteLine("usage: benchmark.sh intake [operations] | lifecycle [appeals] | memory [appeals] | scale [levels...] | report [appeals] | worklist [appeals [seed]]");
        return 2;
}

return 0;
