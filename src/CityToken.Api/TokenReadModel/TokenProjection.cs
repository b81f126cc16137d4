using CityToken.Contracts.CivicToken.ContractDefinition;

namespace CityToken.Api.TokenReadModel;

/// <summary>
/// Balances, transfers, supply and daily figures from CivicToken's Transfer events. Transfers are append-only rows
/// (<see cref="IndexBatch.Rows"/>); balances, supply and days change through one <see cref="TokenDeltas"/> per write
/// transaction (<see cref="IndexTransaction.Shared{TState}"/>), which each range's <see cref="PrepareAsync"/> extends
/// with the holders it touches and which is written once before the commit: a holder's row is written once per
/// transaction, not once per range. A rollback takes the orphaned transfers back through the same deltas.
/// </summary>
public sealed class TokenProjection : IEventProjection
{
    public IReadOnlyCollection<string> Contracts { get; } = [ContractNames.CivicToken];

    /// <summary>Loads the balance of every address the range's transfers touch that the transaction has not loaded yet.</summary>
    public async Task PrepareAsync(IndexBatch batch, IReadOnlyList<IndexedLog> logs, CancellationToken cancellationToken)
    {
        var touched = new List<string>(2 * logs.Count);
        foreach (var log in logs)
        {
            if (log.TryGetTransfer(out var transfer))
            {
                touched.Add(transfer.From);
                touched.Add(transfer.To);
            }
        }
        var deltas = batch.Transaction.Shared(() => new TokenDeltas());
        await deltas.LoadAsync(batch.Db, touched, cancellationToken);
        batch.Begin(deltas);
    }

    public async Task ApplyAsync(IndexBatch batch, IndexedLog log, CancellationToken cancellationToken)
    {
        if (!log.TryGetTransfer(out var transfer))
        {
            if (log.Log is { } raw && EventTopic.Matches<TransferEventDTO>(raw))
            {
                throw new InvalidOperationException($"Malformed Transfer log {log.TransactionHash}#{log.LogIndex}.");
            }
            return;
        }
        var row = new TokenTransfer { From = transfer.From, To = transfer.To, Amount = Uint256.Format(transfer.Value) };
        row.PlaceAt(log);
        await batch.Rows.InsertAsync(row, cancellationToken);
        batch.Current<TokenDeltas>().Add(transfer.From, transfer.To, transfer.Value, row.BlockTime, sign: 1);
    }

    public async Task RollbackAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken)
    {
        var orphaned = await db.Set<TokenTransfer>().AsNoTracking()
            .Where(t => t.BlockNumber > blockNumber)
            .ToListAsync(cancellationToken);
        var deltas = new TokenDeltas();
        await deltas.LoadAsync(db, orphaned.SelectMany(t => new[] { t.From, t.To }), cancellationToken);
        foreach (var transfer in orphaned)
        {
            deltas.Add(transfer.From, transfer.To, Uint256.Parse(transfer.Amount), transfer.BlockTime, sign: -1);
        }
        await deltas.WriteAsync(db, cancellationToken);
        await ProjectionRows.DeleteAboveAsync<TokenTransfer>(db, t => t.BlockNumber, blockNumber, cancellationToken);
    }

    public async Task ResetAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        await ProjectionRows.DeleteAllAsync<TokenTransfer>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<TokenBalance>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<TokenSupply>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<TokenDailyStat>(db, cancellationToken);
    }
}
