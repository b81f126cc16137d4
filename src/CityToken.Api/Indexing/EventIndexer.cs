using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using CityToken.Api.Chain;
using CityToken.Api.Ethereum;
using CityToken.Api.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.RPC.Eth.DTOs;

namespace CityToken.Api.Indexing;

/// <summary>
/// Indexes every contract of the deployment manifest from its deployment block in a pipeline (fetch ranges of logs,
/// prepare their rows and decode their events, store: each stage on its own task), stores each piece's raw logs,
/// projections and checkpoint in one database transaction, and detects reorgs by comparing each range's parent hash
/// (and the checkpoint block's hash) with the stored hash; on a reorg it rolls projections back to the newest stored
/// block the chain still has, then re-indexes from there.
/// </summary>
public sealed partial class EventIndexer(
    IServiceScopeFactory scopes,
    ChainGateway chain,
    ChainLogSource source,
    WalCheckpointer checkpointer,
    IOptions<IndexerOptions> options,
    IndexerStatus status,
    IEnumerable<IEventProjection> projections,
    TimeProvider time,
    ILogger<EventIndexer> logger) : IDisposable
{
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private readonly EventDecoders _decoders = new(projections);
    private readonly Dictionary<string, IEventProjection[]> _projectionsByContract = ProjectionsByContract(projections);

    public void Dispose() => _exclusive.Dispose();

    /// <summary>Called after each stored range with (from, to, logs): the benchmark replays the same ranges.</summary>
    public Action<long, long, int>? RangeIndexed { get; set; }

    /// <summary>
    /// Indexes until the confirmed head (head - confirmation depth) or <paramref name="untilBlock"/>, whichever
    /// is lower, handling reorgs on the way. Returns the last indexed block.
    /// </summary>
    public async Task<long> CatchUpAsync(long? untilBlock, CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var outcome = await CatchUpOnceAsync(untilBlock, cancellationToken);
                if (outcome is { } indexed)
                {
                    return indexed;
                }
                // A reorg was handled (or the chain moved under a range): go again from the fork point.
                if (attempt > 100)
                {
                    throw new InvalidOperationException("The chain keeps reorganising; giving up this round.");
                }
            }
        }
        finally
        {
            _exclusive.Release();
        }
    }

    /// <summary>Drops every projection, raw log, block hash and the checkpoint; the next catch-up rebuilds from the deployment block.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ResetAllAsync(db, scope.ServiceProvider, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            status.Indexed(chain.Manifest.DeploymentBlock - 1);
        }
        finally
        {
            _exclusive.Release();
        }
    }

    private async Task<long?> CatchUpOnceAsync(long? untilBlock, CancellationToken cancellationToken)
    {
        var manifest = chain.Manifest;
        var contracts = manifest.Contracts.ToDictionary(c => Hex.Address(c.Value.Address), c => c.Key);
        var addresses = contracts.Keys.Order(StringComparer.Ordinal).ToArray();
        var checkpoint = await EnsureCheckpointAsync(manifest, addresses, cancellationToken);

        var head = await source.GetHeadAsync();
        var safe = head - options.Value.ConfirmationDepth;
        if (untilBlock is { } until)
        {
            safe = Math.Min(safe, until);
        }

        // The checkpoint block must still be on the chain (evm_revert, or a reorg at the same height).
        if (checkpoint.BlockHash is { } storedHash)
        {
            var current = await source.GetHeaderAsync(checkpoint.BlockNumber);
            if (current is null || !string.Equals(current.Hash, storedHash, StringComparison.OrdinalIgnoreCase))
            {
                await HandleReorgAsync(manifest, checkpoint.BlockNumber, cancellationToken);
                return null;
            }
        }
        if (checkpoint.BlockNumber >= safe)
        {
            status.Progress(head, checkpoint.BlockNumber, caughtUp: true);
            status.Succeeded();
            return checkpoint.BlockNumber;
        }
        status.Progress(head, checkpoint.BlockNumber, caughtUp: false);

        source.RestartRangeSize();
        using var pipeline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Three stages: the fetch task reads ranges (RPC and JSON, one read ahead), a prepare task builds each piece's rows
        // and decodes its events, and this task stores pieces. Prepared pieces queue up while the writer is busy, so it can
        // store several in one transaction; a fetched piece waits for the prepare task only briefly.
        var fetched = Channel.CreateBounded<FetchedRange>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var ready = Channel.CreateBounded<PreparedRange>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var range in source.ReadAsync(checkpoint.BlockNumber + 1, safe, addresses, pipeline.Token))
                {
                    await fetched.Writer.WriteAsync(range, pipeline.Token);
                }
                fetched.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                fetched.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);
        var preparer = Task.Run(async () =>
        {
            try
            {
                await foreach (var range in fetched.Reader.ReadAllAsync(pipeline.Token))
                {
                    await ready.Writer.WriteAsync(PreparedRange.From(range, contracts, checkpoint.ChainId, _decoders), pipeline.Token);
                }
                ready.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                ready.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);

        var indexed = checkpoint.BlockNumber;
        try
        {
            await foreach (var first in ready.Reader.ReadAllAsync(cancellationToken))
            {
                // Pieces already waiting join this one's transaction, up to LogsPerTransaction logs: fewer commits write the
                // pages of the hash-keyed indexes fewer times.
                var batch = new List<PreparedRange> { first };
                for (var logs = first.Logs.Count; logs < options.Value.LogsPerTransaction && ready.Reader.TryRead(out var next);)
                {
                    batch.Add(next);
                    logs += next.Logs.Count;
                }
                var stored = await ApplyRangesAsync(batch, checkContinuity: true, cancellationToken);
                foreach (var piece in batch.Take(stored))
                {
                    indexed = piece.Range.To;
                    RangeIndexed?.Invoke(piece.Range.From, piece.Range.To, piece.Logs.Count);
                }
                status.Progress(head, indexed, caughtUp: indexed >= safe);
                if (stored < batch.Count)
                {
                    await pipeline.CancelAsync();
                    await HandleReorgAsync(manifest, indexed, cancellationToken);
                    return null;
                }
            }
        }
        catch (ChainMovedException ex)
        {
            LogChainMoved(logger, ex.Message);
            return null;
        }
        finally
        {
            await pipeline.CancelAsync();
            await producer;
            await preparer;
        }
        status.Succeeded();
        return indexed;
    }

    /// <summary>
    /// Stores one range. With <paramref name="checkContinuity"/>, returns false (storing nothing) when the
    /// range's first block does not follow the checkpoint block (its parent hash differs: a reorg).
    /// Logs already stored (same chain id, tx hash and log index) are skipped, so re-delivery changes nothing.
    /// Public for the benchmark, which also times storing alone (ranges fetched beforehand).
    /// </summary>
    public async Task<bool> ApplyRangeAsync(
        FetchedRange range, IReadOnlyDictionary<string, string> contracts, bool checkContinuity, CancellationToken cancellationToken) =>
        await ApplyRangesAsync([PreparedRange.From(range, contracts, chain.Manifest.ChainId, _decoders)], checkContinuity, cancellationToken) == 1;

    /// <summary>
    /// Stores consecutive ranges in one transaction, in order, and returns how many were stored: with
    /// <paramref name="checkContinuity"/> it stops before a range that does not follow the one before (a reorg) and
    /// commits those it stored.
    /// </summary>
    private async Task<int> ApplyRangesAsync(List<PreparedRange> ranges, bool checkContinuity, CancellationToken cancellationToken)
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
            // Raw logs, transfers and block hashes go through one RowInserter per transaction: on SQLite written at once
            // with prepared statements, elsewhere buffered into multi-row INSERTs (flushed before the commit). Disposed,
            // so its statements are finalized, before the connection goes back to the pool, whatever happened.
            using var rows = new RowInserter(db);
            var checkpoint = await db.Set<IndexerCheckpoint>().SingleAsync(cancellationToken);
            var stored = 0;
            while (stored < ranges.Count && await StoreRangeAsync(new IndexBatch(db, rows), checkpoint, ranges[stored], checkContinuity, cancellationToken))
            {
                stored++;
            }
            if (stored > 0)
            {
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

    /// <summary>
    /// Stores one range in the open transaction and moves the (tracked) checkpoint to its end; false, storing nothing,
    /// when its parent hash is not the checkpoint's hash.
    /// </summary>
    private async Task<bool> StoreRangeAsync(
        IndexBatch batch, IndexerCheckpoint checkpoint, PreparedRange prepared, bool checkContinuity, CancellationToken cancellationToken)
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
        var stored = (await db.Set<RawLog>()
                .Where(l => l.BlockNumber >= range.From && l.BlockNumber <= range.To)
                .Select(l => new { l.TransactionHash, l.LogIndex })
                .ToListAsync(cancellationToken))
            .Select(l => (Hex.Of(l.TransactionHash), l.LogIndex))
            .ToHashSet();
        var fresh = new List<IndexedLog>(prepared.Logs.Count);
        foreach (var (log, row) in prepared.Logs)
        {
            if (!stored.Add((log.TransactionHash, log.LogIndex)))
            {
                continue;
            }
            await rows.InsertAsync(row, cancellationToken);
            fresh.Add(log);
        }
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

        await rows.FlushAsync(cancellationToken);
        foreach (var projection in logsOf.Keys)
        {
            await projection.CompleteAsync(batch, cancellationToken);
        }
        await rows.FlushAsync(cancellationToken);

        var storedBlocks = (await db.Set<IndexedBlock>().AsNoTracking()
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
        // Saved per range: the next range's projections may query what this one added.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Finds the fork point (the newest stored block whose hash the chain still has; a block hash commits to all
    /// its ancestors) and rolls raw logs, block hashes, projections and the checkpoint back to it.
    /// </summary>
    private async Task HandleReorgAsync(DeploymentManifest manifest, long from, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var fork = manifest.DeploymentBlock - 1;
        string? forkHash = null;
        var below = from + 1;
        while (forkHash is null)
        {
            var page = await db.Set<IndexedBlock>().Where(b => b.Number < below)
                .OrderByDescending(b => b.Number).Take(64).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var block in page)
            {
                var header = await source.GetHeaderAsync(block.Number);
                if (header is not null && string.Equals(header.Hash, block.Hash, StringComparison.OrdinalIgnoreCase))
                {
                    (fork, forkHash) = (block.Number, block.Hash);
                    break;
                }
            }
            below = page[^1].Number;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (forkHash is null)
        {
            await ResetAllAsync(db, scope.ServiceProvider, cancellationToken);
        }
        else
        {
            foreach (var projection in scope.ServiceProvider.GetServices<IEventProjection>())
            {
                await projection.RollbackAsync(db, fork, cancellationToken);
            }
            await db.Set<RawLog>().Where(l => l.BlockNumber > fork).ExecuteDeleteAsync(cancellationToken);
            await db.Set<IndexedBlock>().Where(b => b.Number > fork).ExecuteDeleteAsync(cancellationToken);
            var checkpoint = await db.Set<IndexerCheckpoint>().SingleAsync(cancellationToken);
            checkpoint.BlockNumber = fork;
            checkpoint.BlockHash = forkHash;
            checkpoint.UpdatedAt = time.GetUtcNow().ToUnixTimeSeconds();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        status.Reorged(fork);
        status.Indexed(fork);
        LogReorg(logger, from, fork);
    }

    private async Task ResetAllAsync(CityTokenDb db, IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var projection in services.GetServices<IEventProjection>())
        {
            await projection.ResetAsync(db, cancellationToken);
        }
        await db.Set<RawLog>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<IndexedBlock>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<IndexerCheckpoint>().ExecuteDeleteAsync(cancellationToken);
        var manifest = chain.Manifest;
        db.Add(NewCheckpoint(manifest, ContractsKey(manifest.Contracts.Values.Select(c => Hex.Address(c.Address)))));
    }

    private async Task<IndexerCheckpoint> EnsureCheckpointAsync(DeploymentManifest manifest, IEnumerable<string> addresses, CancellationToken cancellationToken)
    {
        var key = ContractsKey(addresses);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        var checkpoint = await db.Set<IndexerCheckpoint>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (checkpoint is not null && checkpoint.ContractsKey == key && checkpoint.ChainId == manifest.ChainId)
        {
            return checkpoint;
        }
        if (checkpoint is not null)
        {
            LogNewDeployment(logger);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ResetAllAsync(db, scope.ServiceProvider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await db.Set<IndexerCheckpoint>().AsNoTracking().SingleAsync(cancellationToken);
    }

    private IndexerCheckpoint NewCheckpoint(DeploymentManifest manifest, string key) => new()
    {
        ChainId = manifest.ChainId,
        ContractsKey = key,
        BlockNumber = manifest.DeploymentBlock - 1,
        BlockHash = null,
        UpdatedAt = time.GetUtcNow().ToUnixTimeSeconds(),
    };

    private static string ContractsKey(IEnumerable<string> addresses) =>
        "0x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', addresses.Order(StringComparer.Ordinal)))));

    private static Dictionary<string, IEventProjection[]> ProjectionsByContract(IEnumerable<IEventProjection> projections) =>
        projections
            .SelectMany(p => p.Contracts.Select(c => (Contract: c, Projection: p)))
            .GroupBy(x => x.Contract, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Projection).ToArray(), StringComparer.Ordinal);

    /// <summary>Manifest contracts by lower-case address (for tests and the benchmark).</summary>
    public IReadOnlyDictionary<string, string> ContractsByAddress() =>
        chain.Manifest.Contracts.ToDictionary(c => Hex.Address(c.Value.Address), c => c.Key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reorg: block {Block} is no longer on the chain; rolled back to block {Fork} and re-indexing.")]
    private static partial void LogReorg(ILogger logger, long block, long fork);

    [LoggerMessage(Level = LogLevel.Information, Message = "The chain moved while a range was read ({Reason}); reading again.")]
    private static partial void LogChainMoved(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deployment manifest names other contracts than the index was built from: rebuilding the index from the deployment block.")]
    private static partial void LogNewDeployment(ILogger logger);
}
