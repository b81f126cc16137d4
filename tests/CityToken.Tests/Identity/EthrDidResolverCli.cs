using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Identity;

/// <summary>Runs ethr-did-resolver (npm) through tests/interop/resolve-did.mjs and returns its results as JSON.</summary>
internal static class EthrDidResolverCli
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "interop", "resolve-did.mjs");

    /// <summary>Resolves each DID URL; one DID resolution result per URL, in order.</summary>
    /// <param name="now">Pins the resolver's clock (unix seconds) for the latest version's validity checks.</param>
    public static async Task<JsonArray> ResolveAsync(string rpcUrl, string registry, IEnumerable<string> didUrls, long? now = null)
    {
        string[] clock = now is { } t ? ["--now", t.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        var output = await RunAsync([.. clock, rpcUrl, registry, .. didUrls]);
        return JsonNode.Parse(output)?.AsArray() ?? throw new InvalidOperationException("no output from resolve-did.mjs");
    }

    /// <summary>Times <paramref name="iterations"/> warm resolutions; returns the mean in milliseconds.</summary>
    public static async Task<double> BenchAsync(string rpcUrl, string registry, string did, int iterations)
    {
        var output = await RunAsync(["--bench", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), rpcUrl, registry, did]);
        return JsonDocument.Parse(output).RootElement.GetProperty("meanMs").GetDouble();
    }

    private static async Task<string> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.NodeBin, "node"))
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PATH"] = RepoPaths.NodeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"resolve-did.mjs failed ({process.ExitCode}):\n{await stderr}");
        }
        return await stdout;
    }
}
