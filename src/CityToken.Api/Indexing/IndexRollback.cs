using System.Security.Cryptography;
using System.Text;

namespace CityToken.Api.Indexing;

/// <summary>
/// Moves the index back, for the indexer: to a reorg's fork point (every projection's
/// <see cref="IEventProjection.RollbackAsync"/>, then raw logs, block hashes and the checkpoint), or to nothing (every
/// projection's <see cref="IEventProjection.ResetAsync"/>: a reset, a new deployment, a reorg deeper than anything
/// stored). Also keeps the checkpoint matched with the deployment manifest.
/// </summary>
internal sealed partial class IndexRollback(
    IServiceScopeFactory scopes,
    ChainGateway chain,
    ChainLogSource source,
    IndexerStatus status,
    IEnumerable<IEventProjection> projections,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>
    /// Finds the fork point (the newest stored block whose hash the chain still has; a block hash commits to all
    /// its ancestors) and rolls raw logs, block hashes, projections and the checkpoint back to it.
    /// </summary>
    public async Task HandleReorgAsync(DeploymentManifest manifest, long from, CancellationToken cancellationToken)
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
        await DatabaseMutex.LockForTransactionAsync(db, IndexerLeadership.WriteKey, cancellationToken);
        if (forkHash is null)
        {
            await ResetAllAsync(db, cancellationToken);
        }
        else
        {
            foreach (var projection in projections)
            {
                await projection.RollbackAsync(db, fork, cancellationToken);
            }
            await ProjectionRows.DeleteAboveAsync<RawLog>(db, l => l.BlockNumber, fork, cancellationToken);
            await ProjectionRows.DeleteAboveAsync<IndexedBlock>(db, b => b.Number, fork, cancellationToken);
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

    /// <summary>Drops every projection, raw log, block hash and the checkpoint in one transaction of its own.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CityTokenDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DatabaseMutex.LockForTransactionAsync(db, IndexerLeadership.WriteKey, cancellationToken);
        await ResetAllAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        status.Indexed(chain.Manifest.DeploymentBlock - 1);
    }

    /// <summary>Drops every projection, raw log, block hash and the checkpoint in the open transaction; adds a fresh checkpoint.</summary>
    public async Task ResetAllAsync(CityTokenDb db, CancellationToken cancellationToken)
    {
        foreach (var projection in projections)
        {
            await projection.ResetAsync(db, cancellationToken);
        }
        await ProjectionRows.DeleteAllAsync<RawLog>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<IndexedBlock>(db, cancellationToken);
        await ProjectionRows.DeleteAllAsync<IndexerCheckpoint>(db, cancellationToken);
        var manifest = chain.Manifest;
        db.Add(NewCheckpoint(manifest, ContractsKey(manifest.Contracts.Values.Select(c => Hex.Address(c.Address)))));
    }

    public async Task<IndexerCheckpoint> EnsureCheckpointAsync(DeploymentManifest manifest, IEnumerable<string> addresses, CancellationToken cancellationToken)
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
        await DatabaseMutex.LockForTransactionAsync(db, IndexerLeadership.WriteKey, cancellationToken);
        await ResetAllAsync(db, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reorg: block {Block} is no longer on the chain; rolled back to block {Fork} and re-indexing.")]
    private static partial void LogReorg(ILogger logger, long block, long fork);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deployment manifest names other contracts than the index was built from: rebuilding the index from the deployment block.")]
    private static partial void LogNewDeployment(ILogger logger);
}
