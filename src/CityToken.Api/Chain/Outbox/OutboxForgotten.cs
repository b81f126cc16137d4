namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Finds the transactions a chain forgot after they were final here: a local chain killed before it saved its last
/// blocks comes back shorter than the database remembers. The account's mined transaction count tells it exactly: an
/// entry mined with a nonce at or above it is no longer on the chain. Checked at every nonce reconciliation (start,
/// lease take-over, "nonce too high", and after the head went back). Such entries (confirmed, or mined and
/// reverted) go back to broadcast, and tracking sends their stored bytes again in nonce order, so each is mined once
/// and the nonces after it are not left behind a gap. Each one is logged as a warning and shows in the entry's error.
/// </summary>
public sealed partial class OutboxForgotten(IOutboxRpc rpc, TimeProvider time, ILogger<OutboxForgotten> logger)
{
    /// <summary>Sends back to broadcast every entry of <paramref name="sender"/> seen mined that the chain no longer holds; returns how many.</summary>
    public async Task<int> ReturnAsync(CityTokenDb db, string sender, CancellationToken cancellationToken)
    {
        // Mined ones only (not "pending"): a transaction waiting in the pool behind a gap is not on the chain either.
        var chainNonce = await rpc.GetTransactionCountAsync(sender, pending: false, cancellationToken);
        var forgotten = await db.Set<OutboxEntry>().Include(e => e.Attempts)
            .Where(e => e.Sender == sender && e.Nonce >= chainNonce && e.BlockNumber != null
                && (e.Status == OutboxStatus.Confirmed || e.Status == OutboxStatus.Reverted))
            .OrderBy(e => e.Nonce).ToListAsync(cancellationToken);
        if (forgotten.Count == 0)
        {
            return 0;
        }
        var head = await rpc.GetBlockNumberAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var entry in forgotten)
        {
            LogForgotten(logger, entry.Id, entry.TxHash!, entry.Status, entry.BlockNumber!.Value, entry.Nonce!.Value, head);
            entry.MarkForgotten(head, now);
        }
        return forgotten.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Outbox entry {Id}: tx {TxHash} ({Status} in block {Block}, nonce {Nonce}) is no longer on the chain (head {Head}; " +
        "a node restarted from older state?); sending the same bytes again.")]
    private static partial void LogForgotten(ILogger logger, long id, string txHash, OutboxStatus status, long block, long nonce, long head);
}
