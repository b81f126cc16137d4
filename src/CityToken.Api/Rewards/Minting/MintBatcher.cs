using System.Security.Cryptography;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Hangfire;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// The batching job: groups queued actions (oldest first) into <c>mintBatch</c> calls, amounts summed per resident,
/// bounded by actions and recipients, and stores each batch, its actions' move to <c>batched</c> and its outbox
/// entry in one transaction. Runs as a Hangfire job (recurring, and triggered by <see cref="MintTrigger"/>).
/// Before forming a batch it asks the chain (<see cref="MintPreflight"/>) so that minting never pays for a revert it
/// could foresee: while the token is paused, or the period's mint allowance takes none of the queue, it forms
/// nothing, records the hold (<see cref="MintHold"/>) and looks again after <see cref="MintingOptions.RequeueBackoffSeconds"/>;
/// when the allowance takes only part of the queue it forms the smaller batch that fits. The exact call is run once,
/// by the outbox before it signs (every entry is): a revert there sends nothing, and the follower requeues the batch
/// (pause, cap) or fails only the recipient the revert names. Running it here too would execute every batch one more
/// time on the node for no further safety (measured: the CSV rewards benchmark fell from ~58x to ~45x the naive path).
/// </summary>
public sealed partial class MintBatcher(
    IServiceScopeFactory scopes,
    IntakeGate gate,
    TransactionOutbox outbox,
    MintTrigger trigger,
    MintPreflight preflight,
    MintHold hold,
    MintingCrashPoints crashPoints,
    MintMetrics metrics,
    IOptions<MintingOptions> options,
    TimeProvider time,
    ILogger<MintBatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _runGate = new(1, 1);
    private long _pausedUntilTicks;
    private bool _lastPlanCapped;

    /// <summary>Batches everything queued now. Returns the number of batches formed.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        trigger.RunStarting();
        if (!settings.Enabled)
        {
            return 0;
        }
        var pausedFor = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
        if (pausedFor > TimeSpan.Zero)
        {
            trigger.RetryAfter(pausedFor); // a requeued batch paused batching: look again when the pause ends
            return 0;
        }
        await _runGate.WaitAsync(cancellationToken);
        try
        {
            var formed = 0;
            while (await FormOneAsync(settings, cancellationToken) is { } batch)
            {
                formed++;
                LogBatchFormed(logger, batch.Id, batch.BatchId, batch.ActionCount, batch.RecipientCount);
                if (batch.ActionCount < settings.MaxActionsPerBatch && batch.RecipientCount < settings.MaxRecipientsPerBatch && !_lastPlanCapped)
                {
                    break; // not full: the queue is drained
                }
            }
            if (hold.Current is { } held)
            {
                LogHeld(logger, held.Kind, held.Detail, settings.RequeueBackoffSeconds);
                trigger.RetryAfter(TimeSpan.FromSeconds(Math.Max(1, settings.RequeueBackoffSeconds)));
            }
            return formed;
        }
        finally
        {
            _runGate.Release();
        }
    }

    /// <summary>Stops forming batches for a while (the last one was requeued: mint cap reached, token paused).</summary>
    internal void PauseFor(TimeSpan pause) =>
        Interlocked.Exchange(ref _pausedUntilTicks, (time.GetUtcNow() + pause).UtcTicks);

    /// <summary>
    /// Forms the next batch, or returns null when the queue is empty or minting must wait (recorded in <see cref="MintHold"/>).
    /// The chain is asked outside the intake gate; only the batch's write holds it.
    /// </summary>
    private async Task<MintBatch?> FormOneAsync(MintingOptions settings, CancellationToken cancellationToken)
    {
        // Batches staged or sent but not yet mined will take their share of the allowance first. Read before the
        // chain: a batch mined in between is then counted twice (a smaller batch), never missed (a revert).
        var inFlight = await InFlightTotalAsync(cancellationToken);
        var room = await preflight.RoomAsync(cancellationToken);
        if (room.Paused)
        {
            hold.Held(MintHoldKind.Paused, "The token is paused: no batch is formed or sent until it is unpaused.");
            return null;
        }
        var queued = await QueuedAsync(settings, cancellationToken);
        var allowance = BigInteger.Max(BigInteger.Zero, room.RemainingAllowance - inFlight);
        var plan = MintPlan.Compose(queued, settings.MaxRecipientsPerBatch, allowance);
        _lastPlanCapped = plan?.Capped ?? false;
        if (plan is null)
        {
            if (queued.Count > 0 || allowance.IsZero)
            {
                hold.Held(MintHoldKind.CapExhausted, queued.Count == 0
                    ? "The mint allowance of the current period is used up."
                    : $"The current period may still mint {TokenAmount.FormatTokens(room.RemainingAllowance)} tokens"
                        + (inFlight.IsZero ? "" : $" ({TokenAmount.FormatTokens(inFlight)} of them taken by batches not yet mined)")
                        + $"; the smallest queued action needs {TokenAmount.FormatTokens(queued.Min(a => a.Amount))}.");
            }
            else
            {
                hold.Cleared();
            }
            return null;
        }

        hold.Cleared();
        return await StageAsync(plan, GasLimitFor(plan.Recipients.Count), cancellationToken);
    }

    private async Task<List<QueuedAction>> QueuedAsync(MintingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<CivicAction>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Queued)
            .OrderBy(a => a.Id)
            .Take(settings.MaxActionsPerBatch)
            .Select(a => new QueuedAction(a.Id, a.Resident, a.Amount))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Sum of the batches staged or sent whose transaction is not mined yet (the chain's allowance does not show them).</summary>
    private async Task<BigInteger> InFlightTotalAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var unfinished = MintBatchStatus.Unfinished.ToList();
        OutboxStatus[] notMined = [OutboxStatus.Queued, OutboxStatus.Signed, OutboxStatus.Broadcast];
        var totals = await db.Set<MintBatch>().AsNoTracking()
            .Where(b => unfinished.Contains(b.Status))
            .Join(db.Set<OutboxEntry>().Where(e => notMined.Contains(e.Status)), b => b.OutboxEntryId, e => e.Id, (b, _) => b.Total)
            .ToListAsync(cancellationToken);
        return totals.Aggregate(BigInteger.Zero, (sum, total) => sum + total);
    }

    /// <summary>Stores the batch, its outbox entry and its actions' move to batched in one transaction, under the <see cref="IntakeGate"/>.</summary>
    private Task<MintBatch?> StageAsync(MintPlan plan, long gasLimit, CancellationToken cancellationToken) =>
        gate.RunAsync<MintBatch?>(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var chain = scope.ServiceProvider.GetRequiredService<ChainGateway>();
            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await IntakeGate.FenceAsync(db, cancellationToken);
            var state = await db.Set<MintingState>().SingleOrDefaultAsync(cancellationToken);
            if (state is null)
            {
                // This database's first batch: its random prefix makes batch ids unique across databases on one chain.
                state = new MintingState { Id = 1, BatchIdPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), NextSequence = 1 };
                db.Add(state);
            }
            var sequence = state.NextSequence++;
            var batchId = state.BatchIdOf(sequence);
            var actionCount = plan.ActionIds.Count;
            var staged = await outbox.StageCallAsync(db, chain.Manifest.AddressOf(ContractNames.CivicToken), plan.Call(batchId), $"mint-batch:{batchId}",
                $"Reward batch {sequence}: {actionCount} actions, {plan.Recipients.Count} residents, {TokenAmount.FormatTokens(plan.Total)} tokens",
                cancellationToken, gasLimit);
            await db.SaveChangesAsync(cancellationToken);

            var batch = new MintBatch
            {
                BatchId = batchId,
                OutboxEntryId = staged.Entry.Id,
                Status = MintBatchStatus.Pending,
                ActionCount = actionCount,
                RecipientCount = plan.Recipients.Count,
                Total = plan.Total,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            var actionIds = plan.ActionIds;
            var moved = await db.Set<CivicAction>()
                .Where(a => a.Status == ActionStatus.Queued && actionIds.Contains(a.Id))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.Status, ActionStatus.Batched)
                    .SetProperty(a => a.BatchId, batchId)
                    .SetProperty(a => a.UpdatedAt, now), cancellationToken);
            if (moved != actionCount)
            {
                // The queue changed since it was read: never send a batch whose actions are not exactly these.
                throw new InvalidOperationException($"Batch {batchId}: {moved} actions moved to batched, {actionCount} expected; rolled back.");
            }
            await transaction.CommitAsync(cancellationToken);
            metrics.Formed(batch);
            crashPoints.Reach(MintingCrashPoint.AfterBatching);
            outbox.Wake();
            return batch;
        }, cancellationToken);

    public void Dispose() => _runGate.Dispose();

    /// <summary>
    /// A fixed gas limit instead of an estimate (a binary search that would execute the whole batch many times):
    /// ~25,000 gas per new holder in docs/gas.md, 30,000 with a margin, plus the call's overhead. The batch is still
    /// executed once with it before it is signed (the outbox), so a batch that would revert is never sent.
    /// </summary>
    internal static long GasLimitFor(int recipients) => 100_000 + 30_000L * recipients;

    [LoggerMessage(Level = LogLevel.Information, Message = "Mint batch {Id} ({BatchId}) formed: {Actions} actions for {Recipients} residents.")]
    private static partial void LogBatchFormed(ILogger logger, long id, string batchId, int actions, int recipients);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Minting waits ({Kind}): {Detail} Looking again in {Seconds} s.")]
    private static partial void LogHeld(ILogger logger, string kind, string detail, int seconds);

}
