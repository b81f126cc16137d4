namespace CityToken.Api.Indexing;

/// <summary>
/// One stored range as projections see it: the unit of work (<see cref="Db"/>, inside the indexer's open transaction),
/// the <see cref="Transaction"/> it is stored in (its <see cref="RowInserter"/> for append-only rows, state shared by its
/// ranges), and the state projections keep for this range (<see cref="Begin{TState}"/> in
/// <see cref="IEventProjection.PrepareAsync"/>, <see cref="Current{TState}"/> after). The indexer creates one per range
/// and hands it to every projection call of that range, so per-range state lives and dies with the range instead of in
/// tables keyed by the <see cref="CityTokenDb"/>.
/// </summary>
public sealed class IndexBatch(CityTokenDb db, IndexTransaction transaction)
{
    private readonly Dictionary<Type, object> _states = [];

    /// <summary>The unit of work, inside the indexer's transaction (never save it: the indexer does).</summary>
    public CityTokenDb Db { get; } = db;

    /// <summary>The write transaction this range is stored in (several ranges may share one).</summary>
    public IndexTransaction Transaction { get; } = transaction;

    /// <summary>Inserts append-only rows outside the change tracker, in the open transaction (flushed by the indexer).</summary>
    public RowInserter Rows => Transaction.Rows;

    /// <summary>Keeps <paramref name="state"/> as this range's <typeparamref name="TState"/> (one per type and range).</summary>
    public TState Begin<TState>(TState state) where TState : class
    {
        if (!_states.TryAdd(typeof(TState), state))
        {
            throw new InvalidOperationException($"{typeof(TState).Name} was already begun for this range.");
        }
        return state;
    }

    /// <summary>This range's <typeparamref name="TState"/>; throws when <see cref="Begin{TState}"/> did not run (a call out of order).</summary>
    public TState Current<TState>() where TState : class =>
        _states.TryGetValue(typeof(TState), out var state)
            ? (TState)state
            : throw new InvalidOperationException($"{typeof(TState).Name} is used before PrepareAsync began it for this range.");
}
