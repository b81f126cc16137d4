namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The replace phase: tells when a broadcast transaction is stuck (not mined after
/// <see cref="OutboxOptions.StuckAfterSeconds"/> or <see cref="OutboxOptions.StuckAfterBlocks"/>) and signs a
/// replacement with the same nonce and higher fees (<see cref="OutboxFeePolicy.Replacement"/>), stored in a
/// transaction fenced by the sender's lease. The stuck attempt stays tracked: it may still be the one mined.
/// </summary>
public sealed partial class OutboxReplacing(
    OutboxAttemptSigner attempts,
    OutboxFeePolicy fees,
    SenderLease lease,
    IOptions<OutboxOptions> options,
    CrashPoints crash,
    TimeProvider time,
    ILogger<OutboxReplacing> logger)
{
    private OutboxOptions Options => options.Value;

    /// <summary>Why <paramref name="latest"/> (broadcast, not mined) counts as stuck now (<see cref="OutboxFeePolicy.StuckReason"/>), or null.</summary>
    public async Task<string?> StuckReasonAsync(OutboxCycle cycle, OutboxAttempt latest, CancellationToken cancellationToken) =>
        fees.StuckReason(latest, time.GetUtcNow(), await cycle.HeadAsync(cancellationToken));

    /// <summary>
    /// Signs and stores a replacement of <paramref name="stuck"/>: same nonce, fees raised by FeeBumpPercent (at least
    /// the market); null when that would exceed the fee cap (the entry records why and waits).
    /// </summary>
    public async Task<OutboxAttempt?> ReplaceAsync(OutboxCycle cycle, OutboxEntry entry, OutboxAttempt stuck, CancellationToken cancellationToken,
        string reason = "the node asks for a higher fee")
    {
        var db = cycle.Db;
        var bumped = fees.Replacement(OutboxFees.Of(stuck), await attempts.QuoteAsync(cancellationToken));
        if (bumped is null)
        {
            entry.RecordProblem($"stuck at nonce {stuck.Nonce}, and a higher fee would exceed Outbox:MaxFeePerGasGwei ({Options.MaxFeePerGasGwei} gwei)",
                time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await lease.FenceAsync(db, cancellationToken);
        if (stuck.Status == OutboxAttemptStatus.Signed)
        {
            stuck.MarkReplaced(); // never reached the node
        }
        var replacement = attempts.Sign(entry, stuck.Nonce, stuck.GasLimit, bumped);
        // The stuck attempt stays tracked (it may still be mined); this says why a replacement exists.
        stuck.LastError = $"{reason}; replaced by attempt {replacement.Number} with max fee {bumped.MaxFee} wei";
        entry.MarkReplacementSigned(replacement.TxHash, $"stuck: {stuck.LastError}", replacement.SignedAt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReplaced(logger, entry.Id, stuck.Nonce, stuck.TxHash, replacement.TxHash, bumped.MaxFee);
        crash.Reach(OutboxCrashPoint.AfterSign);
        return replacement;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: nonce {Nonce} stuck in tx {Stuck}; replaced by tx {Replacement} with max fee {MaxFee} wei.")]
    private static partial void LogReplaced(ILogger logger, long id, long nonce, string stuck, string replacement, BigInteger maxFee);
}
