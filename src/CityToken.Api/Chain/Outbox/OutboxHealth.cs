using CityToken.Api.Health;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The outbox in GET /health ("outbox"): unhealthy when the worker cannot reach the node, or an entry has waited
/// longer than Outbox:HealthMaxPendingAgeSeconds. Details: pending counts by state, oldest pending age, stuck count.
/// </summary>
public sealed class OutboxHealth(
    OutboxState state,
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider time) : IHealthContributor
{
    private static readonly OutboxStatus[] Pending =
        [OutboxStatus.Queued, OutboxStatus.Signed, OutboxStatus.Broadcast, OutboxStatus.Mined];

    public string Name => "outbox";

    public async Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (nodeProblem, lastCycleAt, failures) = state.Snapshot();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var counts = await db.Set<OutboxEntry>()
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var oldest = await db.Set<OutboxEntry>().Where(e => Pending.Contains(e.Status))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        var stuckBefore = now - TimeSpan.FromSeconds(options.Value.StuckAfterSeconds);
        var broadcast = await db.Set<OutboxEntry>().Where(e => e.Status == OutboxStatus.Broadcast)
            .Select(e => e.Attempts.OrderByDescending(a => a.Number).Select(a => a.BroadcastAt).FirstOrDefault())
            .ToListAsync(cancellationToken);
        var stuck = broadcast.Count(at => at is { } sent && sent <= stuckBefore);
        var oldestAge = oldest is null ? (double?)null : Math.Round((now - oldest.CreatedAt).TotalSeconds, 1);

        var details = new Dictionary<string, object?>
        {
            ["pending"] = counts.Where(c => Pending.Contains(c.Status)).Sum(c => c.Count),
            ["byStatus"] = counts.ToDictionary(c => c.Status.ToString().ToLowerInvariant(), c => c.Count),
            ["oldestPendingId"] = oldest?.Id,
            ["oldestPendingAgeSeconds"] = oldestAge,
            ["stuck"] = stuck,
            ["nodeReachable"] = nodeProblem is null,
            ["lastCycleAt"] = lastCycleAt,
            ["consecutiveFailures"] = failures,
        };
        string? reason = null;
        if (nodeProblem is not null)
        {
            reason = $"cannot send transactions: {nodeProblem}";
        }
        else if (oldestAge > options.Value.HealthMaxPendingAgeSeconds)
        {
            reason = $"outbox entry {oldest!.Id} has waited {oldestAge:0} s (limit {options.Value.HealthMaxPendingAgeSeconds} s); {stuck} stuck";
        }
        return new ComponentHealth(reason is null, reason, details);
    }
}
