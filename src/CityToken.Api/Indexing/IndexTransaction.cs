using Microsoft.EntityFrameworkCore.Storage;

namespace CityToken.Api.Indexing;

/// <summary>
/// One write transaction of the indexer as projections see it across the ranges it stores: the append-only
/// <see cref="Rows"/>, and state that several ranges add to and that is written once, just before the commit
/// (<see cref="Shared{TState}"/>). Token balances go this way: written per range, a catch-up upserted the same holders
/// once for every range of a transaction.
/// </summary>
public sealed class IndexTransaction(CityTokenDb db) : IAsyncDisposable
{
    private readonly List<IIndexTransactionState> _states = [];

    /// <summary>Inserts append-only rows outside the change tracker, in the open transaction (flushed by the indexer).</summary>
    public RowInserter Rows { get; } = new(db);

    /// <summary>The transaction's <typeparamref name="TState"/>, created by <paramref name="create"/> the first time.</summary>
    public TState Shared<TState>(Func<TState> create) where TState : class, IIndexTransactionState
    {
        ArgumentNullException.ThrowIfNull(create);
        if (_states.OfType<TState>().FirstOrDefault() is { } state)
        {
            return state;
        }
        state = create();
        _states.Add(state);
        return state;
    }

    /// <summary>
    /// Writes every shared state, in the order they were created, and flushes the rows; the indexer then saves tracked
    /// changes and commits.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var state in _states)
        {
            await state.WriteAsync(db, cancellationToken);
        }
        await Rows.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Waits for rows still being written behind (a commit has waited already; after a failure they are abandoned with the
    /// transaction) and finalizes the row statements, before the connection goes back to the pool.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await PostgresWriteBehind.AbandonAsync(db.Database.CurrentTransaction?.GetDbTransaction().Connection);
        Rows.Dispose();
    }
}

/// <summary>State a projection keeps across the ranges of one write transaction and writes before its commit.</summary>
public interface IIndexTransactionState
{
    /// <summary>Writes what the transaction's ranges added (tracked entities are saved by the indexer afterwards).</summary>
    Task WriteAsync(CityTokenDb db, CancellationToken cancellationToken);
}
