using System.Diagnostics.Metrics;

namespace CityToken.Api.Chain.Outbox;

/// <summary>
/// <c>citytoken_relays_total{kind, outcome}</c>: gasless relays asked of the service (<c>kind</c> <see cref="Vote"/> or
/// <see cref="Redemption"/>) by what it answered: <c>accepted</c> (staged in the outbox), <c>repeated</c> (the same
/// signed request again, answered with the earlier relay), <c>refused</c> (a 4xx problem: invalid, would revert, too many
/// failed relays…) or <c>unavailable</c> (the chain did not answer). What becomes of an accepted relay on chain is in
/// the outbox's own metrics.
/// </summary>
public sealed class RelayMetrics
{
    public const string Vote = "vote";
    public const string Redemption = "redemption";

    private readonly Counter<long> _relays;

    public RelayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _relays = meter.CreateCounter<long>("citytoken.relays", description: "Gasless relays by kind and by what the service answered.");
    }

    /// <summary>Counts <paramref name="outcome"/> and returns it unchanged.</summary>
    public Outcome<T> Record<T>(string kind, Outcome<T> outcome, bool repeated = false)
    {
        var label = outcome.Succeeded ? repeated ? "repeated" : "accepted"
            : outcome.Problem.Status >= StatusCodes.Status500InternalServerError ? "unavailable" : "refused";
        _relays.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", label));
        return outcome;
    }
}
