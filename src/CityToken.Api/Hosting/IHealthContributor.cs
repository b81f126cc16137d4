namespace CityToken.Api.Hosting;

/// <summary>
/// A part of the service that reports its own health in GET /health (the indexer, the outbox…). Register
/// implementations as singletons: <c>services.AddSingleton&lt;IHealthContributor, MyHealth&gt;()</c>.
/// </summary>
public interface IHealthContributor
{
    /// <summary>Name of the component in the report, e.g. "indexer".</summary>
    string Name { get; }

    /// <summary>Current state; must answer quickly and never throw for an unavailable chain.</summary>
    Task<ComponentHealth> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>
/// One component's health. <see cref="Healthy"/> false makes /health answer 503; <see cref="Details"/> carries
/// figures such as head block, indexed block and lag.
/// </summary>
public sealed record ComponentHealth(bool Healthy, string? Reason, IReadOnlyDictionary<string, object?> Details);
