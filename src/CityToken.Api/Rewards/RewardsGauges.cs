using System.Diagnostics.Metrics;

namespace CityToken.Api.Rewards;

/// <summary><c>citytoken_actions_by_status{status}</c>: the action queue by status (queued, batched, submitted, …).</summary>
public sealed class RewardsGauges : SampledGauges
{
    private const string ByStatus = "citytoken.actions.by_status";

    public RewardsGauges(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<RewardsGauges> logger) : base(scopes, logger) =>
        Gauge(meters.Create(Telemetry.MeterName), ByStatus, "Actions by status: the queue and what became of it.");

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Measurement<double>>>> SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CityTokenDb>();
        var counts = await db.Set<CivicAction>().GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new Dictionary<string, IReadOnlyList<Measurement<double>>>
        {
            [ByStatus] = counts.Select(c => new Measurement<double>(c.Count, new KeyValuePair<string, object?>("status", c.Status))).ToList(),
        };
    }
}
