using CityToken.Api.Credentials;
using Microsoft.AspNetCore.Authorization;

namespace CityToken.Api.TokenReadModel;

public static class ResidentsApi
{
    /// <summary>Public read endpoints about residents under /api/residents.</summary>
    public static IEndpointRouteBuilder MapResidentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/residents").WithTags("Residents").AllowAnonymous();
        group.MapGet("/{address}/balance", GetBalance)
            .WithName("GetResidentBalance")
            .WithSummary("A resident's CivicToken balance, read from the chain.");
        group.MapGet("/{address}", GetResident)
            .WithName("GetResident")
            .WithSummary("A resident from the index: balance, DID, credentials (valid, expired, revoked) and ballots voted in.");
        group.MapGet("/{address}/history", GetHistory)
            .WithName("GetResidentHistory")
            .WithSummary("A resident's transfers, rewards and redemptions from the index, newest first, with cursor pagination; each reward's civic actions only for the resident signed in, admins and auditors.");
        return routes;
    }

    /// <summary>GET /api/tokens/stats: supply, holders, minted per day (from the index).</summary>
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/tokens/stats", GetTokenStats)
            .WithName("GetTokenStats")
            .WithTags("Tokens")
            .WithSummary("Token supply, minted and burned totals, holders, reward batches and minted per day (from the index).")
            .AllowAnonymous();
        return routes;
    }

    internal static async Task<Results<Ok<ResidentResponse>, ValidationProblem>> GetResident(
        string address, CityTokenDb db, TimeProvider time, IOptions<ChainOptions> options, CredentialTypes types, CancellationToken cancellationToken)
    {
        if (!ResidentAddress.TryParse(address, out var resident, out var error))
        {
            return AddressProblem(error);
        }
        return TypedResults.Ok(await ResidentQueries.GetResidentAsync(db, resident, options.Value.ChainId, time, types, cancellationToken));
    }

    internal static async Task<Results<Ok<HistoryPage>, ValidationProblem>> GetHistory(
        string address, HttpContext http, IAuthorizationService authorization, CityTokenDb db, CancellationToken cancellationToken,
        string? cursor = null, string? limit = null)
    {
        if (!ResidentAddress.TryParse(address, out var resident, out var error))
        {
            return AddressProblem(error);
        }
        var size = ResidentQueries.DefaultPageSize;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > ResidentQueries.MaxPageSize))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"Must be a whole number from 1 to {ResidentQueries.MaxPageSize}."] },
                title: "The request is not valid.");
        }
        (long, int)? before = null;
        if (cursor is not null)
        {
            if (!ResidentQueries.TryDecodeCursor(cursor, out var position))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["cursor"] = ["Not a cursor returned by this endpoint (use nextCursor of the previous page)."] },
                    title: "The request is not valid.");
            }
            before = position;
        }
        // Public: what the chain shows. The civic actions behind each reward (a household's water use, say) only
        // for the resident signed in, admins and auditors: the same rule as GET /api/residents/{address}/actions.
        var details = (await authorization.AuthorizeAsync(http.User, http, AuthPolicies.ResidentSelfOrAdminOrAuditor)).Succeeded;
        return TypedResults.Ok(await ResidentQueries.GetHistoryAsync(db, resident, before, size, details, cancellationToken));
    }

    internal static async Task<Results<Ok<TokenStatsResponse>, ValidationProblem>> GetTokenStats(
        CityTokenDb db, CancellationToken cancellationToken, int? days = null)
    {
        var window = days ?? 30;
        if (window is < 1 or > 3660)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = ["Must be from 1 to 3660."] }, title: "The request is not valid.");
        }
        return TypedResults.Ok(await TokenStats.GetAsync(db, window, cancellationToken));
    }

    private static ValidationProblem AddressProblem(string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = [error] }, title: "The address is not valid.");

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
