namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// Moves a batch and its actions to their next state, each move in one transaction under the <see cref="IntakeGate"/> (the
/// programs' reserved and confirmed figures change with it, and intake reserves budget under the same gate).
/// Every move is conditional on the batch's current state, so repeating one (after a crash) changes nothing.
/// </summary>
public sealed class MintBatchOutcomes(IServiceScopeFactory scopes, IntakeGate gate, MintMetrics metrics, TimeProvider time)
{
    /// <summary>The node accepted the batch's transaction: batched → submitted.</summary>
    public Task<bool> SubmittedAsync(long batchId, string txHash, CancellationToken cancellationToken) =>
        MoveAsync(batchId, [MintBatchStatus.Pending], async (db, batch, now) =>
        {
            batch.Status = MintBatchStatus.Submitted;
            batch.TxHash = txHash;
            await ActionsOf(db, batch).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ActionStatus.Submitted)
                .SetProperty(a => a.TxHash, txHash)
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Minted and confirmed: the actions are confirmed and their reservation becomes confirmed budget. <paramref name="gasUsed"/>:
    /// from the transaction's receipt, for the metrics (null when confirmed from the chain's event).
    /// </summary>
    public Task<bool> ConfirmedAsync(long batchId, string txHash, long blockNumber, long? gasUsed, CancellationToken cancellationToken) =>
        MoveAsync(batchId, MintBatchStatus.Unfinished, async (db, batch, now) =>
        {
            batch.Status = MintBatchStatus.Confirmed;
            batch.TxHash = txHash;
            batch.BlockNumber = blockNumber;
            batch.Reason = null;
            await MoveBudgetAsync(db, ActionsOf(db, batch), (program, amount) =>
            {
                program.Reserved -= amount;
                program.Confirmed += amount;
            }, cancellationToken);
            await ActionsOf(db, batch).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ActionStatus.Confirmed)
                .SetProperty(a => a.TxHash, txHash)
                .SetProperty(a => a.BlockNumber, blockNumber)
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        }, cancellationToken, gasUsed);

    /// <summary>Not minted, for a passing reason: the actions return to the queue (keeping their reservation).</summary>
    public Task<bool> RequeuedAsync(long batchId, string reason, CancellationToken cancellationToken) =>
        MoveAsync(batchId, MintBatchStatus.Unfinished, async (db, batch, now) =>
        {
            batch.Status = MintBatchStatus.Requeued;
            batch.Reason = Truncate(reason);
            await ActionsOf(db, batch).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ActionStatus.Queued)
                .SetProperty(a => a.BatchId, (string?)null)
                .SetProperty(a => a.TxHash, (string?)null)
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        }, cancellationToken);

    /// <summary>Reverted for a reason retrying cannot fix: the actions fail with it and release their reservation.</summary>
    public Task<bool> FailedAsync(long batchId, string reason, CancellationToken cancellationToken) =>
        MoveAsync(batchId, MintBatchStatus.Unfinished, async (db, batch, now) =>
        {
            batch.Status = MintBatchStatus.Failed;
            batch.Reason = Truncate(reason);
            await MoveBudgetAsync(db, ActionsOf(db, batch), (program, amount) => program.Reserved -= amount, cancellationToken);
            await ActionsOf(db, batch).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ActionStatus.Failed)
                .SetProperty(a => a.Reason, RejectionReasons.MintReverted)
                .SetProperty(a => a.ReasonDetail, $"Mint batch {batch.BatchId} reverted: {Truncate(reason)}")
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Reverted with an error naming one recipient (a zero address, a zero amount…): that resident's actions fail with
    /// the reason and release their reservation; every other action returns to the queue, keeping its own.
    /// </summary>
    public Task<bool> SplitAsync(long batchId, string recipient, string reason, CancellationToken cancellationToken) =>
        MoveAsync(batchId, MintBatchStatus.Unfinished, async (db, batch, now) =>
        {
            var carried = await ActionsOf(db, batch).Select(a => new { a.Id, a.Resident }).ToListAsync(cancellationToken);
            var guilty = carried.Where(a => string.Equals(a.Resident, recipient, StringComparison.OrdinalIgnoreCase)).Select(a => a.Id).ToList();
            var innocent = carried.Select(a => a.Id).Except(guilty).ToList();
            batch.Status = MintBatchStatus.Requeued;
            batch.Reason = Truncate($"{reason}: the {guilty.Count} action(s) of {recipient} failed; the other {innocent.Count} returned to the queue");
            await FailAsync(db, db.Set<CivicAction>().Where(a => guilty.Contains(a.Id)), $"Mint batch {batch.BatchId} reverted: {Truncate(reason)}", now, cancellationToken);
            await db.Set<CivicAction>().Where(a => innocent.Contains(a.Id)).ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, ActionStatus.Queued)
                .SetProperty(a => a.BatchId, (string?)null)
                .SetProperty(a => a.TxHash, (string?)null)
                .SetProperty(a => a.UpdatedAt, now), cancellationToken);
        }, cancellationToken);

    /// <summary>Fails <paramref name="actions"/> as mint-reverted with <paramref name="detail"/>, releasing their reservation; returns how many.</summary>
    private static async Task<int> FailAsync(CityTokenDb db, IQueryable<CivicAction> actions, string detail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await MoveBudgetAsync(db, actions, (program, amount) => program.Reserved -= amount, cancellationToken);
        return await actions.ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Status, ActionStatus.Failed)
            .SetProperty(a => a.Reason, RejectionReasons.MintReverted)
            .SetProperty(a => a.ReasonDetail, Truncate(detail))
            .SetProperty(a => a.UpdatedAt, now), cancellationToken);
    }

    /// <summary>Runs <paramref name="move"/> when the batch is in one of <paramref name="from"/>; counted once committed (a repeat finds it moved and counts nothing).</summary>
    private Task<bool> MoveAsync(long batchId, IReadOnlyList<string> from, Func<CityTokenDb, MintBatch, DateTimeOffset, Task> move,
        CancellationToken cancellationToken, long? gasUsed = null) =>
        gate.RunAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await IntakeGate.FenceAsync(db, cancellationToken);
            var batch = await db.Set<MintBatch>().SingleAsync(b => b.Id == batchId, cancellationToken);
            if (!from.Contains(batch.Status))
            {
                return false;
            }
            var now = time.GetUtcNow();
            await move(db, batch, now);
            batch.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            metrics.Moved(batch.Status, gasUsed);
            return true;
        }, cancellationToken);

    /// <summary>The batch's actions still carried by it (batched or submitted).</summary>
    private static IQueryable<CivicAction> ActionsOf(CityTokenDb db, MintBatch batch) =>
        db.Set<CivicAction>().Where(a => a.BatchId == batch.BatchId && (a.Status == ActionStatus.Batched || a.Status == ActionStatus.Submitted));

    private static async Task MoveBudgetAsync(CityTokenDb db, IQueryable<CivicAction> actions, Action<RewardProgram, BigInteger> change, CancellationToken cancellationToken)
    {
        // Amounts are decimal strings in the database: summed here, not in SQL.
        var rows = await actions.Select(a => new { a.ProgramId, a.Amount }).ToListAsync(cancellationToken);
        foreach (var group in rows.GroupBy(r => r.ProgramId!.Value))
        {
            var program = await db.Set<RewardProgram>().SingleAsync(p => p.Id == group.Key, cancellationToken);
            change(program, group.Aggregate(BigInteger.Zero, (sum, row) => sum + row.Amount));
            program.Version++;
        }
    }

    private static string Truncate(string reason) => reason.Length > 400 ? reason[..400] : reason;
}
