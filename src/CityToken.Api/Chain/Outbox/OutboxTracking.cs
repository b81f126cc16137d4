using System.Runtime.ExceptionServices;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The track phase: reads the receipts of broadcast and mined entries (all of one pass concurrently), records what
/// they say (<see cref="OutboxReceipts"/>), re-sends the same bytes when the node forgot a transaction, and hands a
/// stuck one to the replace phase. An entry whose answers did not all arrive waits for the next pass.
/// </summary>
public sealed partial class OutboxTracking(
    IOutboxRpc rpc,
    OutboxReceipts receipts,
    OutboxBroadcasting broadcasting,
    OutboxReplacing replacing,
    ChainActivity activity,
    ILogger<OutboxTracking> logger)
{
    public async Task TrackAsync(OutboxCycle cycle, CancellationToken cancellationToken)
    {
        var entries = await cycle.Entries.Include(e => e.Attempts)
            .Where(e => e.Status == OutboxStatus.Broadcast || e.Status == OutboxStatus.Mined)
            .OrderBy(e => e.Nonce).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }
        // Every receipt this pass may look at, then the canonical hash of each block they name, asked concurrently:
        // the node answers them together instead of one round trip after another per entry and attempt. An entry
        // whose answers did not all arrive waits for the next pass; the others move on, then the failure is raised.
        var (read, receiptFailure) = await ReadAllAsync(entries.SelectMany(ReceiptsToRead).Distinct(), rpc.GetReceiptAsync, cancellationToken);
        var (canonical, blockFailure) = await ReadAllAsync(
            read.Values.OfType<OutboxReceipt>().Select(r => r.BlockNumber).Distinct(), rpc.GetBlockHashAsync, cancellationToken);
        var moved = false;
        foreach (var entry in entries)
        {
            var hashes = ReceiptsToRead(entry);
            if (!hashes.All(read.ContainsKey)
                || hashes.Any(h => read[h] is { } receipt && !canonical.ContainsKey(receipt.BlockNumber)))
            {
                continue;
            }
            using var scope = logger.BeginEntryScope(entry);
            var before = entry.Status;
            if (entry.Status == OutboxStatus.Broadcast)
            {
                await TrackBroadcastAsync(cycle, entry, read, cancellationToken);
            }
            if (entry.Status == OutboxStatus.Mined)
            {
                await receipts.TrackConfirmationsAsync(cycle, entry, read, canonical, cancellationToken);
            }
            moved |= entry.Status != before;
        }
        await cycle.Db.SaveChangesAsync(cancellationToken);
        if (moved)
        {
            activity.Notify();
        }
        if ((receiptFailure ?? blockFailure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task TrackBroadcastAsync(OutboxCycle cycle, OutboxEntry entry, Dictionary<string, OutboxReceipt?> read, CancellationToken cancellationToken)
    {
        // Every attempt, replaced or not: any one of them may be the transaction the chain took.
        foreach (var attempt in entry.Attempts.OrderByDescending(a => a.Number))
        {
            if (read.GetValueOrDefault(attempt.TxHash) is { } receipt)
            {
                await receipts.RecordMinedAsync(cycle, entry, attempt, receipt, cancellationToken);
                return;
            }
        }
        var latest = entry.LatestAttempt();
        if (latest.BroadcastAt is null)
        {
            return; // the broadcast step sends it
        }
        if (!await rpc.IsKnownAsync(latest.TxHash, cancellationToken))
        {
            // The node forgot it (restarted, or dropped it from its pool): send the same bytes again.
            LogRebroadcast(logger, entry.Id, latest.TxHash);
            await broadcasting.SendAsync(cycle, entry, latest, cancellationToken);
            return;
        }
        if (await replacing.StuckReasonAsync(cycle, latest, cancellationToken) is { } reason
            && await replacing.ReplaceAsync(cycle, entry, latest, cancellationToken, reason) is { } replacement)
        {
            await broadcasting.SendAsync(cycle, entry, replacement, cancellationToken);
        }
    }

    /// <summary>The transactions whose receipts tracking reads: every attempt of a broadcast entry, the mined one otherwise.</summary>
    private static IEnumerable<string> ReceiptsToRead(OutboxEntry entry) =>
        entry.Status == OutboxStatus.Broadcast ? entry.Attempts.Select(a => a.TxHash) : [entry.TxHash!];

    /// <summary>Reads every key concurrently: the answers that arrived, and the first failure (if any).</summary>
    private static async Task<(Dictionary<TKey, TValue> Values, Exception? Failure)> ReadAllAsync<TKey, TValue>(IEnumerable<TKey> keys,
        Func<TKey, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken) where TKey : notnull
    {
        // Awaited inside, so a read that throws before returning its task counts as that key's failure.
        async Task<TValue> ReadOne(TKey key) => await read(key, cancellationToken);
        var reads = keys.Select(key => (Key: key, Task: ReadOne(key))).ToList();
        Exception? failure = null;
        foreach (var (_, task) in reads)
        {
            try
            {
                await task;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure ??= ex;
            }
        }
        return (reads.Where(r => r.Task.IsCompletedSuccessfully).ToDictionary(r => r.Key, r => r.Task.Result), failure);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: the node does not know tx {TxHash}; re-sending the same bytes.")]
    private static partial void LogRebroadcast(ILogger logger, long id, string txHash);
}
