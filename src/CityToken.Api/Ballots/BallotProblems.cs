using CityToken.Contracts.BallotBox.ContractDefinition;

namespace CityToken.Api.Ballots;

/// <summary>
/// The refusals of the ballot services, each with a stable machine-readable <c>code</c> beside the human title and
/// detail, and the 503 for a chain that cannot answer.
/// </summary>
internal static class BallotProblems
{
    /// <summary>A cancelled or ended ballot takes no vote (nor typed data for one); null while it can still be voted in.</summary>
    public static Problem? Closed(long ballotId, Ballot ballot, long now)
    {
        if (ballot.Cancelled)
        {
            return Refused(StatusCodes.Status409Conflict, "ballotCancelled", "The ballot was cancelled.", $"Ballot {ballotId} was cancelled before it opened.");
        }
        if (now >= (long)ballot.End)
        {
            return Refused(StatusCodes.Status409Conflict, "ballotClosed", "The ballot is closed.",
                $"Ballot {ballotId} closed at {Time((long)ballot.End)}; the chain's time is {Time(now)}.");
        }
        return null;
    }

    public static Problem UnknownBallot(long ballotId) =>
        Refused(StatusCodes.Status404NotFound, "unknownBallot", "Unknown ballot.", $"There is no ballot {ballotId} on chain.");

    public static Problem AlreadyVoted(string detail) =>
        Refused(StatusCodes.Status409Conflict, "alreadyVoted", "This person already voted.", detail);

    public static Problem InvalidOption(long ballotId, int optionCount, BigInteger option) =>
        Refused(StatusCodes.Status400BadRequest, "invalidOption", "The option does not exist.",
            $"Ballot {ballotId} has options 0 to {optionCount - 1}; {option} is not one of them.");

    public static Problem Refused(int status, string code, string title, string detail) => new Problem(status, title, detail).With("code", code);

    /// <summary>A 503 problem for an unreachable chain or a missing deployment; null for any other exception.</summary>
    public static Problem? ChainProblem(Exception exception, string rpcUrl) => exception switch
    {
        DeploymentManifestException => Problem.Unavailable("No deployment.", exception.Message),
        _ when ChainErrors.IsUnavailable(exception) => Problem.Unavailable("The chain is unavailable.", ChainErrors.Describe(exception, rpcUrl)),
        _ => null,
    };

    public static string Time(BigInteger unixSeconds) =>
        unixSeconds > 253_402_300_799 ? unixSeconds.ToString(CultureInfo.InvariantCulture) : DateTimeOffset.FromUnixTimeSeconds((long)unixSeconds).ToString("O", CultureInfo.InvariantCulture);
}
