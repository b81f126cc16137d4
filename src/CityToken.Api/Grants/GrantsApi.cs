namespace CityToken.Api.Grants;

/// <summary>Manual token grants over HTTP, served by <see cref="GrantService"/>.</summary>
public static class GrantsApi
{

    public static IEndpointRouteBuilder MapGrantsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/admin/grants", PostGrant)
            .WithTags("Grants")
            .WithName("PostGrant")
            .WithSummary("Mint tokens to a resident (a city's manual grant) through the outbox; idempotent on idempotencyKey.")
            .Accepts<GrantRequest>("application/json")
            .Produces<GrantAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireRoles(AccessRules.Admins);
        return routes;
    }

    internal static Task<Results<Accepted<GrantAccepted>, ValidationProblem, ProblemHttpResult>> PostGrant(
        HttpRequest http, GrantService grants, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((GrantRequest request) => grants.GrantAsync(request, cancellationToken),
            accepted => TypedResults.Accepted(accepted.StatusUrl, accepted), cancellationToken);
}
