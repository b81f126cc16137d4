using CityToken.Api.Chain.Signing;

namespace CityToken.Api.Chain.Outbox;

/// <summary>What an instance knows of the lease after a claim or renewal.</summary>
/// <param name="Held">This instance holds it (it may sign and broadcast for the sender).</param>
/// <param name="NewlyAcquired">Claimed in this call (the holder reconciles nonces before signing).</param>
public sealed record LeaseStatus(bool Held, bool NewlyAcquired, string Holder, long Generation, DateTimeOffset ExpiresAt);

/// <summary>This instance held the lease, and another instance has claimed it since (or it could not be confirmed).</summary>
public sealed class OutboxLeaseLostException(string message) : Exception(message);

/// <summary>
/// This instance's side of the per-sender lease (<see cref="OutboxLease"/>): claim, renew, fence, release.
/// Every write is one conditional UPDATE (or the first INSERT), portable to SQLite and PostgreSQL:
/// <list type="bullet">
/// <item>claim: <c>SET Holder = me, Generation = g + 1 … WHERE Sender = s AND Generation = g AND ExpiresAt &lt;= now</c>
/// (compare-and-swap on the generation read just before, so two claimants cannot both win);</item>
/// <item>renew and fence: <c>… WHERE Sender = s AND Holder = me AND Generation = mine</c>; a claim by anyone else raises
/// the generation, so a taken-over holder's next renewal or fence matches no row.</item>
/// </list>
/// The fence runs inside the database transaction that assigns a nonce and stores a signed transaction, so a
/// transaction is only ever signed by the current holder, whatever the clocks or pauses did in between.
/// </summary>
public sealed partial class SenderLease(
    ServiceSigner signer,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<SenderLease> logger)
{
    private readonly Lock _gate = new();
    private long? _generation;
    private bool _mayReclaimOwn = true;

    /// <summary>This process's id in the lease row (Outbox:InstanceId, or host, process id and a random part).</summary>
    public string InstanceId { get; } = string.IsNullOrWhiteSpace(options.Value.InstanceId)
        ? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}"
        : options.Value.InstanceId.Trim();

    public string Sender => signer.Address;

    /// <summary>The generation this instance holds, or null.</summary>
    public long? HeldGeneration
    {
        get
        {
            lock (_gate)
            {
                return _generation;
            }
        }
    }

    /// <summary>The instance this one took the lease over from, and when (null until it took it from another).</summary>
    public (string Previous, DateTimeOffset At)? TookOver { get; private set; }

    private TimeSpan Duration => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>
    /// Claims the lease when it is free or expired, renews it when held and a third of its time has passed; throws
    /// <see cref="OutboxLeaseLostException"/> when this instance held it and another has claimed it since.
    /// </summary>
    public async Task<LeaseStatus> HoldAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = await db.Set<OutboxLease>().AsNoTracking().FirstOrDefaultAsync(l => l.Sender == Sender, cancellationToken);
        if (row is null)
        {
            return await InsertAsync(db, now, cancellationToken);
        }
        var held = HeldGeneration;
        if (held is { } generation)
        {
            if (row.Holder != InstanceId || row.Generation != generation)
            {
                Lose(row.Holder, row.Generation);
                throw new OutboxLeaseLostException($"the outbox lease for {Sender} was taken by {row.Holder} (generation {row.Generation})");
            }
            if (row.ExpiresAt - now > Duration * 2 / 3)
            {
                return new LeaseStatus(true, false, InstanceId, generation, row.ExpiresAt);
            }
            var expires = now + Duration;
            if (await OwnRow(db, generation).ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.ExpiresAt, expires)
                    .SetProperty(l => l.RenewedAt, now), cancellationToken) == 1)
            {
                return new LeaseStatus(true, false, InstanceId, generation, expires);
            }
            var taker = await db.Set<OutboxLease>().AsNoTracking().FirstAsync(l => l.Sender == Sender, cancellationToken);
            Lose(taker.Holder, taker.Generation);
            throw new OutboxLeaseLostException($"the outbox lease for {Sender} was taken by {taker.Holder} (generation {taker.Generation})");
        }

        // A restarted instance with a configured, stable id may take its own unexpired lease back at once.
        var reclaim = _mayReclaimOwn && row.Holder == InstanceId;
        _mayReclaimOwn = false;
        if (row.ExpiresAt > now && !reclaim)
        {
            return new LeaseStatus(false, false, row.Holder, row.Generation, row.ExpiresAt);
        }
        var next = row.Generation + 1;
        var until = now + Duration;
        var claimed = await db.Set<OutboxLease>()
            .Where(l => l.Sender == Sender && l.Generation == row.Generation && (l.ExpiresAt <= now || (reclaim && l.Holder == InstanceId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, InstanceId)
                .SetProperty(l => l.Generation, next)
                .SetProperty(l => l.AcquiredAt, now)
                .SetProperty(l => l.RenewedAt, now)
                .SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (claimed == 1)
        {
            Acquire(next, row.Holder);
            return new LeaseStatus(true, true, InstanceId, next, until);
        }
        var winner = await db.Set<OutboxLease>().AsNoTracking().FirstAsync(l => l.Sender == Sender, cancellationToken);
        return new LeaseStatus(false, false, winner.Holder, winner.Generation, winner.ExpiresAt);
    }

    /// <summary>
    /// Confirms, inside the caller's open database transaction, that this instance still holds the lease (and
    /// extends it). Throws <see cref="OutboxLeaseLostException"/> otherwise; the caller then rolls back.
    /// </summary>
    public async Task FenceAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The lease fence must run inside the transaction it guards.");
        }
        var generation = HeldGeneration ?? throw new OutboxLeaseLostException($"this instance does not hold the outbox lease for {Sender}");
        var now = time.GetUtcNow();
        var expires = now + Duration;
        if (await OwnRow(db, generation).ExecuteUpdateAsync(s => s
                .SetProperty(l => l.ExpiresAt, expires)
                .SetProperty(l => l.RenewedAt, now), cancellationToken) != 1)
        {
            var taker = await db.Set<OutboxLease>().AsNoTracking().FirstOrDefaultAsync(l => l.Sender == Sender, cancellationToken);
            Lose(taker?.Holder ?? "another instance", taker?.Generation);
            throw new OutboxLeaseLostException($"the outbox lease for {Sender} was taken by {taker?.Holder ?? "another instance"} (generation {taker?.Generation})");
        }
    }

    /// <summary>Gives the lease up (graceful stop), so another instance can take over without waiting for expiry.</summary>
    public async Task ReleaseAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var generation = HeldGeneration;
        if (generation is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        await OwnRow(db, generation.Value).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);
        lock (_gate)
        {
            _generation = null;
        }
        LogReleased(logger, Sender, InstanceId);
    }

    /// <summary>Forgets the lease without writing (the worker stops holding it, e.g. after a lost fence).</summary>
    private void Lose(string holder, long? generation)
    {
        lock (_gate)
        {
            if (_generation is null)
            {
                return;
            }
            _generation = null;
        }
        LogLost(logger, Sender, InstanceId, holder, generation);
    }

    private void Acquire(long generation, string previous)
    {
        lock (_gate)
        {
            _generation = generation;
        }
        if (previous != "nobody" && previous != InstanceId)
        {
            TookOver = (previous, time.GetUtcNow());
        }
        LogAcquired(logger, Sender, InstanceId, generation, previous);
    }

    private IQueryable<OutboxLease> OwnRow(CityTokenDb db, long generation) =>
        db.Set<OutboxLease>().Where(l => l.Sender == Sender && l.Holder == InstanceId && l.Generation == generation);

    private async Task<LeaseStatus> InsertAsync(CityTokenDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = new OutboxLease
        {
            Sender = Sender,
            Holder = InstanceId,
            Generation = 1,
            AcquiredAt = now,
            RenewedAt = now,
            ExpiresAt = now + Duration,
        };
        db.Set<OutboxLease>().Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first: it holds the lease.
            db.Entry(lease).State = EntityState.Detached;
            var winner = await db.Set<OutboxLease>().AsNoTracking().FirstAsync(l => l.Sender == Sender, cancellationToken);
            return new LeaseStatus(false, false, winner.Holder, winner.Generation, winner.ExpiresAt);
        }
        db.Entry(lease).State = EntityState.Detached;
        Acquire(1, "nobody");
        return new LeaseStatus(true, true, InstanceId, 1, lease.ExpiresAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox lease for {Sender}: acquired by {Instance} (generation {Generation}, previously {Previous}).")]
    private static partial void LogAcquired(ILogger logger, string sender, string instance, long generation, string previous);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox lease for {Sender}: {Instance} lost it to {Holder} (generation {Generation}); standing by.")]
    private static partial void LogLost(ILogger logger, string sender, string instance, string holder, long? generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox lease for {Sender}: released by {Instance}.")]
    private static partial void LogReleased(ILogger logger, string sender, string instance);
}
