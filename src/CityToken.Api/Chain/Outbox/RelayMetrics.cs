using System.Diagnostics.Metrics;

namespace CityToken.Api.Chain.Outbox;

/// <summary>A kind of gasless relay (<c>vote</c>, <c>redemption</c>…) and the idempotency-key prefix of its outbox entries.</summary>
public sealed record RelayKind(string Name, string KeyPrefix);

/// <summary>
/// <c>citytoken_relays_total{kind, outcome}</c>: gasless relays, registered by their feature as a <see cref="RelayKind"/>.
/// Counted once when the service answers — <c>accepted</c> (staged in the outbox), <c>repeated</c> (the same signed
/// request again, answered with the earlier relay), <c>refused</c> (a 4xx problem: invalid, would revert, too many failed
/// relays…), <c>unavailable</c> (the chain did not answer) — and once more when an accepted relay's outbox entry ends:
/// <c>confirmed</c>, <c>reverted</c> or <c>failed</c>.
/// </summary>
public sealed class RelayMetrics
{
    private readonly Counter<long> _relays;
    private readonly IReadOnlyList<RelayKind> _kinds;

    public RelayMetrics(IMeterFactory meters, IEnumerable<RelayKind> kinds)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _relays = meter.CreateCounter<long>("citytoken.relays", description: "Gasless relays by kind: what the service answered, then how the accepted ones ended.");
        _kinds = [.. kinds];
    }

    /// <summary>Counts the service's answer <paramref name="outcome"/> and returns it unchanged.</summary>
    public Outcome<T> Record<T>(RelayKind kind, Outcome<T> outcome, bool repeated = false)
    {
        var label = outcome.Succeeded ? repeated ? "repeated" : "accepted"
            : outcome.Problem.Status >= StatusCodes.Status500InternalServerError ? "unavailable" : "refused";
        Add(kind, label);
        return outcome;
    }

    /// <summary>Counts the relays among <paramref name="entries"/>, which have just reached a final state and been saved.</summary>
    public void Ended(IEnumerable<OutboxEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (_kinds.FirstOrDefault(k => entry.IdempotencyKey.StartsWith(k.KeyPrefix, StringComparison.Ordinal)) is { } kind)
            {
                Add(kind, entry.Status.ToString().ToLowerInvariant());
            }
        }
    }

    private void Add(RelayKind kind, string outcome) =>
        _relays.Add(1, new KeyValuePair<string, object?>("kind", kind.Name), new KeyValuePair<string, object?>("outcome", outcome));
}
