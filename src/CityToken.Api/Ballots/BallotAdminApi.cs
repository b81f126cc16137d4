namespace CityToken.Api.Ballots;

/// <summary>Ballot creation by admins and the ballots' off-chain text over HTTP, served by <see cref="BallotAdminService"/>.</summary>
public static class BallotAdminApi
{

    public static IEndpointRouteBuilder MapBallotAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/ballots").WithTags("Ballots");
        group.MapPost("/", CreateAsync)
            .WithName("CreateBallot")
            .WithSummary("Create a ballot (admin): its text is stored off chain and its keccak256 sent on chain with createBallot, through the outbox.")
            .Accepts<CreateBallotRequest>("application/json")
            .Produces<BallotRequestView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .RequireRoles(AccessRules.BallotAdmins);
        group.MapGet("/requests/{id}", GetRequestAsync)
            .WithName("GetBallotRequest")
            .WithSummary("A ballot creation request: transaction status and, once indexed, the ballot id (admin, auditor).")
            .RequireRoles(AccessRules.BallotReaders);
        group.MapGet("/metadata/{hash}", GetMetadataAsync)
            .WithName("GetBallotMetadata")
            .WithSummary("A ballot's off-chain text, byte for byte as hashed: keccak256 of the body is the ballot's metadataHash.")
            .AllowAnonymous();
        return routes;
    }

    internal static Task<Results<Accepted<BallotRequestView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest http, CurrentCaller caller, BallotAdminService admin, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((CreateBallotRequest body) => admin.CreateAsync(body, caller, cancellationToken),
            request => TypedResults.Accepted(request.StatusUrl, request), cancellationToken);

    internal static async Task<Results<Ok<BallotRequestView>, ValidationProblem, ProblemHttpResult>> GetRequestAsync(
        string id, BallotAdminService admin, CancellationToken cancellationToken) =>
        (await admin.GetRequestAsync(id, cancellationToken)).ToOk();

    internal static async Task<IResult> GetMetadataAsync(string hash, BallotAdminService admin, CancellationToken cancellationToken)
    {
        var json = await admin.MetadataJsonAsync(hash, cancellationToken);
        return json.Succeeded ? Results.Text(json.Value, "application/json") : json.Problem.ToResult();
    }
}
