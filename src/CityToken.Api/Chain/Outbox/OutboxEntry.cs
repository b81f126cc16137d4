namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// One requested state-changing call, sent exactly once from the service's account. Its lifecycle moves only through
/// the transition methods below, each looked up in <see cref="Moves"/> (the one table of legal moves) and each
/// setting <see cref="Status"/>, <see cref="Error"/> and <see cref="UpdatedAt"/> together. The three are init-only
/// so fixtures can build an entry in any state, but nothing can move a stored entry behind the table's back.
/// </summary>
public sealed class OutboxEntry
{
    /// <summary>
    /// The state machine: (status, move) → the status after the move; a pair not listed is illegal. Some moves keep
    /// the status and record news: a transient error, a fee-bumped replacement, more confirmations. Confirmed,
    /// Reverted and Failed are final, except that a chain which forgot a mined transaction (a local chain restarted from
    /// a state saved before it) sends a Confirmed or mined-Reverted entry back to Broadcast.
    /// </summary>
    private static readonly Dictionary<(OutboxStatus From, OutboxMove Move), OutboxStatus> Moves = new()
    {
        [(OutboxStatus.Queued, OutboxMove.PreflightFailure)] = OutboxStatus.Queued,
        [(OutboxStatus.Queued, OutboxMove.Fail)] = OutboxStatus.Failed,
        [(OutboxStatus.Queued, OutboxMove.RevertBeforeSigning)] = OutboxStatus.Reverted,
        [(OutboxStatus.Queued, OutboxMove.Sign)] = OutboxStatus.Signed,
        [(OutboxStatus.Signed, OutboxMove.Broadcast)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Signed, OutboxMove.Replace)] = OutboxStatus.Signed,
        [(OutboxStatus.Signed, OutboxMove.Problem)] = OutboxStatus.Signed,
        [(OutboxStatus.Signed, OutboxMove.Mine)] = OutboxStatus.Mined,
        [(OutboxStatus.Signed, OutboxMove.RevertMined)] = OutboxStatus.Reverted,
        [(OutboxStatus.Signed, OutboxMove.Requeue)] = OutboxStatus.Queued,
        [(OutboxStatus.Broadcast, OutboxMove.Broadcast)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Broadcast, OutboxMove.Replace)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Broadcast, OutboxMove.Problem)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Broadcast, OutboxMove.Mine)] = OutboxStatus.Mined,
        [(OutboxStatus.Broadcast, OutboxMove.RevertMined)] = OutboxStatus.Reverted,
        [(OutboxStatus.Broadcast, OutboxMove.Requeue)] = OutboxStatus.Queued,
        [(OutboxStatus.Mined, OutboxMove.Deepen)] = OutboxStatus.Mined,
        [(OutboxStatus.Mined, OutboxMove.Confirm)] = OutboxStatus.Confirmed,
        [(OutboxStatus.Mined, OutboxMove.Reorganise)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Confirmed, OutboxMove.Forget)] = OutboxStatus.Broadcast,
        [(OutboxStatus.Reverted, OutboxMove.Forget)] = OutboxStatus.Broadcast,
    };

    // EF Core reads and writes these fields directly (its backing-field convention).
    private OutboxStatus _status;
    private string? _error;
    private DateTimeOffset _updatedAt;

    public long Id { get; set; }

    /// <summary>Caller's key; the same key never produces two transactions.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>SHA-256 of the request, to tell a repeat from a conflicting reuse of the key.</summary>
    public required string RequestHash { get; set; }

    public required string Purpose { get; set; }

    /// <summary>The signing account (one sender per account).</summary>
    public required string Sender { get; set; }

    public required string To { get; set; }

    public required string Data { get; set; }

    /// <summary>Wei, decimal string.</summary>
    public required string Value { get; set; }

    /// <summary>Gas limit given by the caller; null: estimated at signing.</summary>
    public long? RequestedGasLimit { get; set; }

    public OutboxStatus Status { get => _status; init => _status = value; }

    public long? Nonce { get; set; }

    /// <summary>Hash of the mined transaction (or of the latest attempt until one is mined).</summary>
    public string? TxHash { get; set; }

    public long? BlockNumber { get; set; }

    public string? BlockHash { get; set; }

    public long? GasUsed { get; set; }

    public long Confirmations { get; set; }

    /// <summary>Revert reason (decoded custom error) or failure reason; or the last transient error while pending.</summary>
    public string? Error { get => _error; init => _error = value; }

    public int PreflightFailures { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get => _updatedAt; init => _updatedAt = value; }

    public List<OutboxAttempt> Attempts { get; set; } = [];

    /// <summary>The status after <paramref name="move"/> from <paramref name="from"/>, or null when the move is illegal there.</summary>
    public static OutboxStatus? After(OutboxStatus from, OutboxMove move) => Moves.TryGetValue((from, move), out var to) ? to : null;

    /// <summary>The most recent attempt (the one a broadcast sends).</summary>
    public OutboxAttempt LatestAttempt() => Attempts.MaxBy(a => a.Number)!;

    /// <summary>The number the next signed attempt gets: 1, then one more than the highest so far.</summary>
    public int NextAttemptNumber() => Attempts.Count == 0 ? 1 : Attempts.Max(a => a.Number) + 1;

    /// <summary>The entry's call as the node runs it (estimate, simulation, revert replay).</summary>
    public OutboxCall CallWith(long? gas) => new(Sender, To, Data, BigInteger.Parse(Value, CultureInfo.InvariantCulture), gas);

    /// <summary>Gas estimation failed for another reason than a revert; the entry fails after <paramref name="maxFailures"/> such failures.</summary>
    public void RecordPreflightFailure(string error, int maxFailures, DateTimeOffset now)
    {
        var failures = PreflightFailures + 1;
        MoveTo(failures >= maxFailures ? OutboxMove.Fail : OutboxMove.PreflightFailure, error, now);
        PreflightFailures = failures;
    }

    /// <summary>Queued → Signed with <paramref name="nonce"/>: the first attempt is stored.</summary>
    public void MarkSigned(long nonce, string txHash, DateTimeOffset now)
    {
        MoveTo(OutboxMove.Sign, null, now);
        Nonce = nonce;
        TxHash = txHash;
    }

    /// <summary>A fee-bumped replacement (same nonce) is stored; <paramref name="error"/> says why.</summary>
    public void MarkReplacementSigned(string txHash, string error, DateTimeOffset now)
    {
        MoveTo(OutboxMove.Replace, error, now);
        TxHash = txHash;
    }

    /// <summary>Signed/Broadcast → Broadcast: the node accepted <paramref name="attempt"/> (or already had it).</summary>
    public void MarkBroadcast(OutboxAttempt attempt, DateTimeOffset at, long headBlock)
    {
        MoveTo(OutboxMove.Broadcast, null, at);
        attempt.MarkBroadcast(at, headBlock);
    }

    /// <summary>Records a problem that changes nothing else (a rejected broadcast, a replacement over the fee cap).</summary>
    public void RecordProblem(string error, DateTimeOffset now) => MoveTo(OutboxMove.Problem, error, now);

    /// <summary>Signed/Broadcast → Mined: <paramref name="winner"/> was mined successfully; every other attempt is replaced.</summary>
    public void MarkMined(OutboxAttempt winner, OutboxReceipt receipt, long confirmations, DateTimeOffset now)
    {
        MoveTo(OutboxMove.Mine, null, now);
        RecordReceipt(winner, receipt, confirmations);
    }

    /// <summary>Signed/Broadcast → Reverted: <paramref name="winner"/> was mined with status 0.</summary>
    public void MarkReverted(OutboxAttempt winner, OutboxReceipt receipt, long confirmations, string error, DateTimeOffset now)
    {
        MoveTo(OutboxMove.RevertMined, error, now);
        RecordReceipt(winner, receipt, confirmations);
    }

    /// <summary>Queued → Reverted: the call reverted at gas estimation or simulation; nothing was signed.</summary>
    public void MarkReverted(string error, DateTimeOffset now) => MoveTo(OutboxMove.RevertBeforeSigning, error, now);

    /// <summary>Queued → Failed, with the reason.</summary>
    public void MarkFailed(string error, DateTimeOffset now) => MoveTo(OutboxMove.Fail, error, now);

    /// <summary>
    /// Mined → Mined with the receipt's current block and depth, or → Confirmed once <paramref name="confirmations"/>
    /// reaches <paramref name="depth"/>; true when confirmed.
    /// </summary>
    public bool RecordConfirmations(OutboxReceipt receipt, long confirmations, int depth, DateTimeOffset now)
    {
        MoveTo(confirmations >= depth ? OutboxMove.Confirm : OutboxMove.Deepen, _error, now);
        BlockNumber = receipt.BlockNumber;
        BlockHash = receipt.BlockHash;
        Confirmations = confirmations;
        return _status == OutboxStatus.Confirmed;
    }

    /// <summary>
    /// Mined → Broadcast: a reorg removed the block that held the mined attempt, which is tracked again as broadcast
    /// (the stuck rules count from <paramref name="now"/> and <paramref name="headBlock"/>).
    /// </summary>
    public void MarkReorganised(long headBlock, DateTimeOffset now) =>
        ReturnMinedAttempt(OutboxMove.Reorganise, $"was mined in block {BlockNumber} ({BlockHash}), which a reorg removed from the chain",
            "waiting for it to be mined again", headBlock, now);

    /// <summary>
    /// Confirmed/Reverted → Broadcast: the chain no longer holds the mined attempt (its account nonce is back below this
    /// entry's), so the same signed bytes are sent again; nothing else can take the nonce, which stays this entry's.
    /// </summary>
    public void MarkForgotten(long headBlock, DateTimeOffset now)
    {
        if (Nonce is null || !Attempts.Any(a => a.Status == OutboxAttemptStatus.Mined))
        {
            throw new InvalidOperationException($"Outbox entry {Id} has no mined transaction the chain could have forgotten.");
        }
        ReturnMinedAttempt(OutboxMove.Forget, $"was mined in block {BlockNumber} ({BlockHash}), which the chain no longer has",
            "sending the same bytes again", headBlock, now);
    }

    private void ReturnMinedAttempt(OutboxMove move, string reason, string next, long headBlock, DateTimeOffset now)
    {
        MoveTo(move, $"tx {TxHash} {reason}; {next}", now);
        foreach (var attempt in Attempts.Where(a => a.Status == OutboxAttemptStatus.Mined))
        {
            attempt.ReturnToBroadcast(reason, now, headBlock);
        }
        BlockNumber = null;
        BlockHash = null;
        GasUsed = null;
        Confirmations = 0;
    }

    /// <summary>
    /// Signed/Broadcast → Queued: the nonce was used by a transaction this entry never signed, so none of its attempts
    /// can be mined; the entry is signed again with a new nonce.
    /// </summary>
    public void Requeue(string reason, DateTimeOffset now)
    {
        MoveTo(OutboxMove.Requeue, reason + "; it will be signed again with a new nonce", now);
        foreach (var stale in Attempts)
        {
            stale.MarkReplaced(reason);
        }
        Nonce = null;
        TxHash = null;
    }

    private void RecordReceipt(OutboxAttempt winner, OutboxReceipt receipt, long confirmations)
    {
        foreach (var attempt in Attempts)
        {
            if (attempt == winner)
            {
                attempt.MarkMined();
            }
            else
            {
                attempt.MarkReplaced();
            }
        }
        TxHash = winner.TxHash;
        BlockNumber = receipt.BlockNumber;
        BlockHash = receipt.BlockHash;
        GasUsed = receipt.GasUsed;
        Confirmations = confirmations;
    }

    /// <summary>The one place that changes the status: looks the move up, then sets status, error and time together.</summary>
    private void MoveTo(OutboxMove move, string? error, DateTimeOffset now)
    {
        // An illegal move is a bug in the outbox, never bad input: stop before anything inconsistent is stored.
        _status = After(_status, move) ?? throw new InvalidOperationException($"Outbox entry {Id}: illegal move {move} from {_status}.");
        _error = error;
        _updatedAt = now;
    }
}

