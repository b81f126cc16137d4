namespace CityToken.Api.Rewards;

/// <summary>
/// The one lock of the rewards engine's budget figures. Its guarantee, exactly:
/// <list type="bullet">
/// <item><b>What it serialises.</b> Every piece of work that reads a program's budget figures (<c>Reserved</c>,
/// <c>Confirmed</c>) or a resident's cap usage, decides on them and writes the result: intake decisions (cap usage
/// read, budget check, reservation and the actions written; <see cref="IntakeService"/> through its group commit),
/// program edits and pause/resume (<c>ProgramsApi</c>), failing and retrying an action (<see cref="ActionLifecycle"/>),
/// mint batch formation (<see cref="Minting.MintBatcher"/>: the queued actions it takes, the batch sequence) and a
/// batch's outcomes (<see cref="Minting.MintBatchOutcomes"/>: reserved becomes confirmed, or is released). No two of
/// these run at the same time, so none reads a figure another is about to change.</item>
/// <item><b>Within what scope.</b> One process: it is a <see cref="SemaphoreSlim"/>. It is not re-entrant (work that
/// calls <see cref="RunAsync{T}"/> again waits for itself forever) and not fair (no order among waiters). Cancellation
/// applies to the wait only; once work has started it runs to its end under the gate.</item>
/// <item><b>Beyond one process.</b> Nothing here holds. With SQLite and one instance that is all there is; a second
/// writer is caught only after the fact, by the program's <c>Version</c> concurrency token, and only for writes that
/// change a program row (intake then decides again). When several instances share PostgreSQL this gate must become a
/// database-level guarantee taken inside each covered transaction: a transaction-scoped advisory lock
/// (<c>pg_advisory_xact_lock</c> on one key for the rewards engine, or one per program), or <c>SELECT … FOR UPDATE</c>
/// on the program rows concerned (and on the minting state row for batch formation).</item>
/// </list>
/// </summary>
public sealed class IntakeGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="work"/> alone: no other work under this gate runs beside it.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
