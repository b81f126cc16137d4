using CityToken.Contracts.CivicToken.ContractDefinition;
using Nethereum.Contracts;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Follows every unfinished batch through its outbox entry: broadcast → submitted, confirmed → confirmed; a revert
/// is decided by its decoded reason. On start (and after a crash) it first asks the chain about each unfinished
/// batch: one the token already records as minted is confirmed from its RewardBatchMinted event; the others are
/// left to the outbox, which re-broadcasts the same signed bytes.
/// </summary>
public sealed partial class MintBatchFollower(
    IServiceScopeFactory scopes,
    MintBatchOutcomes outcomes,
    MintBatcher batcher,
    MintTrigger trigger,
    MintChain chain,
    IOptions<MintingOptions> options,
    ILogger<MintBatchFollower> logger)
{
    /// <summary>Start-up reconciliation with the chain (isBatchMinted, RewardBatchMinted). Returns the batches confirmed.</summary>
    public async Task<int> ReconcileWithChainAsync(CancellationToken cancellationToken)
    {
        var confirmed = 0;
        foreach (var batch in await UnfinishedAsync(cancellationToken))
        {
            if (await chain.IsMintedAsync(batch.BatchId) && await ConfirmFromChainAsync(batch, cancellationToken))
            {
                confirmed++;
            }
        }
        return confirmed;
    }

    /// <summary>One pass over the unfinished batches.</summary>
    public async Task FollowAsync(CancellationToken cancellationToken)
    {
        var batches = await UnfinishedAsync(cancellationToken);
        if (batches.Count == 0)
        {
            return;
        }
        var entryIds = batches.Select(b => b.OutboxEntryId).ToList();
        Dictionary<long, OutboxEntry> entries;
        await using (var scope = scopes.CreateAsyncScope())
        {
            entries = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<OutboxEntry>().AsNoTracking()
                .Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        }
        foreach (var batch in batches)
        {
            var entry = entries[batch.OutboxEntryId];
            switch (entry.Status)
            {
                case OutboxStatus.Broadcast or OutboxStatus.Mined when batch.Status == MintBatchStatus.Pending && entry.TxHash is not null:
                    await outcomes.SubmittedAsync(batch.Id, entry.TxHash, cancellationToken);
                    break;
                case OutboxStatus.Confirmed:
                    await outcomes.ConfirmedAsync(batch.Id, entry.TxHash!, entry.BlockNumber!.Value, entry.GasUsed, cancellationToken);
                    LogConfirmed(logger, batch.Id, batch.BatchId, entry.TxHash!);
                    trigger.BatchSettled();
                    break;
                case OutboxStatus.Reverted:
                    await DecideRevertAsync(batch, entry.Error ?? "reverted", cancellationToken);
                    break;
                case OutboxStatus.Failed:
                    // The outbox gave up before anything was mined (e.g. the fee cap); the chain has the last word.
                    if (!(await chain.IsMintedAsync(batch.BatchId) && await ConfirmFromChainAsync(batch, cancellationToken)))
                    {
                        await RequeueAsync(batch, entry.Error ?? "the outbox gave up", cancellationToken);
                    }
                    break;
            }
        }
    }

    private async Task DecideRevertAsync(MintBatch batch, string reason, CancellationToken cancellationToken)
    {
        if (reason.StartsWith("CivicTokenBatchAlreadyMinted", StringComparison.Ordinal))
        {
            // Minted by an earlier transaction of the same batch (e.g. re-signed after a nonce clash): confirm from the event.
            if (!await ConfirmFromChainAsync(batch, cancellationToken))
            {
                await outcomes.FailedAsync(batch.Id, reason + " (no matching RewardBatchMinted event was found)", cancellationToken);
            }
            return;
        }
        if (MintPreflight.RecipientIndexOf(reason) is { } index && await RecipientAtAsync(batch, index, cancellationToken) is { } recipient)
        {
            // One recipient is refused: only its actions fail; the others go back to the queue and are batched at once.
            await outcomes.SplitAsync(batch.Id, recipient, reason, cancellationToken);
            LogSplit(logger, batch.Id, batch.BatchId, recipient, reason);
            trigger.RunNow();
            return;
        }
        if (MintPreflight.IsPassing(reason))
        {
            // A reason that passes by itself (the batcher checks before forming, so this was a race): back to the queue.
            await RequeueAsync(batch, reason, cancellationToken);
            return;
        }
        await outcomes.FailedAsync(batch.Id, reason, cancellationToken);
        LogFailed(logger, batch.Id, batch.BatchId, reason);
    }

    /// <summary>The recipient at <paramref name="index"/> of the batch's calldata, or null when there is none.</summary>
    private async Task<string?> RecipientAtAsync(MintBatch batch, int index, CancellationToken cancellationToken)
    {
        string calldata;
        await using (var scope = scopes.CreateAsyncScope())
        {
            calldata = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<OutboxEntry>()
                .Where(e => e.Id == batch.OutboxEntryId).Select(e => e.Data).SingleAsync(cancellationToken);
        }
        var call = new MintBatchFunction().DecodeInput(calldata);
        return call is not null && index < call.Recipients.Count ? call.Recipients[index] : null;
    }

    private async Task RequeueAsync(MintBatch batch, string reason, CancellationToken cancellationToken)
    {
        await outcomes.RequeuedAsync(batch.Id, reason, cancellationToken);
        var backoff = TimeSpan.FromSeconds(options.Value.RequeueBackoffSeconds);
        batcher.PauseFor(backoff);
        trigger.RetryAfter(backoff);
        LogRequeued(logger, batch.Id, batch.BatchId, reason, options.Value.RequeueBackoffSeconds);
    }

    /// <summary>
    /// Confirms <paramref name="batch"/> from its event when the chain minted exactly this batch: the minting
    /// transaction's calldata equals the batch's (same id, recipients and amounts). Returns false when the id is
    /// not minted at all.
    /// </summary>
    private async Task<bool> ConfirmFromChainAsync(MintBatch batch, CancellationToken cancellationToken)
    {
        var minted = await chain.FindAsync(batch.BatchId);
        if (minted is null)
        {
            return false;
        }
        string calldata;
        await using (var scope = scopes.CreateAsyncScope())
        {
            calldata = await scope.ServiceProvider.GetRequiredService<CityTokenDb>().Set<OutboxEntry>()
                .Where(e => e.Id == batch.OutboxEntryId).Select(e => e.Data).SingleAsync(cancellationToken);
        }
        if (!string.Equals(minted.Input, calldata, StringComparison.OrdinalIgnoreCase))
        {
            // Same id, other content: never count someone else's mint as ours.
            await outcomes.FailedAsync(batch.Id,
                $"batch id {batch.BatchId} was minted by another transaction ({minted.TxHash}: {minted.Count} recipients, total {minted.Total}), not with this batch's recipients and amounts",
                cancellationToken);
            LogFailed(logger, batch.Id, batch.BatchId, "minted on chain by another transaction");
            return true;
        }
        await outcomes.ConfirmedAsync(batch.Id, minted.TxHash, minted.BlockNumber, gasUsed: null, cancellationToken);
        LogConfirmedFromChain(logger, batch.Id, batch.BatchId, minted.TxHash);
        return true;
    }

    private async Task<List<MintBatch>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var unfinished = MintBatchStatus.Unfinished.ToList();
        return await db.Set<MintBatch>().AsNoTracking().Where(b => unfinished.Contains(b.Status)).OrderBy(b => b.Id).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mint batch {Id} ({BatchId}) confirmed in {TxHash}.")]
    private static partial void LogConfirmed(ILogger logger, long id, string batchId, string txHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mint batch {Id} ({BatchId}) found minted on chain in {TxHash}: confirmed from its event.")]
    private static partial void LogConfirmedFromChain(ILogger logger, long id, string batchId, string txHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mint batch {Id} ({BatchId}) requeued: {Reason}; batching pauses {Seconds} s.")]
    private static partial void LogRequeued(ILogger logger, long id, string batchId, string reason, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mint batch {Id} ({BatchId}) reverted for recipient {Recipient} ({Reason}): its actions failed, the others were requeued.")]
    private static partial void LogSplit(ILogger logger, long id, string batchId, string recipient, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mint batch {Id} ({BatchId}) failed: {Reason}.")]
    private static partial void LogFailed(ILogger logger, long id, string batchId, string reason);
}
