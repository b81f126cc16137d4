using System.Diagnostics;
using System.Text.Json.Nodes;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Ballots;

/// <summary>Signs typed data with ethers v6 (npm) through tests/interop/sign-typed-data.mjs: a wallet library nobody here wrote.</summary>
internal static class EthersSigner
{
    public static async Task<string> SignTypedDataAsync(string privateKey, JsonObject typedData)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.NodeBin, "node"))
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "interop", "sign-typed-data.mjs"));
        start.Environment["PATH"] = RepoPaths.NodeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        await process.StandardInput.WriteAsync(new JsonObject { ["privateKey"] = privateKey, ["typedData"] = typedData.DeepClone() }.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sign-typed-data.mjs failed ({process.ExitCode}):\n{await stderr}");
        }
        return (await stdout).Trim();
    }
}
