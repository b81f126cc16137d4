using CityToken.Api.Rewards.Minting;

namespace CityToken.Api.Rewards;

/// <summary>
/// Status changes after intake that move budget: failing an action releases its reservation; retrying a
/// failed action reserves it again and queues it. Runs under the <see cref="IntakeGate"/> so the budget stays exact.
/// (Minting, <see cref="Minting.MintBatchOutcomes"/>, moves queued → batched → submitted → confirmed.)
/// </summary>
public sealed class ActionLifecycle(IntakeGate gate, IServiceScopeFactory scopes, MintTrigger mintTrigger, TimeProvider time)
{
    public enum RetryResult { NotFound, NotFailed, BudgetExhausted, Queued }

    /// <summary>Marks an action failed with a reason and releases its budget reservation.</summary>
    public Task<bool> FailAsync(long id, string reason, string detail, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var action = await db.Set<CivicAction>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (action is null || !ActionStatus.Reserving.Contains(action.Status))
            {
                return false;
            }
            var program = await db.Set<RewardProgram>().SingleAsync(p => p.Id == action.ProgramId, cancellationToken);
            program.Reserved -= action.Amount;
            program.Version++;
            action.Status = ActionStatus.Failed;
            action.Reason = reason;
            action.ReasonDetail = detail;
            action.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Returns a failed action to the queue, reserving its amount again (caps are not re-checked).</summary>
    public Task<(RetryResult Result, CivicAction? Action)> RetryAsync(long id, CancellationToken cancellationToken) =>
        gate.RunAsync<(RetryResult, CivicAction?)>(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            var action = await db.Set<CivicAction>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (action is null)
            {
                return (RetryResult.NotFound, null);
            }
            if (action.Status != ActionStatus.Failed)
            {
                return (RetryResult.NotFailed, action);
            }
            var program = await db.Set<RewardProgram>().SingleAsync(p => p.Id == action.ProgramId, cancellationToken);
            if (program.Remaining < action.Amount)
            {
                return (RetryResult.BudgetExhausted, action);
            }
            program.Reserved += action.Amount;
            program.Version++;
            action.Status = ActionStatus.Queued;
            action.Reason = null;
            action.ReasonDetail = null;
            action.BatchId = null;
            action.TxHash = null;
            action.BlockNumber = null;
            action.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            mintTrigger.Queued(1);
            return (RetryResult.Queued, action);
        }, cancellationToken);
}
