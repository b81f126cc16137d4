namespace CityToken.Api.Ballots;

/// <summary>Public read endpoints under /api/ballots, served from the index by <see cref="BallotQueries"/>.</summary>
public static class BallotsApi
{
    public static IEndpointRouteBuilder MapBallotsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/ballots").WithTags("Ballots").AllowAnonymous();
        group.MapGet("/", ListBallots).WithName("ListBallots")
            .WithSummary("Ballots, newest first, with window, options, tallies, turnout, quorum and status (from the index).");
        group.MapGet("/results/export", ExportResults).WithName("ExportBallotResults")
            .WithSummary("Every ballot's results (from the index), newest first, one row per option, as a streamed CSV file; excel=true adds a UTF-8 byte order mark.");
        group.MapGet("/{id}", GetBallot).WithName("GetBallot")
            .WithSummary("One ballot: window, options, tallies, turnout, quorum and status (from the index).");
        return routes;
    }

    internal static async Task<Results<Ok<BallotPage>, ValidationProblem, ProblemHttpResult>> ListBallots(
        BallotQueries ballots, CancellationToken cancellationToken, string? cursor = null, int? limit = null) =>
        (await ballots.ListAsync(cursor, limit, cancellationToken)).ToOk();

    internal static async Task<CsvFileResult<(BallotResponse Ballot, BallotOptionTally Option)>> ExportResults(
        BallotQueries ballots, CancellationToken cancellationToken, bool? excel = null) =>
        new(await ballots.ExportResultsAsync(cancellationToken), excel == true);

    internal static async Task<Results<Ok<BallotResponse>, ValidationProblem, ProblemHttpResult>> GetBallot(
        string id, BallotQueries ballots, CancellationToken cancellationToken) =>
        (await ballots.GetAsync(id, cancellationToken)).ToOk();
}
