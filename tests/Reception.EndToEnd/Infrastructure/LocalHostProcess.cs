using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reception.EndToEnd.Infrastructure;

/// <summary>
/// The local host as a real process (<c>dotnet Reception.LocalHost.dll</c>) on Azurite, configured
/// through environment variables the way an operator would, and killed the way a crash would.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private LocalHostProcess(Process process, int port, string taskHub)
    {
        this.process = process;
        Port = port;
        TaskHub = taskHub;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    public int Port { get; }

    public string TaskHub { get; }

    public HttpClient Client { get; }

    /// <summary>The process id: fault tests signal only processes they started, by their id.</summary>
    public int ProcessId => process.Id;

    /// <summary>Whether the process has ended (crashed, or stopped itself).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>What the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The storage the test run uses: test.sh's Azurite, or the emulator's default ports.</summary>
    public static string StorageConnectionString =>
        Environment.GetEnvironmentVariable("RECEPTION_TEST_STORAGE") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    /// <summary>Each test host's own blob container of published documents.</summary>
    public static string DocumentsContainerOf(string taskHub) => "docs-" + taskHub.ToLowerInvariant();

    /// <summary>Each test host's own outbox queue, so a test can count what its host sent.</summary>
    public static string OutboxQueueOf(string taskHub) => "outbox-" + taskHub.ToLowerInvariant();

    public static string StartQueueOf(string taskHub) => "starts-" + taskHub.ToLowerInvariant();

    /// <summary>A task hub name of its own for each test host, so runs never share durable state.</summary>
    public static string NewTaskHub() => "e2e" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<LocalHostProcess> StartAsync(
        string? taskHub = null, int? port = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        taskHub ??= NewTaskHub();
        int chosenPort = port ?? FreePort();
        var start = new ProcessStartInfo("dotnet", [Repository.BuildOutput(Path.Combine("functions", "Reception.LocalHost"), "Reception.LocalHost.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Repository.BuildOutput(Path.Combine("functions", "Reception.LocalHost"), "Reception.LocalHost.dll"))!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Reception__Storage__ConnectionString"] = StorageConnectionString;
        start.Environment["Reception__LocalHost__Port"] = chosenPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TaskHubName"] = taskHub;
        start.Environment["Reception__Notifications__QueueName"] = OutboxQueueOf(taskHub);
        start.Environment["Reception__Workflow__StartQueueName"] = StartQueueOf(taskHub);
        start.Environment["Reception__Storage__TablePrefix"] = taskHub;
        start.Environment["Reception__Storage__DocumentsContainer"] = DocumentsContainerOf(taskHub);

        // Every test client comes from 127.0.0.1 and polls the public view: limits only where a test asks for them.
        start.Environment["Reception__RateLimits__PublicPerMinute"] = "0";
        start.Environment["Reception__RateLimits__IntakePerMinutePerKey"] = "0";
        if (settings?.ContainsKey("ASPNETCORE_ENVIRONMENT") != true)
        {
            // Development users exist only in Development: a test that starts another environment gets none.
            foreach ((string key, string value) in TestOfficials.HostSettings())
            {
                start.Environment[key] = value;
            }
        }

        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var host = new LocalHostProcess(Process.Start(start)!, chosenPort, taskHub);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.WaitUntilServingAsync();
        return host;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or a pulled plug.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The local host exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using HttpResponseMessage response = await Client.GetAsync(new Uri("/api/clock", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The local host did not answer on port {Port} within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
