using System.Diagnostics.Metrics;
using CityToken.Api.Chain.Signing;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// <c>citytoken_outbox_entries{state}</c>, <c>citytoken_outbox_oldest_pending_seconds</c> (the oldest entry not yet
/// final: queued, signed, broadcast or mined) and <c>citytoken_signer_balance_eth</c> (the account paying for gas).
/// </summary>
public sealed class OutboxGauges : SampledGauges
{
    private const string ByState = "citytoken.outbox.entries";
    private const string OldestPending = "citytoken.outbox.oldest_pending_seconds";
    private const string SignerBalance = "citytoken.signer.balance_eth";

    private static readonly OutboxStatus[] Pending = [OutboxStatus.Queued, OutboxStatus.Signed, OutboxStatus.Broadcast, OutboxStatus.Mined];

    private readonly TimeProvider _time;

    public OutboxGauges(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxGauges> logger) : base(scopes, logger)
    {
        _time = time;
        var meter = meters.Create(Telemetry.MeterName);
        Gauge(meter, ByState, "Outbox entries by state.");
        Gauge(meter, OldestPending, "Age of the oldest outbox entry not yet final, in seconds (0: none).");
        Gauge(meter, SignerBalance, "ETH held by the account that signs and pays for the service's transactions.");
    }

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<Measurement<double>>>> SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CityTokenDb>();
        var counts = await db.Set<OutboxEntry>().GroupBy(e => e.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var oldest = await db.Set<OutboxEntry>().Where(e => Pending.Contains(e.Status)).OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var sample = new Dictionary<string, IReadOnlyList<Measurement<double>>>
        {
            [ByState] = counts.Select(c => new Measurement<double>(c.Count, new KeyValuePair<string, object?>("state", c.Status.ToString().ToLowerInvariant()))).ToList(),
            [OldestPending] = [new Measurement<double>(oldest is { } created ? (_time.GetUtcNow() - created).TotalSeconds : 0)],
        };
        var signer = services.GetRequiredService<ServiceSigner>();
        var eth = await services.GetRequiredService<ChainGateway>().EthBalanceAsync(signer.Address);
        sample[SignerBalance] = [new Measurement<double>((double)eth, new KeyValuePair<string, object?>("account", signer.Address))];
        return sample;
    }
}
