namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Runs the outbox, one cycle at a time, phase after phase: reconcile the nonce record with the node
/// (<see cref="OutboxNonces"/>), track receipts and confirmations, replacing stuck transactions
/// (<see cref="OutboxTracking"/>, <see cref="OutboxReplacing"/>), sign queued entries (<see cref="OutboxSigning"/>:
/// nonce under a lock, signed bytes stored before anything is sent), broadcast stored bytes in nonce order
/// (<see cref="OutboxBroadcasting"/>), and track again when something was sent. The entry's moves are
/// <see cref="OutboxEntry"/>'s transitions. Node outages surface as exceptions; the worker retries with back-off.
/// Every decision is recorded in the database first, so a crash at any point resumes from what is stored: a signed
/// transaction is only ever re-sent with the same bytes. A cycle runs only while this instance holds the sender's
/// lease (<see cref="SenderLease"/>); every signature is stored in a transaction fenced by it, so instances sharing a
/// database never sign two transactions with one nonce.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    SenderLease lease,
    OutboxNonces nonces,
    OutboxTracking tracking,
    OutboxSigning signing,
    OutboxBroadcasting broadcasting,
    IOutboxRpc rpc,
    OutboxState state,
    RelayMetrics relays) : IDisposable
{
    private readonly SemaphoreSlim _cycle = new(1, 1);

    /// <summary>Makes the next cycle reconcile the nonce record with the node first.</summary>
    public void RequestReconcile() => nonces.RequestReconcile();

    /// <summary>
    /// One cycle, when this instance holds (or can claim) the sender's lease; returns the lease as found. Throws when
    /// the node is unavailable (the caller backs off and retries) and <see cref="OutboxLeaseLostException"/> when
    /// another instance took the lease over.
    /// </summary>
    public async Task<LeaseStatus> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _cycle.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var held = await lease.HoldAsync(db, cancellationToken);
            if (!held.Held)
            {
                return held; // another instance sends for this account; this one keeps serving reads
            }
            if (held.NewlyAcquired)
            {
                nonces.RequestReconcile(); // the previous holder may have signed and sent since this instance last looked
            }
            if (nonces.NeedsReconcile)
            {
                await nonces.ReconcileAsync(db, cancellationToken);
            }
            var cycle = new OutboxCycle(db, nonces.Address, rpc, state);
            try
            {
                await tracking.TrackAsync(cycle, cancellationToken);
                await signing.SignQueuedAsync(cycle, cancellationToken);
                if (await broadcasting.BroadcastAsync(cycle, cancellationToken))
                {
                    cycle.ForgetHead();
                    await tracking.TrackAsync(cycle, cancellationToken);
                }
            }
            finally
            {
                relays.Ended(EndedAndSaved(db));
                if (cycle.HeadWentBack)
                {
                    nonces.RequestReconcile(); // the next cycle finds what the chain forgot (OutboxForgotten)
                }
            }
            return held;
        }
        finally
        {
            _cycle.Release();
        }
    }

    /// <summary>
    /// The entries this cycle brought to a final state and saved. Every phase loads unfinished entries only, and a final
    /// entry is never loaded again: a tracked entry that is final and unchanged was ended by this cycle and stored, once.
    /// One that is final but unsaved (the cycle failed first) ends again in a later cycle and is counted then.
    /// </summary>
    private static List<OutboxEntry> EndedAndSaved(CityTokenDb db) =>
        db.ChangeTracker.Entries<OutboxEntry>()
            .Where(e => e.State == EntityState.Unchanged && e.Entity.Status is OutboxStatus.Confirmed or OutboxStatus.Reverted or OutboxStatus.Failed)
            .Select(e => e.Entity).ToList();

    /// <summary>Gives up the sender's lease at shutdown (after the last cycle), so another instance takes over at once.</summary>
    public async Task ReleaseLeaseAsync(CancellationToken cancellationToken)
    {
        await _cycle.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await lease.ReleaseAsync(scope.ServiceProvider.GetRequiredService<CityTokenDb>(), cancellationToken);
        }
        finally
        {
            _cycle.Release();
        }
    }

    public void Dispose() => _cycle.Dispose();
}
