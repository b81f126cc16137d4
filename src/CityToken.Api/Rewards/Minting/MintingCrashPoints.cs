using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Rewards.Minting;

/// <summary>Fault injection for crash tests (Rewards:Minting:CrashAt): SIGKILL at a named point. Off by default.</summary>
public sealed class MintingCrashPoints(IOptions<MintingOptions> options)
{
    public void Reach(MintingCrashPoint point)
    {
        if (point == MintingCrashPoint.None || options.Value.CrashAt != point)
        {
            return;
        }
        // Said synchronously: the console logger's queue would be cut off by SIGKILL.
        Console.Error.WriteLine($"Rewards:Minting:CrashAt={point}: killing the process now (crash test fault injection).");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
    }
}
