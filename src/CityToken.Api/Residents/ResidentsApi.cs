using CityToken.Api.Chain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityToken.Api.Residents;

public static class ResidentsApi
{
    /// <summary>Public read endpoints about residents under /api/residents.</summary>
    public static IEndpointRouteBuilder MapResidentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/residents").WithTags("Residents").AllowAnonymous();
        group.MapGet("/{address}/balance", GetBalance)
            .WithName("GetResidentBalance")
            .WithSummary("A resident's CivicToken balance, read from the chain.");
        return routes;
    }

    internal static async Task<Results<Ok<BalanceResponse>, ValidationProblem, ProblemHttpResult>> GetBalance(
        string address, ChainGateway chain, TokenMetadata metadata, IOptions<ChainOptions> options)
    {
        if (!ResidentAddress.TryParse(address, out var resident, out var error))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["address"] = [error] },
                title: "The address is not valid.");
        }
        try
        {
            var balance = await chain.CivicToken.BalanceOfQueryAsync(resident);
            var (decimals, symbol) = await metadata.GetAsync();
            return TypedResults.Ok(new BalanceResponse(resident, balance.ToString(), decimals, symbol));
        }
        catch (DeploymentManifestException ex)
        {
            return ChainProblem(ex.Message);
        }
        catch (Exception ex) when (ChainErrors.IsUnavailable(ex))
        {
            return ChainProblem(ChainErrors.Describe(ex, options.Value.RpcUrl));
        }
    }

    private static ProblemHttpResult ChainProblem(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The chain is unavailable.");
}
