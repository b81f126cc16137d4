using System.Diagnostics;
using System.Text.Json;
using CityToken.Tests.Infrastructure;

namespace CityToken.Tests.Redemptions;

/// <summary>Signs permit typed data with ethers v6 (npm) through tests/interop/sign-permit.mjs, as a wallet would.</summary>
internal static class EthersPermitSigner
{
    private static string Script => Path.Combine(RepoPaths.Root, "tests", "interop", "sign-permit.mjs");

    /// <summary>The address of Hardhat's account <paramref name="index"/>, as ethers derives it.</summary>
    public static async Task<string> AddressAsync(int index) =>
        JsonDocument.Parse(await RunAsync(null, [index.ToString(System.Globalization.CultureInfo.InvariantCulture), "--address"]))
            .RootElement.GetProperty("address").GetString()!;

    /// <summary>Signs <paramref name="typedData"/> (the service's JSON) with account <paramref name="index"/>; options alter it first.</summary>
    public static async Task<string> SignAsync(int index, string typedData, params string[] options)
    {
        var output = await RunAsync(typedData, [index.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options]);
        return JsonDocument.Parse(output).RootElement.GetProperty("signature").GetString()!;
    }

    private static async Task<string> RunAsync(string? stdin, string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.NodeBin, "node"))
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
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
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sign-permit.mjs failed ({process.ExitCode}):\n{await stderr}");
        }
        return await stdout;
    }
}
