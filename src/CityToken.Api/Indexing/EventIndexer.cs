using System.Threading.Channels;

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
    private readonly RangeWriter _writer = new(scopes, checkpointer, projections, time);
    private readonly IndexRollback _rollback = new(scopes, chain, source, status, projections, time, logger);

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
            await _rollback.ResetAsync(cancellationToken);
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
        var checkpoint = await _rollback.EnsureCheckpointAsync(manifest, addresses, cancellationToken);

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
                await _rollback.HandleReorgAsync(manifest, checkpoint.BlockNumber, cancellationToken);
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
                var stored = await _writer.ApplyRangesAsync(batch, checkContinuity: true, cancellationToken);
                foreach (var piece in batch.Take(stored))
                {
                    indexed = piece.Range.To;
                    RangeIndexed?.Invoke(piece.Range.From, piece.Range.To, piece.Logs.Count);
                }
                status.Progress(head, indexed, caughtUp: indexed >= safe);
                if (stored < batch.Count)
                {
                    await pipeline.CancelAsync();
                    await _rollback.HandleReorgAsync(manifest, indexed, cancellationToken);
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
    /// Logs already stored (same block and log index) are skipped, so re-delivery changes nothing.
    /// Public for the benchmark, which also times storing alone (ranges fetched beforehand).
    /// </summary>
    public async Task<bool> ApplyRangeAsync(
        FetchedRange range, IReadOnlyDictionary<string, string> contracts, bool checkContinuity, CancellationToken cancellationToken) =>
        await _writer.ApplyRangesAsync([PreparedRange.From(range, contracts, chain.Manifest.ChainId, _decoders)], checkContinuity, cancellationToken) == 1;

    /// <summary>Manifest contracts by lower-case address (for tests and the benchmark).</summary>
    public IReadOnlyDictionary<string, string> ContractsByAddress() =>
        chain.Manifest.Contracts.ToDictionary(c => Hex.Address(c.Value.Address), c => c.Key);

    [LoggerMessage(Level = LogLevel.Information, Message = "The chain moved while a range was read ({Reason}); reading again.")]
    private static partial void LogChainMoved(ILogger logger, string reason);
}
