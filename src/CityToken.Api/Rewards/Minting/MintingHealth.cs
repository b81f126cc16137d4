namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Minting in GET /health ("minting"): whether the batcher mints or waits, and why (the token is paused, or the
/// period's mint allowance is used up), as its last run found on chain, with the queue it holds. A hold is the city's
/// decision or its cap doing its job, not a fault of this instance: the component stays healthy (a 503 would take
/// the instance out of a load balancer and stop every read), and the hold is in the details.
/// </summary>
public sealed class MintingHealth(MintHold hold, IServiceScopeFactory scopes, IOptions<MintingOptions> options) : IHealthContributor
{
    public string Name => "minting";

    public async Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<CivicAction>()
            .CountAsync(a => a.Status == ActionStatus.Queued, cancellationToken);
        var current = hold.Current;
        var details = new Dictionary<string, object?>
        {
            ["state"] = !options.Value.Enabled ? "disabled" : current?.Kind ?? "minting",
            ["queued"] = queued,
            ["detail"] = current?.Detail,
            ["heldSince"] = current?.Since,
            ["checkedAt"] = current?.CheckedAt,
            ["checks"] = current?.Checks ?? 0,
        };
        return new ComponentHealth(true, null, details);
    }
}
