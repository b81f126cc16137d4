namespace CityToken.Api.Ballots;

/// <summary>Body of POST /api/ballots/{id}/votes: the vote as signed (eth_signTypedData_v4 of …/vote-typed-data).</summary>
public sealed record CastVoteRequest(string? Voter, JsonElement? Option, JsonElement? Deadline, string? Signature);

/// <summary>
/// A relayed vote. <see cref="Status"/>: queued, submitted, confirmed, reverted (with <see cref="Error"/>) or failed;
/// <see cref="Counted"/> once the indexer has seen its VoteCast.
/// </summary>
public sealed record VoteView(
    long Id, long BallotId, string Voter, int Option, string Status, string? TransactionHash, long? BlockNumber, string? Error, bool Counted,
    DateTimeOffset SubmittedAt, string StatusUrl);

/// <summary>Results from the chain: votes per option (in option order), turnout, quorum; final once the ballot has ended.</summary>
public sealed record BallotResults(
    long BallotId, string Status, IReadOnlyList<long> Tallies, IReadOnlyList<string>? Options, long Turnout, string Quorum, bool QuorumReached,
    bool Final, DateTimeOffset Start, DateTimeOffset End);
