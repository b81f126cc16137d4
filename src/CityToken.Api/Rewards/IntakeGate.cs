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
/// <item><b>Within what scope.</b> Every instance on the database. In a process it is a <see cref="SemaphoreSlim"/>;
/// across instances sharing PostgreSQL, the holder of the semaphore also takes a database-level lock
/// (<see cref="DatabaseMutex"/>: a session advisory lock on one key for the rewards engine) before the work starts and
/// releases it after the work's transactions committed, so no two instances decide at the same time either. A holder
/// that dies loses the lock with its connection; its uncommitted work rolls back. With SQLite there is one instance and
/// the semaphore is all there is. It is not re-entrant (work that calls <see cref="RunAsync{T}"/> again waits for itself
/// forever) and not fair (no order among waiters). Cancellation applies to the waits only; once work has started it
/// runs to its end under the gate.</item>
/// <item><b>After the fact.</b> The program's <c>Version</c> concurrency token still catches a write that changes a
/// program row from outside the gate (intake then decides again). Batch formation and a batch's moves, whose rows carry
/// no such token, also take a transaction lock (<see cref="FenceAsync"/>) inside their transaction, so even an instance
/// whose lock session dropped while it worked cannot interleave with another.</item>
/// </list>
/// </summary>
public sealed class IntakeGate(DatabaseMutex? database = null) : IDisposable
{
    /// <summary>The rewards engine's advisory lock key ("CTintake" as a number).</summary>
    private const long DatabaseKey = 0x4354_696E_7461_6B65;

    /// <summary>The transaction lock of batch formation and batch moves ("CTmintx"); not the session lock's key.</summary>
    private const long TransactionKey = 0x4354_6D69_6E74_78;

    private readonly DatabaseGate _gate = new(database, DatabaseKey);

    /// <summary>Inside a covered transaction: waits until no other transaction holds the minting state (PostgreSQL; nothing on SQLite).</summary>
    public static Task FenceAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        DatabaseMutex.LockForTransactionAsync(db, TransactionKey, cancellationToken);

    /// <summary>Runs <paramref name="work"/> alone: no other work under this gate runs beside it.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) => _gate.RunAsync(work, cancellationToken);

    public void Dispose() => _gate.Dispose();
}
