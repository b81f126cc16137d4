using System.Globalization;
using System.Numerics;
using System.Runtime.ExceptionServices;
using CityToken.Api.Chain.Signing;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// The outbox's state machine, one cycle at a time: reconcile the nonce record with the node, track receipts
/// and confirmations (replacing stuck transactions), sign queued entries (nonce under a lock, signed bytes stored
/// before anything is sent), broadcast stored bytes in nonce order. Node outages surface as exceptions; the
/// worker retries with back-off. Every decision is recorded in the database first, so a crash at any point
/// resumes from what is stored: a signed transaction is only ever re-sent with the same bytes.
/// A cycle runs only while this instance holds the sender's lease (<see cref="SenderLease"/>); every signature is
/// stored in a transaction fenced by it, so instances sharing a database never sign two transactions with one nonce.
/// </summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopes,
    IOutboxRpc rpc,
    ServiceSigner signer,
    SenderLease lease,
    IOptions<OutboxOptions> options,
    OutboxFeePolicy fees,
    CrashPoints crash,
    OutboxState state,
    ChainActivity activity,
    TimeProvider time,
    ILogger<OutboxProcessor> logger) : IDisposable
{
    private static readonly OutboxStatus[] InFlight = [OutboxStatus.Signed, OutboxStatus.Broadcast];

    private readonly SemaphoreSlim _cycle = new(1, 1);
    private readonly SemaphoreSlim _nonceLock = new(1, 1);
    private volatile bool _reconciled;
    private long? _head;

    private OutboxOptions Options => options.Value;

    /// <summary>Makes the next cycle reconcile the nonce record with the node first.</summary>
    public void RequestReconcile() => _reconciled = false;

    /// <summary>
    /// One cycle, when this instance holds (or can claim) the sender's lease; returns the lease as found. Throws when
    /// the node is unavailable (the caller backs off and retries) and <see cref="OutboxLeaseLostException"/> when
    /// another instance took the lease over.
    /// </summary>
    public async Task<LeaseStatus> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _cycle.WaitAsync(cancellationToken);
        try
        {
            _head = null;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var held = await lease.HoldAsync(db, cancellationToken);
            if (!held.Held)
            {
                return held; // another instance sends for this account; this one keeps serving reads
            }
            if (held.NewlyAcquired)
            {
                _reconciled = false; // the previous holder may have signed and sent since this instance last looked
            }
            if (!_reconciled)
            {
                await ReconcileAsync(db, cancellationToken);
            }
            await TrackAsync(db, cancellationToken);
            await SignQueuedAsync(db, cancellationToken);
            if (await BroadcastAsync(db, cancellationToken))
            {
                _head = null;
                await TrackAsync(db, cancellationToken);
            }
            return held;
        }
        finally
        {
            _cycle.Release();
        }
    }

    /// <summary>Gives up the sender's lease at shutdown (after the last cycle), so another instance takes over at once.</summary>
    public async Task ReleaseLeaseAsync(CancellationToken cancellationToken)
    {
        await _cycle.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await lease.ReleaseAsync(scope.ServiceProvider.GetRequiredService<CityTokenDb>(), cancellationToken);
        }
        finally
        {
            _cycle.Release();
        }
    }

    // ------------------------------------------------------------------ nonces

    private async Task ReconcileAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var chainId = await rpc.GetChainIdAsync(cancellationToken);
        if (chainId != signer.ChainId)
        {
            throw new OutboxRpcException($"The node is chain {chainId}, but the signer signs for chain {signer.ChainId}.", 0, null);
        }
        var pending = await rpc.GetTransactionCountAsync(signer.Address, pending: true, cancellationToken);
        await _nonceLock.WaitAsync(cancellationToken);
        try
        {
            var account = await AccountAsync(db, pending, cancellationToken);
            if (pending > account.NextNonce)
            {
                LogNonceAhead(logger, signer.Address, pending, account.NextNonce);
            }
            else if (pending < account.NextNonce)
            {
                // Our signed transactions with nonces from `pending` on have not reached the node (or it lost them):
                // the broadcast step re-sends their stored bytes in nonce order.
                LogNonceBehind(logger, signer.Address, pending, account.NextNonce);
            }
            account.Reconcile(pending, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            _reconciled = true;
        }
        finally
        {
            _nonceLock.Release();
        }
    }

    private async Task<OutboxAccount> AccountAsync(CityTokenDb db, long initialNonce, CancellationToken cancellationToken)
    {
        var account = await db.Set<OutboxAccount>().FindAsync([signer.Address], cancellationToken);
        if (account is null)
        {
            account = new OutboxAccount { Address = signer.Address, NextNonce = initialNonce, UpdatedAt = time.GetUtcNow() };
            db.Set<OutboxAccount>().Add(account);
        }
        return account;
    }

    // ------------------------------------------------------------------ signing

    private async Task SignQueuedAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var inFlight = await db.Set<OutboxEntry>().CountAsync(e => e.Sender == signer.Address && InFlight.Contains(e.Status), cancellationToken);
        var room = Options.MaxInFlight - inFlight;
        if (room <= 0)
        {
            return;
        }
        var queued = await db.Set<OutboxEntry>().Include(e => e.Attempts)
            .Where(e => e.Sender == signer.Address && e.Status == OutboxStatus.Queued)
            .OrderBy(e => e.Id).Take(room).ToListAsync(cancellationToken);
        if (queued.Count > 0)
        {
            // Simulations run at a head read after these entries were: whatever was mined before one was staged counts.
            _head = null;
        }
        OutboxFees? quote = null; // one quote for the whole pass
        foreach (var entry in queued)
        {
            var gasLimit = await GasLimitAsync(db, entry, cancellationToken);
            if (gasLimit is null)
            {
                continue;
            }
            var signWith = quote ??= await QuoteFeesAsync(cancellationToken);
            await _nonceLock.WaitAsync(cancellationToken);
            try
            {
                // The nonce, the signed bytes and the lease check commit together or not at all.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await lease.FenceAsync(db, cancellationToken);
                var account = await db.Set<OutboxAccount>().FindAsync([signer.Address], cancellationToken);
                if (account is null)
                {
                    RequestReconcile(); // the nonce record is created by reconciliation
                    return;
                }
                var attempt = SignAttempt(entry, account.NextNonce, gasLimit.Value, signWith);
                entry.MarkSigned(attempt.Nonce, attempt.TxHash, attempt.SignedAt);
                var nonce = account.TakeNonce(time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                LogSigned(logger, entry.Id, nonce, attempt.TxHash);
            }
            finally
            {
                _nonceLock.Release();
            }
            crash.Reach(OutboxCrashPoint.AfterSign);
        }
    }

    private OutboxAttempt SignAttempt(OutboxEntry entry, long nonce, long gasLimit, OutboxFees signWith)
    {
        var (maxPriorityFee, maxFee) = signWith;
        var signed = signer.Sign(new UnsignedTransaction(nonce, maxPriorityFee, maxFee, gasLimit, entry.To,
            BigInteger.Parse(entry.Value, CultureInfo.InvariantCulture), entry.Data));
        var now = time.GetUtcNow();
        var attempt = new OutboxAttempt
        {
            Number = entry.NextAttemptNumber(),
            Nonce = nonce,
            TxHash = signed.Hash,
            RawTransaction = signed.Raw,
            GasLimit = gasLimit,
            MaxFeePerGas = maxFee.ToString(CultureInfo.InvariantCulture),
            MaxPriorityFeePerGas = maxPriorityFee.ToString(CultureInfo.InvariantCulture),
            Status = OutboxAttemptStatus.Signed,
            SignedAt = now,
        };
        entry.Attempts.Add(attempt);
        return attempt;
    }

    /// <summary>
    /// The gas limit to sign with, or null when the entry ended (reverted / failed) or waits for a retry. Nothing is
    /// signed without running the call first: an estimate does, and a caller's own gas limit skips only the estimate,
    /// not the check (an <c>eth_call</c> with that limit), so a call that would revert now is never paid for.
    /// </summary>
    private async Task<long?> GasLimitAsync(CityTokenDb db, OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            if (entry.RequestedGasLimit is { } requested)
            {
                var revert = await rpc.CallForRevertDataAsync(entry.CallWith(requested), await HeadAsync(cancellationToken), cancellationToken);
                if (revert is null)
                {
                    return requested;
                }
                await RevertedBeforeSigningAsync(db, entry, revert, cancellationToken);
                return null;
            }
            var estimate = await rpc.EstimateGasAsync(entry.CallWith(gas: null), cancellationToken);
            return (long)(estimate * (100 + Options.GasLimitMarginPercent) / 100);
        }
        catch (OutboxRpcException ex) when (ex.RevertData is not null || ex.Kind == OutboxRpcRejection.Reverted)
        {
            await RevertedBeforeSigningAsync(db, entry, ex.RevertData, cancellationToken);
            return null;
        }
        catch (OutboxRpcException ex)
        {
            entry.RecordPreflightFailure($"gas estimation failed: {ex.Message}", Options.MaxPreflightFailures, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }

    private async Task RevertedBeforeSigningAsync(CityTokenDb db, OutboxEntry entry, string? revertData, CancellationToken cancellationToken)
    {
        entry.MarkReverted(RevertDecoder.Decode(revertData), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogRevertedAtEstimate(logger, entry.Id, entry.Error!);
    }

    private async Task<OutboxFees> QuoteFeesAsync(CancellationToken cancellationToken)
    {
        var (baseFee, suggested) = await rpc.GetFeesAsync(cancellationToken);
        return fees.Quote(baseFee, suggested);
    }

    // ------------------------------------------------------------------ broadcasting

    /// <summary>Sends every stored attempt not yet accepted, in nonce order; true when anything was sent.</summary>
    private async Task<bool> BroadcastAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var entries = await db.Set<OutboxEntry>().Include(e => e.Attempts)
            .Where(e => e.Sender == signer.Address && InFlight.Contains(e.Status))
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
            if (!await SendAsync(db, entry, latest, cancellationToken))
            {
                break; // keep nonce order: later nonces wait for this one
            }
        }
        return sent;
    }

    /// <summary>Sends the stored bytes of <paramref name="attempt"/>; false when later nonces should wait.</summary>
    private async Task<bool> SendAsync(CityTokenDb db, OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            await rpc.SendRawTransactionAsync(attempt.RawTransaction, cancellationToken);
            crash.Reach(OutboxCrashPoint.AfterBroadcast);
            await MarkBroadcastAsync(entry, attempt, cancellationToken);
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
                    await MarkBroadcastAsync(entry, attempt, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                case OutboxRpcRejection.NonceTooLow:
                    await ResolveNonceTooLowAsync(db, entry, attempt, cancellationToken);
                    return true;
                case OutboxRpcRejection.ReplacementUnderpriced:
                    // Another transaction with this nonce holds the pool slot; it is tracked like a broadcast.
                    await MarkBroadcastAsync(entry, attempt, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                case OutboxRpcRejection.FeeTooLow:
                    await ReplaceAsync(db, entry, attempt, cancellationToken);
                    return false;
                case OutboxRpcRejection.NonceTooHigh:
                    RequestReconcile();
                    break;
            }
            entry.RecordProblem($"broadcast rejected: {ex.Message}", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    private async Task MarkBroadcastAsync(OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        entry.MarkBroadcast(attempt, at, await HeadAsync(cancellationToken));
    }

    /// <summary>
    /// The node says the nonce is used. If one of our attempts was mined, that is the outcome (e.g. a response lost
    /// after the node accepted it). If the nonce was used by a transaction this entry never signed, none of its
    /// attempts can ever be mined: only then is the entry signed again, with a new nonce.
    /// </summary>
    private async Task ResolveNonceTooLowAsync(CityTokenDb db, OutboxEntry entry, OutboxAttempt attempt, CancellationToken cancellationToken)
    {
        var minedCount = await rpc.GetTransactionCountAsync(signer.Address, pending: false, cancellationToken);
        foreach (var candidate in entry.Attempts)
        {
            if (await rpc.GetReceiptAsync(candidate.TxHash, cancellationToken) is { } receipt)
            {
                await RecordMinedAsync(entry, candidate, receipt, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }
        if (minedCount > entry.Nonce)
        {
            LogNonceTaken(logger, entry.Id, entry.Nonce ?? -1);
            entry.Requeue($"nonce {entry.Nonce} was used by a transaction the outbox did not sign for this entry", time.GetUtcNow());
            RequestReconcile();
        }
        else
        {
            await MarkBroadcastAsync(entry, attempt, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // ------------------------------------------------------------------ tracking

    private async Task TrackAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        var entries = await db.Set<OutboxEntry>().Include(e => e.Attempts)
            .Where(e => e.Sender == signer.Address && (e.Status == OutboxStatus.Broadcast || e.Status == OutboxStatus.Mined))
            .OrderBy(e => e.Nonce).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }
        // Every receipt this pass may look at, then the canonical hash of each block they name, asked concurrently:
        // the node answers them together instead of one round trip after another per entry and attempt. An entry
        // whose answers did not all arrive waits for the next pass; the others move on, then the failure is raised.
        var (receipts, receiptFailure) = await ReadAllAsync(entries.SelectMany(ReceiptsToRead).Distinct(), rpc.GetReceiptAsync, cancellationToken);
        var (canonical, blockFailure) = await ReadAllAsync(
            receipts.Values.OfType<OutboxReceipt>().Select(r => r.BlockNumber).Distinct(), rpc.GetBlockHashAsync, cancellationToken);
        var moved = false;
        foreach (var entry in entries)
        {
            var hashes = ReceiptsToRead(entry);
            if (!hashes.All(receipts.ContainsKey)
                || hashes.Any(h => receipts[h] is { } receipt && !canonical.ContainsKey(receipt.BlockNumber)))
            {
                continue;
            }
            var before = entry.Status;
            if (entry.Status == OutboxStatus.Broadcast)
            {
                await TrackBroadcastAsync(db, entry, receipts, cancellationToken);
            }
            if (entry.Status == OutboxStatus.Mined)
            {
                await TrackConfirmationsAsync(entry, receipts, canonical, cancellationToken);
            }
            moved |= entry.Status != before;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (moved)
        {
            activity.Notify();
        }
        if ((receiptFailure ?? blockFailure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task TrackBroadcastAsync(CityTokenDb db, OutboxEntry entry, Dictionary<string, OutboxReceipt?> receipts, CancellationToken cancellationToken)
    {
        // Every attempt, replaced or not: any one of them may be the transaction the chain took.
        foreach (var attempt in entry.Attempts.OrderByDescending(a => a.Number))
        {
            if (receipts.GetValueOrDefault(attempt.TxHash) is { } receipt)
            {
                await RecordMinedAsync(entry, attempt, receipt, cancellationToken);
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
            await SendAsync(db, entry, latest, cancellationToken);
            return;
        }
        var now = time.GetUtcNow();
        var head = await HeadAsync(cancellationToken);
        var waited = now - latest.BroadcastAt.Value;
        var blocks = head - (latest.BroadcastBlock ?? head);
        var stuckByTime = waited >= TimeSpan.FromSeconds(Options.StuckAfterSeconds);
        var stuckByBlocks = Options.StuckAfterBlocks > 0 && blocks >= Options.StuckAfterBlocks;
        if (stuckByTime || stuckByBlocks)
        {
            var reason = stuckByBlocks
                ? $"not mined {blocks} blocks after broadcast (Outbox:StuckAfterBlocks {Options.StuckAfterBlocks})"
                : $"not mined {waited.TotalSeconds:0} s after broadcast (Outbox:StuckAfterSeconds {Options.StuckAfterSeconds})";
            var replacement = await ReplaceAsync(db, entry, latest, cancellationToken, reason);
            if (replacement is not null)
            {
                await SendAsync(db, entry, replacement, cancellationToken);
            }
        }
    }

    /// <summary>Signs a replacement of <paramref name="stuck"/>: same nonce, fees raised by FeeBumpPercent (at least the market).</summary>
    private async Task<OutboxAttempt?> ReplaceAsync(CityTokenDb db, OutboxEntry entry, OutboxAttempt stuck, CancellationToken cancellationToken,
        string reason = "the node asks for a higher fee")
    {
        var bumped = fees.Replacement(OutboxFees.Of(stuck), await QuoteFeesAsync(cancellationToken));
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
        var replacement = SignAttempt(entry, stuck.Nonce, stuck.GasLimit, bumped);
        var maxFee = bumped.MaxFee;
        // The stuck attempt stays tracked (it may still be mined); this says why a replacement exists.
        stuck.LastError = $"{reason}; replaced by attempt {replacement.Number} with max fee {maxFee} wei";
        entry.MarkReplacementSigned(replacement.TxHash, $"stuck: {stuck.LastError}", replacement.SignedAt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogReplaced(logger, entry.Id, stuck.Nonce, stuck.TxHash, replacement.TxHash, maxFee);
        crash.Reach(OutboxCrashPoint.AfterSign);
        return replacement;
    }

    private async Task RecordMinedAsync(OutboxEntry entry, OutboxAttempt winner, OutboxReceipt receipt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var confirmations = Math.Max(0, await HeadAsync(cancellationToken) - receipt.BlockNumber + 1);
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
    private async Task TrackConfirmationsAsync(OutboxEntry entry, Dictionary<string, OutboxReceipt?> receipts, Dictionary<long, string?> canonical,
        CancellationToken cancellationToken)
    {
        var receipt = receipts.GetValueOrDefault(entry.TxHash!);
        var now = time.GetUtcNow();
        var confirmations = receipt is null ? 0 : Math.Max(0, await HeadAsync(cancellationToken) - receipt.BlockNumber + 1);
        if (receipt is not null && confirmations >= Options.ConfirmationDepth)
        {
            if (!string.Equals(canonical.GetValueOrDefault(receipt.BlockNumber), receipt.BlockHash, StringComparison.OrdinalIgnoreCase))
            {
                receipt = null; // a stale receipt from a block that is no longer in the chain
            }
        }
        if (receipt is null)
        {
            await ReorganisedAwayAsync(entry, now, cancellationToken);
            return;
        }
        if (entry.RecordConfirmations(receipt, confirmations, Options.ConfirmationDepth, now))
        {
            LogConfirmed(logger, entry.Id, entry.TxHash!, entry.Confirmations);
        }
    }

    private async Task ReorganisedAwayAsync(OutboxEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        LogReorganised(logger, entry.Id, entry.TxHash!, entry.BlockNumber ?? -1, entry.BlockHash ?? "");
        entry.MarkReorganised(await HeadAsync(cancellationToken), now);
    }

    // ------------------------------------------------------------------ helpers

    public void Dispose()
    {
        _cycle.Dispose();
        _nonceLock.Dispose();
    }


    private async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        if (_head is null)
        {
            _head = await rpc.GetBlockNumberAsync(cancellationToken);
            state.SawHead(_head.Value);
        }
        return _head.Value;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: the node's pending nonce for {Address} is {Pending}, ahead of the outbox's record {Recorded}: another sender used this account; continuing from {Pending}.")]
    private static partial void LogNonceAhead(ILogger logger, string address, long pending, long recorded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: the node's pending nonce for {Address} is {Pending}, behind the outbox's record {Recorded}: stored transactions will be re-sent.")]
    private static partial void LogNonceBehind(ILogger logger, string address, long pending, long recorded);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: signed nonce {Nonce}, tx {TxHash}.")]
    private static partial void LogSigned(ILogger logger, long id, long nonce, string txHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: broadcast nonce {Nonce}, tx {TxHash}.")]
    private static partial void LogBroadcast(ILogger logger, long id, long nonce, string txHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: the node rejected tx {TxHash}: {Reason}")]
    private static partial void LogRejected(ILogger logger, long id, string txHash, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: its nonce {Nonce} was used by another transaction; the entry will be signed again.")]
    private static partial void LogNonceTaken(ILogger logger, long id, long nonce);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: the node does not know tx {TxHash}; re-sending the same bytes.")]
    private static partial void LogRebroadcast(ILogger logger, long id, string txHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: nonce {Nonce} stuck in tx {Stuck}; replaced by tx {Replacement} with max fee {MaxFee} wei.")]
    private static partial void LogReplaced(ILogger logger, long id, long nonce, string stuck, string replacement, BigInteger maxFee);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: tx {TxHash} mined in block {Block}.")]
    private static partial void LogMined(ILogger logger, long id, string txHash, long block);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: tx {TxHash} was mined in block {Block} ({BlockHash}), which a reorg removed; tracking it again.")]
    private static partial void LogReorganised(ILogger logger, long id, string txHash, long block, string blockHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox entry {Id}: tx {TxHash} confirmed ({Confirmations} confirmations).")]
    private static partial void LogConfirmed(ILogger logger, long id, string txHash, long confirmations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: reverted before signing (gas estimation or simulation); nothing sent: {Reason}")]
    private static partial void LogRevertedAtEstimate(ILogger logger, long id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox entry {Id}: tx {TxHash} reverted: {Reason}")]
    private static partial void LogRevertedMined(ILogger logger, long id, string txHash, string reason);
}
