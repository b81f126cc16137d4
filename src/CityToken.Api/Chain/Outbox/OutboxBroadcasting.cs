namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The broadcast phase: sends stored signed bytes, never anything else, in nonce order, and reads the node's
/// rejections: "already known" and "replacement underpriced" count as sent, "nonce too low" is resolved against the
/// chain (mined by one of our attempts, or taken by someone else: signed again), "fee too low" asks for a
/// replacement, "nonce too high" for a reconciliation. The crash point <see cref="OutboxCrashPoint.AfterBroadcast"/>
/// sits between the node's acceptance and the outbox's record of it.
/// </summary>
public sealed partial class OutboxBroadcasting(
    IOutboxRpc rpc,
    OutboxReplacing replacing,
    OutboxReceipts receipts,
    OutboxNonces nonces,
    CrashPoints crash,
    TimeProvider time,
    ILogger<OutboxBroadcasting> logger)
{
    /// <summary>Sends every stored attempt not yet accepted, in nonce order; true when anything was sent.</summary>
    public async Task<bool> BroadcastAsync(OutboxCycle cycle, CancellationToken cancellationToken)
    {
        var entries = await cycle.Entries.Include(e => e.Attempts)
            .Where(e => OutboxCycle.InFlight.Contains(e.Status))
            .OrderBy(e => e.Nonce).ToListAsync(cancellationToken);
        var sent = false;
        foreach (var entry in entries)
        {
            var latest = entry.LatestAttempt();
            if (latest.BroadcastAt is not null)
            {
                continue;
            }
            sent = true;
            using var scope = logger.BeginEntryScope(entry);
            if (!await SendAsync(cycle, entry, latest, cancellationToken))
            {
                break; // keep nonce order: later nonces wait for this one
            }
        }
        return sent;
    }

    /// <summary>Sends the stored bytes of <paramref name="attempt"/>; false when later nonces should wait.</summary>
    public async Task<bool> SendAsync(OutboxCycle cycle, OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        var db = cycle.Db;
        try
        {
            await rpc.SendRawTransactionAsync(attempt.RawTransaction, cancellationToken);
            crash.Reach(OutboxCrashPoint.AfterBroadcast);
            await MarkBroadcastAsync(cycle, entry, attempt, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogBroadcast(logger, entry.Id, attempt.Nonce, attempt.TxHash);
            return true;
        }
        catch (OutboxRpcException ex)
        {
            LogRejected(logger, entry.Id, attempt.TxHash, ex.Message);
            attempt.LastError = ex.Message;
            switch (ex.Kind)
            {
                case OutboxRpcRejection.AlreadyKnown:
                case OutboxRpcRejection.ReplacementUnderpriced:
                    // The node has these bytes, or another transaction with this nonce holds the pool slot: either is
                    // tracked like a broadcast.
                    await MarkBroadcastAsync(cycle, entry, attempt, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                case OutboxRpcRejection.NonceTooLow:
                    await ResolveNonceTooLowAsync(cycle, entry, attempt, cancellationToken);
                    return true;
                case OutboxRpcRejection.FeeTooLow:
                    await replacing.ReplaceAsync(cycle, entry, attempt, cancellationToken);
                    return false;
                case OutboxRpcRejection.NonceTooHigh:
                    nonces.RequestReconcile();
                    break;
            }
            entry.RecordProblem($"broadcast rejected: {ex.Message}", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    private async Task MarkBroadcastAsync(OutboxCycle cycle, OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        entry.MarkBroadcast(attempt, at, await cycle.HeadAsync(cancellationToken));
    }

    /// <summary>
    /// The node says the nonce is used. If one of our attempts was mined, that is the outcome (e.g. a response lost
    /// after the node accepted it). If the nonce was used by a transaction this entry never signed, none of its
    /// attempts can ever be mined: only then is the entry signed again, with a new nonce.
    /// </summary>
    private async Task ResolveNonceTooLowAsync(OutboxCycle cycle, OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        var db = cycle.Db;
        var minedCount = await rpc.GetTransactionCountAsync(cycle.Sender, pending: false, cancellationToken);
        foreach (var candidate in entry.Attempts)
        {
            if (await rpc.GetReceiptAsync(candidate.TxHash, cancellationToken) is { } receipt)
            {
                await receipts.RecordMinedAsync(cycle, entry, candidate, receipt, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }
        if (minedCount > entry.Nonce)
        {
            LogNonceTaken(logger, entry.Id, entry.Nonce ?? -1);
            entry.Requeue($"nonce {entry.Nonce} was used by a transaction the outbox did not sign for this entry", time.GetUtcNow());
            nonces.RequestReconcile();
        }
        else
        {
            await MarkBroadcastAsync(cycle, entry, attempt, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: broadcast nonce {Nonce}, tx {TxHash}.")]
    private static partial void LogBroadcast(ILogger logger, long id, long nonce, string txHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: the node rejected tx {TxHash}: {Reason}")]
    private static partial void LogRejected(ILogger logger, long id, string txHash, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: its nonce {Nonce} was used by another transaction; the entry will be signed again.")]
    private static partial void LogNonceTaken(ILogger logger, long id, long nonce);
}
