using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reception.EndToEnd.Faults;

/// <summary>
/// An Azurite of the fault suite's own (npm <c>azurite</c> from the repository's node_modules), on
/// free loopback ports, keeping its data on disk so that it can be stopped and started again as a
/// storage outage. Only the process this class started is ever signalled, by its id.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string dataFolder;
    private readonly int blob = FreePort();
    private readonly int queue = FreePort();
    private readonly int table = FreePort();
    private Process? process;

    private AzuriteProcess(string dataFolder) => this.dataFolder = dataFolder;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync()
    {
        string folder = Path.Combine(Path.GetTempPath(), "reception-faults-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var azurite = new AzuriteProcess(folder);
        await azurite.StartAgainAsync();
        return azurite;
    }

    /// <summary>Starts it (again) on the same ports and data.</summary>
    public async Task StartAgainAsync()
    {
        string bin = Path.Combine(Repository.Root, "node_modules", ".bin", "azurite");
        var start = new ProcessStartInfo(bin,
        [
            "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
            "--location", dataFolder,
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (int i = 0; i < 150; i++)
        {
            if (Listening(blob) && Listening(queue) && Listening(table))
            {
                return;
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {process.ExitCode}; is node_modules installed (npm ci)?");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("Azurite did not open its ports within 30 s.");
    }

    /// <summary>A storage outage: Azurite ends (SIGTERM, so it writes its data down) and its ports refuse connections.</summary>
    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term!.WaitForExitAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(); // its graceful close can hang; the data of a clean close is not needed then
                await process.WaitForExitAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder; the OS cleans it
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
