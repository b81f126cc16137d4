namespace CityToken.Api.Indexing;

/// <summary>What the indexer is doing, for GET /health and the reindex command.</summary>
public sealed class IndexerStatus
{
    private readonly Lock _gate = new();

    public long? HeadBlock { get; private set; }
    public long? IndexedBlock { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }
    public int Reorgs { get; private set; }
    public long? LastForkBlock { get; private set; }

    /// <summary>Indexed block and head seen at the last successful catch-up; true once the indexer reached the head.</summary>
    public bool CaughtUp { get; private set; }

    internal void Progress(long head, long indexed, bool caughtUp)
    {
        lock (_gate)
        {
            (HeadBlock, IndexedBlock, CaughtUp) = (head, indexed, caughtUp);
        }
    }

    internal void Indexed(long indexed)
    {
        lock (_gate)
        {
            IndexedBlock = indexed;
        }
    }

    internal void Succeeded()
    {
        lock (_gate)
        {
            (LastError, LastErrorAt) = (null, null);
        }
    }

    internal void Failed(string error, DateTimeOffset at)
    {
        lock (_gate)
        {
            (LastError, LastErrorAt, CaughtUp) = (error, at, false);
        }
    }

    internal void Reorged(long forkBlock)
    {
        lock (_gate)
        {
            Reorgs++;
            LastForkBlock = forkBlock;
        }
    }
}

/// <summary>The "indexer" component of GET /health: head block, indexed block, lag and the last error.</summary>
public sealed class IndexerHealth(IndexerStatus status) : IHealthContributor
{
    public string Name => "indexer";

    public Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken)
    {
        var head = status.HeadBlock;
        var indexed = status.IndexedBlock;
        var details = new Dictionary<string, object?>
        {
            ["headBlock"] = head,
            ["indexedBlock"] = indexed,
            ["lag"] = head is { } h && indexed is { } i ? Math.Max(0, h - i) : null,
            ["caughtUp"] = status.CaughtUp,
            ["lastError"] = status.LastError,
            ["lastErrorAt"] = status.LastErrorAt,
            ["reorgs"] = status.Reorgs,
            ["lastForkBlock"] = status.LastForkBlock,
        };
        var error = status.LastError;
        return Task.FromResult(new ComponentHealth(error is null, error, details));
    }
}
