namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The sign phase: queued entries, oldest first and no more than <see cref="OutboxOptions.MaxInFlight"/> in flight,
/// are checked by the preflight, then get the next nonce and a signed attempt, stored in one transaction fenced by the
/// sender's lease, so instances sharing a database never sign two transactions with one nonce. Nothing is sent here.
/// </summary>
public sealed partial class OutboxSigning(
    OutboxPreflight preflight,
    OutboxAttemptSigner attempts,
    OutboxNonces nonces,
    SenderLease lease,
    IOptions<OutboxOptions> options,
    CrashPoints crash,
    ILogger<OutboxSigning> logger)
{
    public async Task SignQueuedAsync(OutboxCycle cycle, CancellationToken cancellationToken)
    {
        var inFlight = await cycle.Entries.CountAsync(e => OutboxCycle.InFlight.Contains(e.Status), cancellationToken);
        var room = options.Value.MaxInFlight - inFlight;
        if (room <= 0)
        {
            return;
        }
        var queued = await cycle.Entries.Include(e => e.Attempts)
            .Where(e => e.Status == OutboxStatus.Queued)
            .OrderBy(e => e.Id).Take(room).ToListAsync(cancellationToken);
        if (queued.Count > 0)
        {
            // Simulations run at a head read after these entries were: whatever was mined before one was staged counts.
            cycle.ForgetHead();
        }
        OutboxFees? quote = null; // one quote for the whole pass
        foreach (var entry in queued)
        {
            using var scope = logger.BeginEntryScope(entry);
            var gasLimit = await preflight.GasLimitAsync(cycle, entry, cancellationToken);
            if (gasLimit is null)
            {
                continue;
            }
            var signWith = quote ??= await attempts.QuoteAsync(cancellationToken);
            if (!await SignAsync(cycle, entry, gasLimit.Value, signWith, cancellationToken))
            {
                return;
            }
            crash.Reach(OutboxCrashPoint.AfterSign);
        }
    }

    /// <summary>Signs with the next nonce; false when there is no nonce record yet (reconciliation creates it).</summary>
    private async Task<bool> SignAsync(OutboxCycle cycle, OutboxEntry entry, long gasLimit, OutboxFees signWith, CancellationToken cancellationToken)
    {
        // The nonce, the signed bytes and the lease check commit together or not at all.
        await using var transaction = await cycle.Db.Database.BeginTransactionAsync(cancellationToken);
        await lease.FenceAsync(cycle.Db, cancellationToken);
        var account = await cycle.Db.Set<OutboxAccount>().FindAsync([cycle.Sender], cancellationToken);
        if (account is null)
        {
            nonces.RequestReconcile();
            return false;
        }
        var attempt = attempts.Sign(entry, account.NextNonce, gasLimit, signWith);
        entry.MarkSigned(attempt.Nonce, attempt.TxHash, attempt.SignedAt);
        var nonce = account.TakeNonce(attempt.SignedAt);
        await cycle.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSigned(logger, entry.Id, nonce, attempt.TxHash);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: signed nonce {Nonce}, tx {TxHash}.")]
    private static partial void LogSigned(ILogger logger, long id, long nonce, string txHash);
}
