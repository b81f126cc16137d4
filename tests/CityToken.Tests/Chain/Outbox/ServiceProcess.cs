using System.Diagnostics;
using System.Text;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Chain.Outbox;

/// <summary>
/// The built service (CityToken.Api.dll) run as a separate process, configured by environment variables the way
/// start.sh does it, so a test can kill it for real (SIGKILL) and start it again on the same database.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Path of the service's build output matching this test build's configuration (Debug/Release).</summary>
    public static string ServiceDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "CityToken.Api", "bin", configuration, "net10.0", "CityToken.Api.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first: service not found", dll);
        }
    }

    public static async Task<ServiceProcess> StartAsync(HardhatNode node, string dataDirectory, IDictionary<string, string> extra)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(ServiceDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { ServiceDll, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Chain__RpcUrl"] = node.RpcUrl;
        start.Environment["Chain__DeploymentsDirectory"] = node.DeploymentsDirectory;
        start.Environment["Chain__StartupWaitSeconds"] = "5";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        start.Environment["Auth__AdminApiKey"] = ServiceFactory.AdminKey;
        start.Environment["Credentials__PersonKeySecret"] = ServiceFactory.PersonKeySecret;
        start.Environment["DataProtection__KeyEncryptionSecret"] = ServiceFactory.KeyEncryptionSecret;
        start.Environment["Signer__PrivateKey"] = ServiceFactory.ServiceAccountKey;
        start.Environment["Outbox__PollIntervalMilliseconds"] = "100";
        // A restart (new instance id) waits for the killed instance's sender lease to expire: keep that short.
        start.Environment["Outbox__LeaseSeconds"] = "3";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        // As ServiceFactory: the suites report actions on fixed days of 2026.
        start.Environment["Rewards__MaxBackdateDays"] = "36500";
        // As ServiceFactory: the tests' loopback calls exercise the rate limits without reaching them.
        foreach (var policy in new[] { "SignIn", "Relays", "DidResolution", "PublicReads" })
        {
            start.Environment[$"RequestLimits__{policy}__PermitLimit"] = "1000000";
        }
        foreach (var (key, value) in TestStorage.SettingsFor(dataDirectory))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        foreach (var (key, value) in extra)
        {
            start.Environment[key] = value;
        }
        var service = new ServiceProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the service"), port);
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (service.HasExited)
            {
                throw new InvalidOperationException($"the service exited ({service.ExitCode}) while starting:\n{service.Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                return service;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await service.DisposeAsync();
        throw new TimeoutException($"the service did not answer within 60 s:\n{service.Output}");
    }

    /// <summary>kill -9: no shutdown, no lease release.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

}
