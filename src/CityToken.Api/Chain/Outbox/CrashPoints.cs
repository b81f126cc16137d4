using System.Diagnostics;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Fault injection for crash tests: when <see cref="OutboxOptions.CrashAt"/> names a point, the process kills
/// itself (SIGKILL: no finally blocks, no flush, no graceful shutdown) when it gets there. Off by default.
/// </summary>
public sealed partial class CrashPoints(IOptions<OutboxOptions> options, ILogger<CrashPoints> logger)
{
    public void Reach(OutboxCrashPoint point)
    {
        if (point == OutboxCrashPoint.None || options.Value.CrashAt != point)
        {
            return;
        }
        LogCrash(logger, point);
        KillNow($"Outbox:CrashAt={point}");
    }

    /// <summary>Kills this process with SIGKILL (no finally blocks, no flush) after saying which crash point did it.</summary>
    public static void KillNow(string crashPoint)
    {
        // The console logger writes on a background queue that SIGKILL would cut off: say it synchronously.
        Console.Error.WriteLine($"{crashPoint}: killing the process now (crash test fault injection).");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Outbox:CrashAt={Point}: killing the process now (crash test fault injection).")]
    private static partial void LogCrash(ILogger logger, OutboxCrashPoint point);
}
