using System.Diagnostics.Metrics;

namespace CityToken.Api.Rewards.Minting;

/// <summary>
/// <c>citytoken_mint_batches_total{outcome}</c>: mint batches by the state they reached (<c>pending</c> when formed,
/// then <c>submitted</c>, <c>confirmed</c>, <c>requeued</c> or <c>failed</c>), counted when the move is committed,
/// once per batch and state; <c>citytoken_mint_batch_gas</c>: gas used by each confirmed batch (from its receipt;
/// a batch confirmed from its event at start-up has none); <c>citytoken_mint_batch_actions</c>: actions per formed batch.
/// </summary>
public sealed class MintMetrics
{
    private readonly Counter<long> _batches;
    private readonly Histogram<long> _gas;
    private readonly Histogram<int> _actions;

    public MintMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _batches = meter.CreateCounter<long>("citytoken.mint.batches", description: "Mint batches by the state they reached (pending: formed).");
        // Buckets sized for mintBatch: ~100,000 gas of overhead plus ~25,000 per new holder (docs/gas.md), up to a full block.
        _gas = meter.CreateHistogram("citytoken.mint.batch_gas", unit: null, description: "Gas used by confirmed mint batches.", tags: null,
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000, 30_000_000] });
        _actions = meter.CreateHistogram("citytoken.mint.batch_actions", unit: null, description: "Actions carried by each formed mint batch.", tags: null,
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 10, 50, 100, 250, 500, 1000, 2500] });
    }

    /// <summary>A batch was stored with its outbox entry.</summary>
    public void Formed(MintBatch batch)
    {
        _batches.Add(1, new KeyValuePair<string, object?>("outcome", batch.Status));
        _actions.Record(batch.ActionCount);
    }

    /// <summary>A batch moved to <paramref name="status"/>; <paramref name="gasUsed"/> when it was confirmed from its receipt.</summary>
    public void Moved(string status, long? gasUsed)
    {
        _batches.Add(1, new KeyValuePair<string, object?>("outcome", status));
        if (status == MintBatchStatus.Confirmed && gasUsed is { } gas)
        {
            _gas.Record(gas);
        }
    }
}
