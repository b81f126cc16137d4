namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// Finds the transactions a chain forgot after they were final here: a local chain killed before it saved its last
/// blocks comes back shorter than the database remembers. The account's nonce on the chain tells it exactly: an entry
/// mined with a nonce at or above the chain's count is no longer on the chain. Such entries (confirmed, or mined and
/// reverted) go back to broadcast, and tracking sends their stored bytes again in nonce order, so each is mined once
/// and the nonces after it are not left behind a gap. Each one is logged as a warning and shows in the entry's error.
/// </summary>
public sealed partial class OutboxForgotten(IOutboxRpc rpc, TimeProvider time, ILogger<OutboxForgotten> logger)
{
    /// <summary>Sends back to broadcast every mined entry of <paramref name="sender"/> from nonce <paramref name="chainNonce"/> on; returns how many.</summary>
    public async Task<int> ReturnAsync(CityTokenDb db, string sender, long chainNonce, CancellationToken cancellationToken)
    {
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
