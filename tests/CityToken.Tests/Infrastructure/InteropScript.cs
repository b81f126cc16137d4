using System.Diagnostics;

namespace CityToken.Tests.Infrastructure;

/// <summary>Runs a script of tests/interop with the project's Node (node_modules/.bin first on PATH), for clients nobody here wrote.</summary>
internal static class InteropScript
{
    /// <summary>Runs tests/interop/<paramref name="script"/> with <paramref name="args"/> (and <paramref name="stdin"/>); returns its stdout, or throws with its stderr.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> args, string? stdin = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.NodeBin, "node"))
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "interop", script));
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
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}):\n{await stderr}");
        }
        return await stdout;
    }
}
