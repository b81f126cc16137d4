namespace CityToken.Api.Indexing;

/// <summary>
/// The indexer's write side: stores prepared ranges, each in order and in the one write transaction of its group, with
/// their raw logs, every projection's changes (through one <see cref="IndexBatch"/> per range), block hashes and the
/// checkpoint. Storing is idempotent: logs already stored are skipped.
/// </summary>
internal sealed class RangeWriter(
    IServiceScopeFactory scopes,
    WalCheckpointer checkpointer,
    IEnumerable<IEventProjection> projections,
    TimeProvider time)
{
    private readonly Dictionary<string, IEventProjection[]> _projectionsByContract = ProjectionsByContract(projections);

    /// <summary>
    /// Stores consecutive ranges in one transaction, in order, and returns how many were stored: with
    /// <paramref name="checkContinuity"/> it stops before a range that does not follow the one before (a reorg) and
    /// commits those it stored.
    /// </summary>
    public async Task<int> ApplyRangesAsync(List<PreparedRange> ranges, bool checkContinuity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        // Thousands of rows per range: detect changes once, before saving, not on every lookup.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // One connection for the pragmas and the transaction (EF would otherwise open and return one per command).
        await db.Database.OpenConnectionAsync(cancellationToken);
        var restore = db.Database.IsSqlite() ? await SqliteIndexerPragmas.ApplyAsync(db, cancellationToken) : null;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Writers take turns on PostgreSQL; the checkpoint below is read under the lock.
            await DatabaseMutex.LockForTransactionAsync(db, IndexerLeadership.WriteKey, cancellationToken);
            if (!db.Database.IsSqlite())
            {
                // As SQLite's synchronous = NORMAL (SqliteIndexerPragmas): no WAL flush waited for at this commit. A crash
                // can only lose the last committed pieces, whose checkpoint goes with them: they are read from the chain again.
                await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
            }
            // Raw logs, transfers and block hashes go through one RowInserter per transaction: on SQLite written at once
            // with prepared statements, on PostgreSQL buffered into binary COPYs (flushed before the commit). Disposed,
            // so its statements are finalized, before the connection goes back to the pool, whatever happened.
            await using var write = new IndexTransaction(db);
            var checkpoint = await db.Set<IndexerCheckpoint>().SingleAsync(cancellationToken);
            // Consecutive ranges after the checkpoint, with nothing stored above it (a rollback deletes what lies above its
            // fork, and rows commit with their checkpoint): none of their logs or blocks can be stored yet, so the per-range
            // look-ups of stored keys are skipped. Two round trips per range fewer, on the path every catch-up takes.
            var nothingStoredAhead = checkContinuity && !await AnythingAboveAsync(db, checkpoint.BlockNumber, cancellationToken);
            var stored = 0;
            while (stored < ranges.Count
                && await StoreRangeAsync(new IndexBatch(db, write), checkpoint, ranges[stored], checkContinuity, nothingStoredAhead, cancellationToken))
            {
                stored++;
            }
            if (stored > 0)
            {
                // What the stored ranges added to state shared across them (token balances), written once.
                await write.CompleteAsync(cancellationToken);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (restore is not null)
                {
                    checkpointer.Request();
                }
            }
            return stored;
        }
        finally
        {
            if (restore is not null)
            {
                await SqliteIndexerPragmas.RestoreAsync(db, restore);
            }
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> AnythingAboveAsync(CityTokenDb db, long blockNumber, CancellationToken cancellationToken) =>
        await db.Set<RawLog>().AnyAsync(l => l.BlockNumber > blockNumber, cancellationToken)
        || await db.Set<IndexedBlock>().AnyAsync(b => b.Number > blockNumber, cancellationToken);

    /// <summary>
    /// Stores one range in the open transaction and moves the (tracked) checkpoint to its end; false, storing nothing,
    /// when its parent hash is not the checkpoint's hash. <paramref name="nothingStored"/>: no log or block of the range
    /// can be stored already (else they are looked up and skipped).
    /// </summary>
    private async Task<bool> StoreRangeAsync(
        IndexBatch batch, IndexerCheckpoint checkpoint, PreparedRange prepared, bool checkContinuity, bool nothingStored, CancellationToken cancellationToken)
    {
        var (db, rows) = (batch.Db, batch.Rows);
        var range = prepared.Range;
        if (checkContinuity)
        {
            if (checkpoint.BlockNumber != range.From - 1)
            {
                throw new ChainMovedException($"Range {range.From}..{range.To} does not follow the checkpoint at {checkpoint.BlockNumber}.");
            }
            if (checkpoint.BlockHash is { } hash && !string.Equals(hash, range.First.ParentHash, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (prepared.Logs.Count > 0 && prepared.Logs[0].Log.ChainId != checkpoint.ChainId)
        {
            throw new InvalidOperationException($"Logs of chain {prepared.Logs[0].Log.ChainId} for an index of chain {checkpoint.ChainId}.");
        }
        // Keyed by place, as the table is: a log the node repeats within the range is skipped too.
        var stored = nothingStored ? [] : (await db.Set<RawLog>()
                .Where(l => l.BlockNumber >= range.From && l.BlockNumber <= range.To)
                .Select(l => new { l.BlockNumber, l.LogIndex })
                .ToListAsync(cancellationToken))
            .Select(l => (l.BlockNumber, l.LogIndex))
            .ToHashSet();
        var fresh = new List<IndexedLog>(prepared.Logs.Count);
        foreach (var (log, row) in prepared.Logs)
        {
            if (!stored.Add((log.BlockNumber, log.LogIndex)))
            {
                continue;
            }
            await rows.InsertAsync(row, cancellationToken);
            fresh.Add(log);
        }
        await ProjectAsync(batch, fresh, cancellationToken);

        var storedBlocks = nothingStored ? [] : (await db.Set<IndexedBlock>().AsNoTracking()
                .Where(b => b.Number >= range.From && b.Number <= range.To)
                .Select(b => b.Number)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        foreach (var header in range.Headers.Values)
        {
            if (!storedBlocks.Contains(header.Number))
            {
                await rows.InsertAsync(new IndexedBlock { Number = header.Number, Hash = header.Hash, ParentHash = header.ParentHash, Timestamp = header.Timestamp }, cancellationToken);
            }
        }
        await rows.FlushAsync(cancellationToken);
        if (range.To > checkpoint.BlockNumber)
        {
            checkpoint.BlockNumber = range.To;
            checkpoint.BlockHash = range.Last.Hash;
            checkpoint.UpdatedAt = time.GetUtcNow().ToUnixTimeSeconds();
        }
        // Saved per range when a projection changed tracked rows: the next range's projections may query them. The
        // checkpoint alone waits for the commit (saving it would wait for the rows still being written behind).
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged && e.Entity is not IndexerCheckpoint))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }

    /// <summary>
    /// Runs every projection over the range's fresh logs with the range's <paramref name="batch"/>: each one's
    /// <see cref="IEventProjection.PrepareAsync"/> (with its logs), then <see cref="IEventProjection.ApplyAsync"/> per log in
    /// (block, logIndex) order, then, once the batch's rows are flushed, <see cref="IEventProjection.CompleteAsync"/>.
    /// </summary>
    private async Task ProjectAsync(IndexBatch batch, List<IndexedLog> fresh, CancellationToken cancellationToken)
    {
        // Each projection's logs, in order, grouped in one pass.
        var logsOf = _projectionsByContract.Values.SelectMany(p => p).Distinct().ToDictionary(p => p, _ => new List<IndexedLog>());
        foreach (var indexedLog in fresh)
        {
            if (_projectionsByContract.TryGetValue(indexedLog.ContractName, out var interested))
            {
                foreach (var projection in interested)
                {
                    logsOf[projection].Add(indexedLog);
                }
            }
        }
        foreach (var (projection, logs) in logsOf)
        {
            await projection.PrepareAsync(batch, logs, cancellationToken);
        }
        foreach (var indexedLog in fresh)
        {
            if (_projectionsByContract.TryGetValue(indexedLog.ContractName, out var interested))
            {
                foreach (var projection in interested)
                {
                    await projection.ApplyAsync(batch, indexedLog, cancellationToken);
                }
            }
        }

        await batch.Rows.FlushAsync(cancellationToken);
        foreach (var projection in logsOf.Keys)
        {
            await projection.CompleteAsync(batch, cancellationToken);
        }
        await batch.Rows.FlushAsync(cancellationToken);
    }

    private static Dictionary<string, IEventProjection[]> ProjectionsByContract(IEnumerable<IEventProjection> projections) =>
        projections
            .SelectMany(p => p.Contracts.Select(c => (Contract: c, Projection: p)))
            .GroupBy(x => x.Contract, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Projection).ToArray(), StringComparer.Ordinal);
}
