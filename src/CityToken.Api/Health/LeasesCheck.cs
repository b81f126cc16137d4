using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityToken.Api.Health;

/// <summary>
/// The readiness probe's "leases": which single-doer work this instance holds (the outbox's sender lease, the index
/// writer) and who holds the sender lease otherwise. Information for the operator of several instances: a standby
/// instance is as ready to serve as the holder, so this check never fails.
/// </summary>
internal sealed class LeasesCheck(SenderLease lease, IndexerStatus indexer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var outbox = lease.HeldGeneration is { } generation
            ? $"holds the outbox lease for {lease.Sender} (generation {generation}" + (lease.TookOver is { } took ? $", taken over from {took.Previous} at {took.At:O})" : ")")
            : $"stands by for the outbox lease for {lease.Sender}";
        var index = indexer.Writer ? "writes the index" : "stands by while another instance writes the index";
        return Task.FromResult(HealthCheckResult.Healthy($"Instance {lease.InstanceId} {outbox}; it {index}."));
    }
}
