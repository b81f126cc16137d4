namespace CityToken.Api.Health;

public static partial class HealthApi
{
    /// <summary>GET /health: 200 when the chain answers and holds our contracts, 503 with a reason otherwise.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetHealth)
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Service health: chain reachability, chain id, head block and contract addresses.")
            .AllowAnonymous();
        return routes;
    }

    internal static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealth(
        ChainGateway chain,
        IEnumerable<IHealthContributor> contributors,
        IOptions<ChainOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var components = await ComponentsAsync(contributors, cancellationToken);
        var componentProblem = components
            .Where(c => !c.Value.Healthy)
            .Select(c => $"{c.Key}: {c.Value.Reason}")
            .FirstOrDefault();

        var (status, problem, unavailable) = await ProbeChainAsync(chain, options.Value.RpcUrl, cancellationToken);
        if (unavailable is not null)
        {
            LogChainUnavailable(loggers.CreateLogger(typeof(HealthApi)), ChainErrors.Scrub(unavailable.Message, options.Value.RpcUrl));
        }
        // No usable manifest: no addresses; an unreachable node: the addresses the manifest names.
        var contracts = status is not null ? AddressesOf(status.Manifest) : unavailable is not null ? TryAddressesOf(chain) : [];
        var (chainId, blockNumber) = (status?.ChainId, status?.BlockNumber);
        problem ??= componentProblem;
        var report = new HealthReport(problem is null ? "healthy" : "unhealthy", chainId, blockNumber, contracts, problem, components);
        return problem is null ? TypedResults.Ok(report) : Unhealthy(report);
    }

    private static JsonHttpResult<HealthReport> Unhealthy(HealthReport report) =>
        TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Each component's own report (indexer, outbox, minting…) by name: for /health and /health/ready.</summary>
    internal static async Task<Dictionary<string, ComponentHealth>> ComponentsAsync(IEnumerable<IHealthContributor> contributors, CancellationToken cancellationToken)
    {
        var components = new Dictionary<string, ComponentHealth>();
        foreach (var contributor in contributors)
        {
            components[contributor.Name] = await contributor.CheckAsync(cancellationToken);
        }
        return components;
    }

    /// <summary>
    /// The chain's status, or what stands in the way (its own problem, no usable manifest, an unreachable node), for
    /// /health and /health/ready; the problem never carries the RPC URL. <c>Unavailable</c>: the node's error, to log.
    /// </summary>
    internal static async Task<(ChainStatus? Status, string? Problem, Exception? Unavailable)> ProbeChainAsync(
        ChainGateway chain, string rpcUrl, CancellationToken cancellationToken)
    {
        try
        {
            var status = await chain.ProbeAsync(cancellationToken);
            return (status, status.Problem, null);
        }
        catch (DeploymentManifestException ex)
        {
            return (null, ex.Message, null);
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            return (null, ChainErrors.Describe(ex, rpcUrl), ex);
        }
    }

    private static Dictionary<string, string> AddressesOf(DeploymentManifest manifest) =>
        manifest.Contracts.ToDictionary(c => c.Key, c => c.Value.Address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health: chain unavailable: {Message}")]
    private static partial void LogChainUnavailable(ILogger logger, string message);

    private static Dictionary<string, string> TryAddressesOf(ChainGateway chain)
    {
        try
        {
            return AddressesOf(chain.Manifest);
        }
        catch (DeploymentManifestException)
        {
            return [];
        }
    }
}

/// <summary>
/// Body of GET /health. <see cref="Reason"/> says what is wrong when <see cref="Status"/> is "unhealthy";
/// <see cref="Components"/> has each component's own report (indexer, outbox…).
/// </summary>
public sealed record HealthReport(
    string Status,
    long? ChainId,
    long? BlockNumber,
    IReadOnlyDictionary<string, string> Contracts,
    string? Reason,
    IReadOnlyDictionary<string, ComponentHealth>? Components = null);
