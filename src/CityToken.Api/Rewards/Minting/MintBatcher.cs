using System.Numerics;
using System.Security.Cryptography;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Storage;
using CityToken.Contracts.CivicToken.ContractDefinition;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// The batching job: groups queued actions (oldest first) into <c>mintBatch</c> calls, amounts summed per resident,
/// bounded by actions and recipients, and stores each batch, its actions' move to <c>batched</c> and its outbox
/// entry in one transaction. Runs as a Hangfire job (recurring, and triggered by <see cref="MintTrigger"/>).
/// </summary>
public sealed partial class MintBatcher(
    IServiceScopeFactory scopes,
    IntakeService intake,
    TransactionOutbox outbox,
    MintTrigger trigger,
    MintingCrashPoints crashPoints,
    IOptions<MintingOptions> options,
    TimeProvider time,
    ILogger<MintBatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _runGate = new(1, 1);
    private long _pausedUntilTicks;

    /// <summary>Batches everything queued now. Returns the number of batches formed.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        trigger.RunStarting();
        if (!settings.Enabled || time.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks))
        {
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
                if (batch.ActionCount < settings.MaxActionsPerBatch && batch.RecipientCount < settings.MaxRecipientsPerBatch)
                {
                    break; // not full: the queue is drained
                }
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

    private Task<MintBatch?> FormOneAsync(MintingOptions settings, CancellationToken cancellationToken) =>
        intake.ExclusiveAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var chain = scope.ServiceProvider.GetRequiredService<ChainGateway>();
            var queued = await db.Set<CivicAction>().AsNoTracking()
                .Where(a => a.Status == ActionStatus.Queued)
                .OrderBy(a => a.Id)
                .Take(settings.MaxActionsPerBatch)
                .Select(a => new { a.Id, a.Resident, a.Amount })
                .ToListAsync(cancellationToken);
            if (queued.Count == 0)
            {
                return null;
            }

            // Residents in order of their oldest queued action, up to the recipient bound; every queued action of a
            // chosen resident in the window rides along (one transfer pays for all of them), the others wait for the
            // next batch. Nothing else changes the queue while the intake gate is held.
            var sums = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
            var recipients = new List<string>();
            var actionIds = new List<long>();
            foreach (var action in queued)
            {
                if (!sums.ContainsKey(action.Resident))
                {
                    if (recipients.Count == settings.MaxRecipientsPerBatch)
                    {
                        continue;
                    }
                    recipients.Add(action.Resident);
                    sums[action.Resident] = BigInteger.Zero;
                }
                sums[action.Resident] += action.Amount;
                actionIds.Add(action.Id);
            }
            var actionCount = actionIds.Count;

            var now = time.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var state = await db.Set<MintingState>().SingleOrDefaultAsync(cancellationToken);
            if (state is null)
            {
                state = new MintingState { Id = 1, BatchIdPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), NextSequence = 1 };
                db.Add(state);
            }
            var sequence = state.NextSequence++;
            var batchId = state.BatchIdOf(sequence);
            var amounts = recipients.Select(r => sums[r]).ToList();
            var total = amounts.Aggregate(BigInteger.Zero, (a, b) => a + b);
            var call = new MintBatchFunction { BatchId = batchId.HexToByteArray(), Recipients = recipients, Amounts = amounts };
            var staged = await outbox.StageAsync(db, new OutboxRequest(
                IdempotencyKey: $"mint-batch:{batchId}",
                To: chain.Manifest.AddressOf("CivicToken"),
                Data: call.GetCallData().ToHex(true),
                Value: BigInteger.Zero,
                Purpose: $"Reward batch {sequence}: {actionCount} actions, {recipients.Count} residents, {TokenAmount.FormatTokens(total)} tokens",
                GasLimit: GasLimitFor(recipients.Count)), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            var batch = new MintBatch
            {
                BatchId = batchId,
                OutboxEntryId = staged.Entry.Id,
                Status = MintBatchStatus.Pending,
                ActionCount = actionCount,
                RecipientCount = recipients.Count,
                Total = total,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            var moved = await db.Set<CivicAction>()
                .Where(a => a.Status == ActionStatus.Queued && actionIds.Contains(a.Id))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.Status, ActionStatus.Batched)
                    .SetProperty(a => a.BatchId, batchId)
                    .SetProperty(a => a.UpdatedAt, now), cancellationToken);
            if (moved != actionCount)
            {
                // The queue changed under the gate: never send a batch whose actions are not exactly these.
                throw new InvalidOperationException($"Batch {batchId}: {moved} actions moved to batched, {actionCount} expected; rolled back.");
            }
            await transaction.CommitAsync(cancellationToken);
            crashPoints.Reach(MintingCrashPoint.AfterBatching);
            outbox.Wake();
            return batch;
        }, cancellationToken);

    public void Dispose() => _runGate.Dispose();

    /// <summary>
    /// A fixed gas limit instead of an estimate (which would execute the whole batch once more): ~25,000 gas per new
    /// holder in docs/gas.md, 30,000 with a margin, plus the call's overhead. A revert is then mined and decoded
    /// like any other.
    /// </summary>
    internal static long GasLimitFor(int recipients) => 100_000 + 30_000L * recipients;

    [LoggerMessage(Level = LogLevel.Information, Message = "Mint batch {Id} ({BatchId}) formed: {Actions} actions for {Recipients} residents.")]
    private static partial void LogBatchFormed(ILogger logger, long id, string batchId, int actions, int recipients);
}
