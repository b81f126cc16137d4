namespace CityToken.Api.Indexing;

/// <summary>
/// A projection that appends one <typeparamref name="TRow"/> per event it keeps and never changes it: the row's place on
/// the chain is filled in here, a rollback deletes the rows above the fork and a reset deletes them all
/// (<see cref="ProjectionRows"/>). A projection only says which row an event makes (<see cref="RowOf"/>).
/// </summary>
public abstract class AppendOnlyProjection<TRow> : IEventProjection where TRow : ChainEventRow
{
    public abstract IReadOnlyCollection<string> Contracts { get; }

    public abstract IReadOnlyCollection<EventDecoder> Events { get; }

    /// <summary>The row <paramref name="log"/> makes, without its place (filled in by the base); null for other events.</summary>
    protected abstract TRow? RowOf(IndexedLog log);

    public virtual Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(log);
        if (RowOf(log) is { } row)
        {
            row.PlaceAt(log);
            batch.Db.Add(row);
        }
        return Task.CompletedTask;
    }

    public virtual Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken) =>
        ProjectionRows.DeleteAboveAsync<TRow>(db, r => r.BlockNumber, blockNumber, cancellationToken);

    public virtual Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken) =>
        ProjectionRows.DeleteAllAsync<TRow>(db, cancellationToken);
}
