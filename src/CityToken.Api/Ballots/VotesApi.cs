using System.Text.Json.Nodes;

namespace CityToken.Api.Ballots;

/// <summary>
/// Gasless voting over HTTP: the endpoints bind the request, call <see cref="VoteService"/> and map its outcome to
/// typed results (problem+json on refusal).
/// </summary>
public static class VotesApi
{
    public static IEndpointRouteBuilder MapVotesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/ballots/{id}").WithTags("Ballots").AllowAnonymous();
        group.MapGet("/vote-typed-data", GetTypedDataAsync)
            .WithName("GetVoteTypedData")
            .WithSummary("The EIP-712 typed data {domain, types, primaryType, message} of a vote, for eth_signTypedData_v4 by the DID's owner.");
        group.MapPost("/votes", CastAsync)
            .WithName("CastVote")
            .WithSummary("Relay a signed vote (gasless): checked first (window, option, deadline, signature, eligibility, one vote per person), then sent through the outbox.")
            .Accepts<CastVoteRequest>("application/json")
            .Produces<VoteView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/votes/{voteId}", GetVoteAsync)
            .WithName("GetVote")
            .WithSummary("A relayed vote: status and transaction (votes are public on chain).");
        group.MapGet("/results", GetResultsAsync)
            .WithName("GetBallotResults")
            .WithSummary("Results from the chain: tallies, turnout, quorum, quorumReached; live while open, final after the end.");
        return routes;
    }

    internal static async Task<Results<Ok<JsonObject>, ValidationProblem, ProblemHttpResult>> GetTypedDataAsync(
        string id, string? voter, string? option, VoteService votes) =>
        (await votes.TypedDataAsync(id, voter, option)).ToOk();

    internal static Task<Results<Accepted<VoteView>, ValidationProblem, ProblemHttpResult>> CastAsync(
        string id, HttpRequest http, VoteService votes, CancellationToken cancellationToken) =>
        http.RunWithJsonAsync((CastVoteRequest body) => votes.CastAsync(id, body, cancellationToken),
            vote => TypedResults.Accepted(vote.StatusUrl, vote), cancellationToken);

    internal static async Task<Results<Ok<VoteView>, ValidationProblem, ProblemHttpResult>> GetVoteAsync(
        string id, string voteId, VoteService votes, CancellationToken cancellationToken) =>
        (await votes.GetAsync(id, voteId, cancellationToken)).ToOk();

    internal static async Task<Results<Ok<BallotResults>, ValidationProblem, ProblemHttpResult>> GetResultsAsync(
        string id, VoteService votes, CancellationToken cancellationToken) =>
        (await votes.ResultsAsync(id, cancellationToken)).ToOk();
}
