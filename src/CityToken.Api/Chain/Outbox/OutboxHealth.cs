namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The outbox in GET /health ("outbox"). Unhealthy, with the first reason that applies, when: the worker cannot
/// reach the node; this instance lost the sender lease to another instance and that holder has not renewed it
/// since; nobody holds the lease while entries wait (the holder died and it has not expired yet or nobody can take
/// it); an entry is stuck (its latest transaction not mined after Outbox:StuckAfterSeconds or StuckAfterBlocks,
/// e.g. because a replacement would pass the fee cap); or an entry has waited longer than
/// Outbox:HealthMaxPendingAgeSeconds. Details: pending counts by state, oldest pending, stuck entries, the lease
/// (holder, generation, expiry, this instance's role) and the last lease loss.
/// </summary>
public sealed class OutboxHealth(
    OutboxState state,
    SenderLease lease,
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
        var seen = state.Snapshot();
        var limits = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var counts = await db.Set<OutboxEntry>()
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var pending = counts.Where(c => Pending.Contains(c.Status)).Sum(c => c.Count);
        var oldest = await db.Set<OutboxEntry>().Where(e => Pending.Contains(e.Status))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        var broadcast = await db.Set<OutboxEntry>().Where(e => e.Status == OutboxStatus.Broadcast)
            .Select(e => new
            {
                e.Id,
                e.Error,
                Latest = e.Attempts.OrderByDescending(a => a.Number).Select(a => new { a.BroadcastAt, a.BroadcastBlock }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var stuck = broadcast
            .Where(e => e.Latest?.BroadcastAt is { } sent
                && (now - sent >= TimeSpan.FromSeconds(limits.StuckAfterSeconds)
                    || (limits.StuckAfterBlocks > 0 && seen.Head is { } head && e.Latest.BroadcastBlock is { } at && head - at >= limits.StuckAfterBlocks)))
            .OrderBy(e => e.Id)
            .ToList();
        var oldestAge = oldest is null ? (double?)null : Math.Round((now - oldest.CreatedAt).TotalSeconds, 1);
        var row = await db.Set<OutboxLease>().AsNoTracking().FirstOrDefaultAsync(l => l.Sender == lease.Sender, cancellationToken);
        var heldHere = lease.HeldGeneration is { } generation && row is not null && row.Holder == lease.InstanceId && row.Generation == generation;
        var live = row is not null && row.ExpiresAt > now;

        var details = new Dictionary<string, object?>
        {
            ["pending"] = pending,
            ["byStatus"] = counts.ToDictionary(c => c.Status.ToString().ToLowerInvariant(), c => c.Count),
            ["oldestPendingId"] = oldest?.Id,
            ["oldestPendingAgeSeconds"] = oldestAge,
            ["stuck"] = stuck.Count,
            ["stuckIds"] = stuck.Select(e => e.Id).Take(20).ToList(),
            ["nodeReachable"] = seen.NodeProblem is null,
            ["lastCycleAt"] = seen.LastCycleAt,
            ["consecutiveFailures"] = seen.ConsecutiveFailures,
            ["lease"] = new Dictionary<string, object?>
            {
                ["sender"] = lease.Sender,
                ["instance"] = lease.InstanceId,
                ["role"] = heldHere ? "holder" : "standby",
                ["holder"] = row?.Holder,
                ["generation"] = row?.Generation,
                ["expiresAt"] = row?.ExpiresAt,
                ["renewedAt"] = row?.RenewedAt,
                ["live"] = live,
                ["lostAt"] = seen.LeaseLostAt,
                ["lostReason"] = seen.LeaseLostReason,
                ["tookOverFrom"] = lease.TookOver?.Previous,
                ["tookOverAt"] = lease.TookOver?.At,
            },
        };
        string? reason = null;
        if (seen.NodeProblem is not null)
        {
            reason = $"cannot send transactions: {seen.NodeProblem}";
        }
        else if (seen.LeaseLostAt is { } lostAt && !heldHere && !(live && row!.RenewedAt > lostAt))
        {
            reason = $"this instance ({lease.InstanceId}) lost the outbox lease for {lease.Sender} at {lostAt:O} ({seen.LeaseLostReason}), and no holder has renewed it since";
        }
        else if (!live && pending > 0)
        {
            reason = row is null
                ? $"no instance holds the outbox lease for {lease.Sender}: {pending} entries wait"
                : $"the outbox lease for {lease.Sender} expired {Math.Round((now - row.ExpiresAt).TotalSeconds, 1)} s ago (last holder {row.Holder}): {pending} entries wait until an instance takes it";
        }
        else if (stuck.Count > 0)
        {
            var first = stuck[0];
            reason = $"{stuck.Count} outbox entries stuck (first: entry {first.Id}, not mined after Outbox:StuckAfterSeconds {limits.StuckAfterSeconds} s"
                + (limits.StuckAfterBlocks > 0 ? $" or StuckAfterBlocks {limits.StuckAfterBlocks}" : "")
                + (first.Error is null ? ")" : $"; {first.Error})");
        }
        else if (oldestAge > limits.HealthMaxPendingAgeSeconds)
        {
            reason = $"outbox entry {oldest!.Id} has waited {oldestAge:0} s (limit {limits.HealthMaxPendingAgeSeconds} s)";
        }
        return new ComponentHealth(reason is null, reason, details);
    }
}
