using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CityToken.Api.Chain;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace CityToken.Tests.Infrastructure;

/// <summary>
/// A real chain node on a free loopback port, started for a test and killed with its process tree when disposed:
/// `hardhat node` (automine), or Anvil when CITYTOKEN_TEST_CHAIN=anvil (see <see cref="TestChain"/>), as
/// <see cref="TestStorage"/> chooses the database. Deploys through scripts/deploy.js, the same path ./scripts/start.sh uses.
/// </summary>
internal sealed class HardhatNode : IAsyncDisposable
{
    /// <summary>
    /// The first default account of Hardhat and Anvil (both derive it from the same public test mnemonic): the deployer
    /// and admin on a local chain.
    /// </summary>
    public const string Account0Key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _workDir;
    private bool _stopped;

    private HardhatNode(Process process, int port, string workDir)
    {
        _process = process;
        Port = port;
        _workDir = workDir;
    }

    public int Port { get; }

    public string RpcUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Folder (unique to this node) that holds the deployment manifest and Ignition journal.</summary>
    public string DeploymentsDirectory => Path.Combine(_workDir, "deployments");

    public static async Task<HardhatNode> StartAsync()
    {
        var workDir = Directory.CreateTempSubdirectory("citytoken-node-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Free();
            var process = Spawn(TestChain.Executable, TestChain.Arguments(port), new());
            var node = new HardhatNode(process, port, workDir);
            node.Capture();
            try
            {
                await node.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(60));
                return node;
            }
            catch (Exception) when (attempt < 3)
            {
                // Another process may have taken the port between probe and bind: try another one.
                await node.StopProcessAsync();
            }
        }
    }

    /// <summary>Runs scripts/deploy.js against this node and returns the manifest it wrote.</summary>
    public async Task<DeploymentManifest> DeployAsync(IDictionary<string, string>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["CITYTOKEN_CHAIN_PORT"] = Port.ToString(),
            ["CITYTOKEN_DEPLOYMENTS_DIR"] = DeploymentsDirectory,
            ["CITYTOKEN_IGNITION_DIR"] = Path.Combine(_workDir, "ignition"),
        };
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        using var deploy = Spawn(RepoPaths.Hardhat, ["run", "--no-compile", "scripts/deploy.js", "--network", "localhost"], environment);
        var stdout = deploy.StandardOutput.ReadToEndAsync();
        var stderr = deploy.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await deploy.WaitForExitAsync(timeout.Token);
        if (deploy.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy failed ({deploy.ExitCode}):\n{await stdout}\n{await stderr}");
        }
        return ReadManifest();
    }

    public DeploymentManifest ReadManifest() =>
        JsonSerializer.Deserialize<DeploymentManifest>(File.ReadAllText(Path.Combine(DeploymentsDirectory, "31337.json")))
        ?? throw new InvalidOperationException("empty manifest");

    /// <summary>A Web3 that signs with Hardhat's account #0 on this node.</summary>
    public Web3 Web3ForAccount0() => new(new Account(Account0Key, 31337), RpcUrl);

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

    public async ValueTask DisposeAsync()
    {
        await StopProcessAsync();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere: the temp folder is left behind, which is harmless.
        }
    }

    /// <summary>Stops the node (its chain is gone) but keeps the deployment folder.</summary>
    public Task StopAsync() => StopProcessAsync();

    private async Task StopProcessAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Capture()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
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

    private async Task WaitUntilAnsweringAsync(TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{TestChain.Name} node exited ({_process.ExitCode}):\n{Output}");
            }
            try
            {
                using var body = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""", Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri(RpcUrl), body);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{TestChain.Name} node did not answer on {RpcUrl} within {limit}:\n{Output}");
    }

    private static Process Spawn(string file, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Hardhat needs Node 22, which the npm package `node` puts in node_modules/.bin.
        start.Environment["PATH"] = RepoPaths.NodeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
    }
}