/// <summary>What happens to an outbox entry; <see cref="OutboxEntry.After"/> says from which status each is legal and where it leads.</summary>
public enum OutboxMove
{
    /// <summary>Gas estimation failed (not a revert); the entry stays queued.</summary>
    PreflightFailure,

    /// <summary>Given up (too many preflight failures).</summary>
    Fail,

    /// <summary>The call reverted at estimation or simulation; nothing signed.</summary>
    RevertBeforeSigning,

    /// <summary>A nonce and the first signed attempt are stored.</summary>
    Sign,

    /// <summary>The node accepted an attempt (or already had it).</summary>
    Broadcast,

    /// <summary>A fee-bumped replacement with the same nonce is stored.</summary>
    Replace,

    /// <summary>A transient problem is recorded (rejected broadcast, replacement over the fee cap).</summary>
    Problem,

    /// <summary>An attempt was mined successfully.</summary>
    Mine,

    /// <summary>An attempt was mined with status 0.</summary>
    RevertMined,

    /// <summary>The nonce was used by a transaction the entry never signed: back to the queue for a new nonce.</summary>
    Requeue,

    /// <summary>More confirmations, still short of the depth.</summary>
    Deepen,

    /// <summary>The confirmation depth is reached.</summary>
    Confirm,

    /// <summary>A reorg removed the mined block: tracked as broadcast again.</summary>
    Reorganise,

    /// <summary>The chain forgot a confirmed (or mined and reverted) transaction: its bytes are sent again.</summary>
    Forget,
}
