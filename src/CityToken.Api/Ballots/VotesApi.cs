using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityToken.Api.Ethereum;
using CityToken.Api.Hosting;
using CityToken.Api.Chain;
using CityToken.Api.Chain.Outbox;
using CityToken.Api.Credentials;
using CityToken.Api.Identity;
using CityToken.Api.Indexing;
using CityToken.Api.Redemptions;
using CityToken.Api.TokenReadModel;
using CityToken.Api.Storage;
using CityToken.Contracts.BallotBox.ContractDefinition;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

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

/// <summary>
/// Gasless voting: typed data to sign, validation of signed votes before anything is sent, relaying of
/// castVoteBySig through the outbox, and results.
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
        string id, string? voter, string? option, BallotChain ballots, IOptions<BallotsOptions> options, IOptions<ChainOptions> chainOptions,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var ballotId = ParseBallotId(id, errors);
        var identity = ParseVoter(voter, chainOptions.Value.ChainId, errors);
        int choice = -1;
        if (option is null || !int.TryParse(option, NumberStyles.None, CultureInfo.InvariantCulture, out choice))
        {
            errors["option"] = ["Required: the option number, from 0."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }
        try
        {
            var ballot = await ballots.GetBallotAsync(ballotId);
            if (ballot is null)
            {
                return UnknownBallot(ballotId);
            }
            var now = await ballots.NowAsync();
            if (Closed(ballotId, ballot, now) is { } closed)
            {
                return closed;
            }
            if (choice >= ballot.OptionCount)
            {
                return Refused(StatusCodes.Status400BadRequest, "invalidOption", "The option does not exist.",
                    $"Ballot {ballotId} has options 0 to {ballot.OptionCount - 1}; {choice} is not one of them.");
            }
            var domain = await ballots.DomainAsync();
            var nonce = await ballots.NonceOfAsync(identity!);
            var message = new VoteMessage
            {
                Voter = identity!, BallotId = ballotId, Option = choice, Nonce = nonce,
                Deadline = now + options.Value.VoteSignatureLifetimeSeconds,
            };
            return TypedResults.Ok(VoteTypedData.ToJson(domain, message));
        }
        catch (Exception ex) when (ChainProblem(ex, chainOptions) is { } unavailable)
        {
            return unavailable;
        }
    }

    internal static async Task<Results<Accepted<VoteView>, ValidationProblem, ProblemHttpResult>> CastAsync(
        string id, HttpRequest http, CityTokenDb db, TransactionOutbox outbox, BallotChain ballots, RelaySimulator simulator,
        IOptions<BallotsOptions> options, IOptions<ChainOptions> chainOptions, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, bodyProblem) = await JsonBody.ReadAsync<CastVoteRequest>(http, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }
        var errors = new Dictionary<string, string[]>();
        var ballotId = ParseBallotId(id, errors);
        var voter = ParseVoter(body.Voter, chainOptions.Value.ChainId, errors);
        if (!TryParseUint(body.Option, out var option) || option >= 256)
        {
            errors["option"] = ["Required: the option number, from 0."];
        }
        if (!TryParseUint(body.Deadline, out var deadline))
        {
            errors["deadline"] = ["Required: the deadline of the signed typed data (unix seconds), as a number or a decimal string."];
        }
        var signature = body.Signature?.Trim() ?? "";
        // Length, hex, v and a low s, as BallotBox's ECDSA checks them: a malformed signature is a 400, never a revert or a 500.
        if (!PermitTypedData.TryParseSignature(signature, out var signatureParts, out var signatureError))
        {
            errors["signature"] = ["Required: the 65-byte signature from eth_signTypedData_v4. " + signatureError];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The vote is not valid.");
        }
        // v as 27/28, as OpenZeppelin's ECDSA on chain wants it (wallets may give 0/1); also the form a retry is recognised by.
        signature = Convert.ToHexStringLower([.. signatureParts.R, .. signatureParts.S, signatureParts.V]).EnsureHexPrefix();
        var repeated = await db.Set<VoteRequest>().AsNoTracking().Include(v => v.Entry)
            .FirstOrDefaultAsync(v => v.BallotId == ballotId && v.Signature == signature, cancellationToken);
        if (repeated is not null)
        {
            // The same signed vote again (a client retry): the same relay, nothing sent twice.
            var again = Describe(repeated, repeated.Entry!, counted: false);
            return TypedResults.Accepted(again.StatusUrl, again);
        }

        var call = new CastVoteBySigFunction
        {
            BallotId = ballotId, Voter = voter!, Option = option, Deadline = deadline, Signature = signature.HexToByteArray(),
        };
        var callData = call.GetCallData().ToHex(true);
        VoteCheck vote;
        try
        {
            var checkedVote = await CheckAsync(ballots, ballotId, voter!, option, deadline, signature, options.Value);
            if (checkedVote.Problem is { } refused)
            {
                return refused;
            }
            vote = checkedVote.Vote!;
        }
        catch (Exception ex) when (ChainProblem(ex, chainOptions) is { } unavailable)
        {
            return unavailable;
        }
        var (personKeyHex, signer, nonce) = vote;

        // Reverted relays are paid by the city: after a few for this voter in this ballot, stop relaying theirs.
        var failedRelays = await db.Set<VoteRequest>().AsNoTracking()
            .CountAsync(v => v.BallotId == ballotId && (v.Voter == voter || v.PersonKey == personKeyHex)
                             && (v.Entry!.Status == OutboxStatus.Reverted || v.Entry.Status == OutboxStatus.Failed), cancellationToken);
        if (failedRelays >= options.Value.MaxFailedRelaysPerVoter)
        {
            return Refused(StatusCodes.Status429TooManyRequests, "tooManyFailedRelays", "Too many failed relays.",
                $"{failedRelays} relayed vote(s) of identity {voter} (or of the same person) in ballot {ballotId} ended reverted or failed; " +
                $"the service relays at most {options.Value.MaxFailedRelaysPerVoter} that fail. The voter may still vote directly (castVote), paying the gas.");
        }

        var ballotBox = ballots.BallotBoxAddress;
        var activeKey = $"{ballotId}:{personKeyHex}";
        var active = await db.Set<VoteRequest>().Include(v => v.Entry).SingleOrDefaultAsync(v => v.ActiveKey == activeKey, cancellationToken);
        if (active is not null)
        {
            if (active.Entry!.Status is not (OutboxStatus.Reverted or OutboxStatus.Failed))
            {
                return AlreadyVoted(ballotId, $"A vote of the person holding identity {voter} in ballot {ballotId} is already being relayed (vote {active.Id}).");
            }
            active.ActiveKey = null;
        }
        try
        {
            // The exact transaction, from the relayer's account: whatever the checks above missed, the chain tells.
            if (await simulator.RefuseIfRevertsAsync(ballotBox, callData, $"the vote of {voter} in ballot {ballotId}", cancellationToken) is { } wouldRevert)
            {
                return wouldRevert;
            }
        }
        catch (Exception ex) when (ChainProblem(ex, chainOptions) is { } unavailable)
        {
            return unavailable;
        }
        var staged = await outbox.StageCallAsync(db, ballotBox, call,
            "ballot-vote:" + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(signature.HexToByteArray())),
            $"relay vote of {voter} in ballot {ballotId}", cancellationToken);
        if (staged.Existing)
        {
            // This exact signature was relayed before (and ended): answer that relay.
            var earlier = await db.Set<VoteRequest>().AsNoTracking().SingleAsync(v => v.EntryId == staged.Entry.Id, cancellationToken);
            var view = Describe(earlier, staged.Entry, counted: false);
            return TypedResults.Accepted(view.StatusUrl, view);
        }
        var request = new VoteRequest
        {
            BallotId = ballotId,
            Voter = voter!,
            Signer = signer!,
            PersonKey = personKeyHex!,
            Option = (int)option,
            Nonce = nonce.ToString(CultureInfo.InvariantCulture),
            Deadline = deadline.ToString(CultureInfo.InvariantCulture),
            Signature = signature,
            ActiveKey = activeKey,
            CreatedAt = time.GetUtcNow(),
            Entry = staged.Entry,
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AlreadyVoted(ballotId, $"Another vote of the person holding identity {voter} in ballot {ballotId} was accepted at the same moment.");
        }
        outbox.Wake();
        var accepted = Describe(request, staged.Entry, counted: false);
        return TypedResults.Accepted(accepted.StatusUrl, accepted);
    }

    internal static async Task<Results<Ok<VoteView>, ProblemHttpResult>> GetVoteAsync(string id, string voteId, CityTokenDb db, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var ballotId)
            || !long.TryParse(voteId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return TypedResults.Problem("Ballot and vote ids are positive integers.", statusCode: StatusCodes.Status400BadRequest, title: "The id is not valid.");
        }
        var vote = await db.Set<VoteRequest>().AsNoTracking().Include(v => v.Entry)
            .SingleOrDefaultAsync(v => v.Id == number && v.BallotId == ballotId, cancellationToken);
        if (vote is null)
        {
            return TypedResults.Problem($"Ballot {ballotId} has no relayed vote {number}.", statusCode: StatusCodes.Status404NotFound, title: "Unknown vote.");
        }
        var tx = vote.Entry!.TxHash;
        var counted = tx is not null && vote.Entry.Status is OutboxStatus.Mined or OutboxStatus.Confirmed
            && await db.Set<VoteRecord>().AnyAsync(r => r.BallotId == ballotId && r.TransactionHash == tx, cancellationToken);
        return TypedResults.Ok(Describe(vote, vote.Entry, counted));
    }

    internal static async Task<Results<Ok<BallotResults>, ValidationProblem, ProblemHttpResult>> GetResultsAsync(
        string id, CityTokenDb db, BallotChain ballots, IOptions<ChainOptions> chainOptions, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var ballotId = ParseBallotId(id, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The ballot id is not valid.");
        }
        try
        {
            var ballot = await ballots.GetBallotAsync(ballotId);
            if (ballot is null)
            {
                return UnknownBallot(ballotId);
            }
            var results = await ballots.ResultsAsync(ballotId);
            var now = await ballots.NowAsync();
            var text = (await BallotText.LoadAsync(db, [Hex.Of(ballot.MetadataHash)], cancellationToken)).Values.FirstOrDefault();
            var status = ballot.Cancelled ? "cancelled" : now < (long)ballot.Start ? "pending" : now < (long)ballot.End ? "active" : "ended";
            return TypedResults.Ok(new BallotResults(
                ballotId, status, [.. results.Counts.Select(c => (long)c)], text?.Options, (long)results.TotalVotes,
                ballot.Quorum.ToString(CultureInfo.InvariantCulture), results.Reached, results.IsFinal,
                DateTimeOffset.FromUnixTimeSeconds((long)ballot.Start), DateTimeOffset.FromUnixTimeSeconds((long)ballot.End)));
        }
        catch (Exception ex) when (ChainProblem(ex, chainOptions) is { } unavailable)
        {
            return unavailable;
        }
    }

    /// <summary>What a vote that passed every check relays with.</summary>
    private sealed record VoteCheck(string PersonKey, string Signer, BigInteger Nonce);

    /// <summary>
    /// The checks BallotBox.castVoteBySig would make, done before anything is sent, each with its own refusal:
    /// ballot open, option, deadline, signature of the identity's current owner (this chain, this contract, the
    /// current nonce), credential valid at the start, person not yet voted.
    /// </summary>
    private static async Task<(ProblemHttpResult? Problem, VoteCheck? Vote)> CheckAsync(
        BallotChain ballots, long ballotId, string voter, BigInteger option, BigInteger deadline, string signature, BallotsOptions options)
    {
        var ballot = await ballots.GetBallotAsync(ballotId);
        if (ballot is null)
        {
            return (UnknownBallot(ballotId), null);
        }
        var now = await ballots.NowAsync();
        if (Closed(ballotId, ballot, now) is { } closed)
        {
            return (closed, null);
        }
        if (now < (long)ballot.Start)
        {
            return (Refused(StatusCodes.Status409Conflict, "ballotNotOpen", "The ballot is not open yet.",
                $"Ballot {ballotId} opens at {Time((long)ballot.Start)}."), null);
        }
        if (option >= ballot.OptionCount)
        {
            return (Refused(StatusCodes.Status400BadRequest, "invalidOption", "The option does not exist.",
                $"Ballot {ballotId} has options 0 to {ballot.OptionCount - 1}; {option} is not one of them."), null);
        }
        // The relay is mined in a later block, perhaps after a queue or a gas bump: a deadline within the margin could be
        // mined as BallotBoxExpiredSignature, a revert the city would pay for.
        if (deadline <= now + options.MinDeadlineMarginSeconds)
        {
            return (Refused(StatusCodes.Status400BadRequest, "signatureExpired", "The signed vote has expired or is about to.",
                $"Its deadline {deadline} ({Time(deadline)}) must be more than {options.MinDeadlineMarginSeconds} s after the chain's time {now} ({Time(now)}); " +
                "fetch fresh typed data and sign again."), null);
        }
        var domain = await ballots.DomainAsync();
        var nonce = await ballots.NonceOfAsync(voter);
        var owner = AddressUtil.Current.ConvertToChecksumAddress(await ballots.IdentityOwnerAsync(voter));
        var message = new VoteMessage { Voter = voter, BallotId = ballotId, Option = option, Nonce = nonce, Deadline = deadline };
        var recovered = VoteTypedData.RecoverSigner(domain, message, signature);
        if (recovered is null)
        {
            return (Refused(StatusCodes.Status400BadRequest, "malformedSignature", "The signature is malformed.",
                "It is not a valid secp256k1 signature (65 bytes r, s, v)."), null);
        }
        if (!AddressUtil.Current.AreAddressesTheSame(recovered, owner))
        {
            var earlier = nonce.IsZero ? null : VoteTypedData.RecoverSigner(domain,
                new VoteMessage { Voter = voter, BallotId = ballotId, Option = option, Nonce = nonce - 1, Deadline = deadline }, signature);
            if (earlier is not null && AddressUtil.Current.AreAddressesTheSame(earlier, owner))
            {
                return (Refused(StatusCodes.Status409Conflict, "nonceUsed", "The signature's nonce was already used.",
                    $"The vote was signed for nonce {nonce - 1} of {voter}, already used by an earlier vote; its current nonce is {nonce}. Fetch fresh typed data and sign again."), null);
            }
            return (Refused(StatusCodes.Status403Forbidden, "invalidSignature", "The signature is not the DID owner's vote.",
                $"The vote signature recovers to {AddressUtil.Current.ConvertToChecksumAddress(recovered)}, but the current owner of identity {voter} is {owner}. " +
                $"Only the owner's signature of this exact vote counts, in the domain \"{domain.Name}\" version {domain.Version}, chain {domain.ChainId}, " +
                $"contract {domain.VerifyingContract}, with nonce {nonce}: a signature for another chain, another contract, another vote or by another key is refused."), null);
        }
        var (valid, personKey, revoked) = await ballots.CredentialAtAsync(voter, ballot.CredentialType, (long)ballot.Start);
        if (!valid)
        {
            // Another DID of a person who voted already is told so, rather than just "not eligible".
            var latest = await ballots.LatestPersonKeyAsync(voter, ballot.CredentialType);
            if (latest is not null && await ballots.HasVotedAsync(ballotId, latest))
            {
                return (AlreadyVoted(ballotId, $"The person holding identity {voter} already voted in ballot {ballotId} (through another DID): one vote per person."), null);
            }
            return (Refused(StatusCodes.Status403Forbidden, "notEligible", "The identity is not eligible.",
                $"Identity {voter} held no valid credential of type {Hex.Of(ballot.CredentialType)} when ballot {ballotId} opened at " +
                $"{Time((long)ballot.Start)}: eligibility is frozen at the start."), null);
        }
        if (revoked)
        {
            // As BallotBox judges it: expiry counts at the start, a registrar's revocation (fraud, error) at vote time.
            return (Refused(StatusCodes.Status403Forbidden, "credentialRevoked", "The credential was revoked.",
                $"Identity {voter} held a valid credential when ballot {ballotId} opened at {Time((long)ballot.Start)}, but a registrar has revoked it since: " +
                "a revoked credential does not vote."), null);
        }
        if (await ballots.HasVotedAsync(ballotId, personKey))
        {
            return (AlreadyVoted(ballotId, $"The person holding identity {voter} already voted in ballot {ballotId}: one vote per person."), null);
        }
        return (null, new VoteCheck(Hex.Of(personKey), owner, nonce));
    }

    private static VoteView Describe(VoteRequest vote, OutboxEntry entry, bool counted) => new(
        vote.Id, vote.BallotId, vote.Voter, vote.Option, ChainStepView.StatusOf(entry.Status), entry.TxHash, entry.BlockNumber,
        entry.Status is OutboxStatus.Reverted or OutboxStatus.Failed ? entry.Error : null, counted, vote.CreatedAt,
        $"/api/ballots/{vote.BallotId}/votes/{vote.Id}");

    private static ProblemHttpResult? Closed(long ballotId, Ballot ballot, long now)
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

    private static ProblemHttpResult UnknownBallot(long ballotId) =>
        Refused(StatusCodes.Status404NotFound, "unknownBallot", "Unknown ballot.", $"There is no ballot {ballotId} on chain.");

    private static ProblemHttpResult AlreadyVoted(long ballotId, string detail) =>
        Refused(StatusCodes.Status409Conflict, "alreadyVoted", "This person already voted.", detail);

    /// <summary>A refusal with a stable machine-readable <c>code</c> beside the human title and detail.</summary>
    private static ProblemHttpResult Refused(int status, string code, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    private static string Time(BigInteger unixSeconds) =>
        unixSeconds > 253_402_300_799 ? unixSeconds.ToString(CultureInfo.InvariantCulture) : DateTimeOffset.FromUnixTimeSeconds((long)unixSeconds).ToString("O", CultureInfo.InvariantCulture);

    private static long ParseBallotId(string id, Dictionary<string, string[]> errors)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var ballotId) && ballotId > 0)
        {
            return ballotId;
        }
        errors["id"] = ["A ballot id is a positive integer."];
        return 0;
    }

    /// <summary>The voting identity: an address or a did:ethr of this chain; its checksummed address.</summary>
    private static string? ParseVoter(string? voter, long chainId, Dictionary<string, string[]> errors)
    {
        if (voter is not null && voter.StartsWith("did:", StringComparison.Ordinal))
        {
            if (EthrDid.TryParse(voter, chainId, out var did, out var error))
            {
                return did!.Address;
            }
            errors["voter"] = [error!.Message];
            return null;
        }
        if (ResidentAddress.TryParse(voter, out var address, out var addressError))
        {
            return address;
        }
        errors["voter"] = ["Required: the DID's identity address (0x…) or its did:ethr. " + addressError];
        return null;
    }

    private static bool TryParseUint(JsonElement? value, out BigInteger number) =>
        JsonBody.TryReadWholeNumber(value, maxDigits: 78, out number) && number < BigInteger.One << 256;

    /// <summary>A 503 problem for an unreachable chain or a missing deployment; null for any other exception.</summary>
    private static ProblemHttpResult? ChainProblem(Exception exception, IOptions<ChainOptions> chainOptions) => exception switch
    {
        DeploymentManifestException => TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No deployment."),
        _ when ChainErrors.IsUnavailable(exception) => TypedResults.Problem(ChainErrors.Describe(exception, chainOptions.Value.RpcUrl),
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The chain is unavailable."),
        _ => null,
    };
}
