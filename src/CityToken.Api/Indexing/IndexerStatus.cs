using System.Diagnostics.Metrics;

namespace CityToken.Api.Indexing;

/// <summary>
/// What the indexer is doing, for GET /health, the reindex command and the metrics
/// <c>citytoken_indexer_head_block</c>, <c>citytoken_indexer_indexed_block</c>, <c>citytoken_indexer_lag_blocks</c>
/// and <c>citytoken_indexer_reorgs_total</c>.
/// </summary>
public sealed class IndexerStatus
{
    private readonly Lock _gate = new();

    public IndexerStatus(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        meter.CreateObservableGauge("citytoken.indexer.head_block", () => Observe(HeadBlock), description: "The chain's head as the indexer last saw it.");
        meter.CreateObservableGauge("citytoken.indexer.indexed_block", () => Observe(IndexedBlock), description: "The newest block indexed.");
        meter.CreateObservableGauge("citytoken.indexer.lag_blocks", () => Observe(HeadBlock - IndexedBlock), description: "Blocks between the head and the index.");
        meter.CreateObservableCounter("citytoken.indexer.reorgs", () => (long)Reorgs, description: "Reorganisations the indexer rolled back.");
    }

    private static IEnumerable<Measurement<long>> Observe(long? value) =>
        value is { } known ? [new Measurement<long>(known)] : [];

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
            (HeadBlock, IndexedBlock, CaughtUp, Writer) = (head, indexed, caughtUp, true);
        }
    }

    /// <summary>False while another instance writes the index (this one stands by).</summary>
    public bool Writer { get; private set; } = true;

    internal void StandingBy()
    {
        lock (_gate)
        {
            (Writer, CaughtUp, LastError, LastErrorAt) = (false, false, null, null);
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
            ["writer"] = status.Writer,
            ["lastError"] = status.LastError,
            ["lastErrorAt"] = status.LastErrorAt,
            ["reorgs"] = status.Reorgs,
            ["lastForkBlock"] = status.LastForkBlock,
        };
        var error = status.LastError;
        return Task.FromResult(new ComponentHealth(error is null, error, details));
    }
}
