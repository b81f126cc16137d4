using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace CityToken.Api.Indexing;

/// <summary>
/// How projections undo what a reorg orphaned (or everything, before a rebuild), by the block an event's effect came
/// from: rows created above the fork are deleted (<see cref="DeleteAboveAsync{TRow}"/>), changes made above it to older
/// rows are cleared (<see cref="ClearAboveAsync{TRow}"/>). Rows added in the unit of work but not saved yet are
/// detached first: a set-based delete does not reach them. Balances and other sums are taken back by the projection
/// that keeps them (the token projection replays the orphaned transfers with the opposite sign). The indexer removes its
/// own raw logs, block hashes and checkpoint the same way.
/// </summary>
public static class ProjectionRows
{
    /// <summary>Deletes the <typeparamref name="TRow"/> rows whose <paramref name="block"/> is above <paramref name="blockNumber"/>.</summary>
    public static Task DeleteAboveAsync<TRow>(
        CityTokenDb db, Expression<Func<TRow, long?>> block, long blockNumber, CancellationToken cancellationToken) where TRow : class =>
        DeleteAsync(db, Above(block, blockNumber), cancellationToken);

    /// <summary>Deletes every <typeparamref name="TRow"/> row.</summary>
    public static Task DeleteAllAsync<TRow>(CityTokenDb db, CancellationToken cancellationToken) where TRow : class =>
        DeleteAsync<TRow>(db, _ => true, cancellationToken);

    /// <summary>
    /// Undoes the changes recorded with a block above <paramref name="blockNumber"/> (<paramref name="block"/>: the column
    /// that records it, null when unchanged): <paramref name="clear"/> sets the changed columns back, that one included.
    /// </summary>
    public static Task ClearAboveAsync<TRow>(
        CityTokenDb db, Expression<Func<TRow, long?>> block, long blockNumber, Action<UpdateSettersBuilder<TRow>> clear,
        CancellationToken cancellationToken) where TRow : class =>
        db.Set<TRow>().Where(Above(block, blockNumber)).ExecuteUpdateAsync(clear, cancellationToken);

    private static async Task DeleteAsync<TRow>(CityTokenDb db, Expression<Func<TRow, bool>> which, CancellationToken cancellationToken) where TRow : class
    {
        var matches = which.Compile();
        foreach (var entry in db.ChangeTracker.Entries<TRow>().Where(e => e.State == EntityState.Added && matches(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
        await db.Set<TRow>().Where(which).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary><c>row => block(row) > blockNumber</c>, translatable by EF.</summary>
    private static Expression<Func<TRow, bool>> Above<TRow>(Expression<Func<TRow, long?>> block, long blockNumber) =>
        Expression.Lambda<Func<TRow, bool>>(
            Expression.GreaterThan(block.Body, Expression.Constant(blockNumber, typeof(long?))), block.Parameters);
}
