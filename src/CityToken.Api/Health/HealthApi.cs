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
        var components = new Dictionary<string, ComponentHealth>();
        foreach (var contributor in contributors)
        {
            components[contributor.Name] = await contributor.CheckAsync(cancellationToken);
        }
        var componentProblem = components
            .Where(c => !c.Value.Healthy)
            .Select(c => $"{c.Key}: {c.Value.Reason}")
            .FirstOrDefault();

        var contracts = new Dictionary<string, string>();
        long? chainId = null;
        long? blockNumber = null;
        string? problem;
        try
        {
            var status = await chain.ProbeAsync(cancellationToken);
            contracts = AddressesOf(status.Manifest);
            (chainId, blockNumber, problem) = (status.ChainId, status.BlockNumber, status.Problem);
        }
        catch (DeploymentManifestException ex)
        {
            problem = ex.Message;
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            LogChainUnavailable(loggers.CreateLogger(typeof(HealthApi)), ChainErrors.Scrub(ex.Message, options.Value.RpcUrl));
            contracts = TryAddressesOf(chain);
            problem = ChainErrors.Describe(ex, options.Value.RpcUrl);
        }
        problem ??= componentProblem;
        var report = new HealthReport(problem is null ? "healthy" : "unhealthy", chainId, blockNumber, contracts, problem, components);
        return problem is null ? TypedResults.Ok(report) : Unhealthy(report);
    }

    private static JsonHttpResult<HealthReport> Unhealthy(HealthReport report) =>
        TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);

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
