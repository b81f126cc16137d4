namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// What a receipt means for an entry: mined (or reverted, with the reason replayed from the chain), deeper under the
/// confirmation depth, or gone in a reorg. Shared by tracking and by the broadcast phase's "nonce too low" check.
/// </summary>
public sealed partial class OutboxReceipts(IOutboxRpc rpc, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxReceipts> logger)
{
    /// <summary>Records that <paramref name="winner"/> was mined: successfully, or reverted with the decoded reason.</summary>
    public async Task RecordMinedAsync(OutboxCycle cycle, OutboxEntry entry, OutboxAttempt winner, OutboxReceipt receipt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var confirmations = Math.Max(0, await cycle.HeadAsync(cancellationToken) - receipt.BlockNumber + 1);
        if (receipt.Succeeded)
        {
            entry.MarkMined(winner, receipt, confirmations, now);
            LogMined(logger, entry.Id, winner.TxHash, receipt.BlockNumber);
        }
        else
        {
            var data = await rpc.CallForRevertDataAsync(entry.CallWith(winner.GasLimit), Math.Max(0, receipt.BlockNumber - 1), cancellationToken);
            var error = data is null ? "reverted (the call succeeds when replayed; out of gas?)" : RevertDecoder.Decode(data);
            entry.MarkReverted(winner, receipt, confirmations, error, now);
            LogRevertedMined(logger, entry.Id, winner.TxHash, error);
        }
    }

    /// <summary>
    /// Re-reads the receipt every cycle (never trusts the one recorded when it was mined) and, before confirming,
    /// checks that its block is still the chain's block at that height. A receipt that is gone, or whose block was
    /// replaced, means a reorg: the entry goes back to broadcast and tracking re-sends the same signed bytes if the
    /// node no longer knows them.
    /// </summary>
    public async Task TrackConfirmationsAsync(OutboxCycle cycle, OutboxEntry entry, Dictionary<string, OutboxReceipt?> receipts,
        Dictionary<long, string?> canonical, CancellationToken cancellationToken)
    {
        var receipt = receipts.GetValueOrDefault(entry.TxHash!);
        var now = time.GetUtcNow();
        var confirmations = receipt is null ? 0 : Math.Max(0, await cycle.HeadAsync(cancellationToken) - receipt.BlockNumber + 1);
        if (receipt is not null && confirmations >= options.Value.ConfirmationDepth)
        {
            if (!string.Equals(canonical.GetValueOrDefault(receipt.BlockNumber), receipt.BlockHash, StringComparison.OrdinalIgnoreCase))
            {
                receipt = null; // a stale receipt from a block that is no longer in the chain
            }
        }
        if (receipt is null)
        {
            LogReorganised(logger, entry.Id, entry.TxHash!, entry.BlockNumber ?? -1, entry.BlockHash ?? "");
            entry.MarkReorganised(await cycle.HeadAsync(cancellationToken), now);
            return;
        }
        if (entry.RecordConfirmations(receipt, confirmations, options.Value.ConfirmationDepth, now))
        {
            LogConfirmed(logger, entry.Id, entry.TxHash!, entry.Confirmations);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: tx {TxHash} mined in block {Block}.")]
    private static partial void LogMined(ILogger logger, long id, string txHash, long block);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: tx {TxHash} reverted: {Reason}")]
    private static partial void LogRevertedMined(ILogger logger, long id, string txHash, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: tx {TxHash} was mined in block {Block} ({BlockHash}), which a reorg removed; tracking it again.")]
    private static partial void LogReorganised(ILogger logger, long id, string txHash, long block, string blockHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: tx {TxHash} confirmed ({Confirmations} confirmations).")]
    private static partial void LogConfirmed(ILogger logger, long id, string txHash, long confirmations);
}
