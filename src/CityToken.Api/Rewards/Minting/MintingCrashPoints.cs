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
        CrashPoints.KillNow($"Rewards:Minting:CrashAt={point}");
    }
}
