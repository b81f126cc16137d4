using CityToken.Api.Chain.Signing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProbeReport = Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport;

namespace CityToken.Api.Health;

/// <summary>
/// Probes for load balancers and orchestrators (ASP.NET Core health checks): <c>GET /health/live</c> answers while the
/// process does; <c>GET /health/ready</c> says whether this instance can serve (database and chain reachable: else
/// 503), and reports as <c>Degraded</c> (still 200) what an operator must look at: a component's problem (indexer,
/// outbox leases, minting) or a signing account short of gas money, and which leases this instance holds. <c>GET /health</c> keeps its own document.
/// </summary>
public static class HealthProbes
{
    private const string Live = "live";
    private const string Ready = "ready";

    public static IHostApplicationBuilder AddHealthProbes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy("The process answers."), [Live])
            .AddCheck<DatabaseCheck>("database", tags: [Ready])
            .AddCheck<ChainCheck>("chain", tags: [Ready])
            .AddCheck<SignerBalanceCheck>("signer-balance", tags: [Ready])
            .AddCheck<ComponentsCheck>("components", tags: [Ready])
            .AddCheck<LeasesCheck>("leases", tags: [Ready]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthProbes(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Live) })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteReportAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get])).AllowAnonymous();
        return routes;
    }

    /// <summary>The report as JSON: overall status and each check's status and reason.</summary>
    private static Task WriteReportAsync(HttpContext http, ProbeReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonSerializerOptions.Web);
    }

    private sealed class DatabaseCheck(CityTokenDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }

    private sealed class ChainCheck(ChainGateway chain, IOptions<ChainOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var (status, problem, _) = await HealthApi.ProbeChainAsync(chain, options.Value.RpcUrl, cancellationToken);
            return problem is not null ? HealthCheckResult.Unhealthy(problem)
                : HealthCheckResult.Healthy($"Chain {status!.ChainId} at block {status.BlockNumber}.");
        }
    }

    private sealed class SignerBalanceCheck(SignerBalance balance) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var funds = await balance.ReadAsync();
            return funds.Eth is null || funds.Low ? HealthCheckResult.Degraded(funds.Describe()) : HealthCheckResult.Healthy(funds.Describe());
        }
    }

    private sealed class ComponentsCheck(IEnumerable<IHealthContributor> contributors) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var problems = (await HealthApi.ComponentsAsync(contributors, cancellationToken))
                .Where(c => !c.Value.Healthy)
                .Select(c => $"{c.Key}: {c.Value.Reason}")
                .ToList();
            return problems.Count == 0
                ? HealthCheckResult.Healthy("Indexer, outbox and minting report no problem.")
                : HealthCheckResult.Degraded(string.Join("; ", problems));
        }
    }
}
