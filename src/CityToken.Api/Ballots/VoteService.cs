using System.Text.Json.Nodes;
using CityToken.Api.Credentials;
using CityToken.Api.Redemptions;
using CityToken.Contracts.BallotBox.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using static CityToken.Api.Ballots.BallotInput;
using static CityToken.Api.Ballots.BallotProblems;

namespace CityToken.Api.Ballots;

/// <summary>
/// Gasless voting: typed data to sign, validation of signed votes before anything is sent, relaying of
/// castVoteBySig through the outbox, and results. Used by the votes API.
/// </summary>
public sealed class VoteService(
    CityTokenDb db, TransactionOutbox outbox, BallotChain ballots, ContractSignatures contracts, RelaySimulator simulator, RelayMetrics metrics,
    IOptions<BallotsOptions> options, IOptions<ChainOptions> chainOptions, TimeProvider time)
{
    /// <summary>Relayed votes in <c>citytoken_relays_total</c>: kind <c>vote</c>, entries keyed <c>ballot-vote:</c> and the signature's hash.</summary>
    public static readonly RelayKind Relay = new("vote", "ballot-vote:");

    private string RpcUrl => chainOptions.Value.RpcUrl;

    /// <summary>The EIP-712 typed data of a vote for <paramref name="voter"/>'s owner to sign, with the current nonce and a fresh deadline.</summary>
    public async Task<Outcome<JsonObject>> TypedDataAsync(string id, string? voter, string? option)
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
            return Problem.Invalid(errors);
        }
        try
        {
            var open = await VoteEligibility.OpenBallotAsync(ballots, ballotId);
            if (!open.Succeeded)
            {
                return open.Problem;
            }
            var (ballot, now) = open.Value;
            if (choice >= ballot.OptionCount)
            {
                return InvalidOption(ballotId, ballot.OptionCount, choice);
            }
            var domain = await ballots.DomainAsync();
            var nonce = await ballots.NonceOfAsync(identity!);
            var message = new VoteMessage
            {
                Voter = identity!, BallotId = ballotId, Option = choice, Nonce = nonce,
                Deadline = now + options.Value.VoteSignatureLifetimeSeconds,
            };
            return VoteTypedData.ToJson(domain, message);
        }
        catch (Exception ex) when (ChainProblem(ex, RpcUrl) is { } unavailable)
        {
            return unavailable;
        }
    }

    /// <summary>
    /// Relays a signed vote: checked first (window, option, deadline, signature, eligibility, one vote per person), then
    /// staged through the outbox. The same signed vote again answers the same relay. Counted in <c>citytoken_relays_total</c>.
    /// </summary>
    public async Task<Outcome<VoteView>> CastAsync(string id, CastVoteRequest body, CancellationToken cancellationToken)
    {
        var relayed = await RelayAsync(id, body, cancellationToken);
        if (!relayed.Succeeded)
        {
            return metrics.Record<VoteView>(Relay, relayed.Problem);
        }
        return metrics.Record<VoteView>(Relay, relayed.Value.View, relayed.Value.Repeated);
    }

    /// <summary>The relay's answer, and whether it is an earlier relay of the same signed vote.</summary>
    private async Task<Outcome<(VoteView View, bool Repeated)>> RelayAsync(string id, CastVoteRequest body, CancellationToken cancellationToken)
    {
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
            return Problem.Invalid(errors, title: "The vote is not valid.");
        }
        // v as 27/28, as OpenZeppelin's ECDSA on chain wants it (wallets may give 0/1); also the form a retry is recognised by.
        signature = Convert.ToHexStringLower([.. signatureParts.R, .. signatureParts.S, signatureParts.V]).EnsureHexPrefix();
        var repeated = await db.Set<VoteRequest>().AsNoTracking().Include(v => v.Entry)
            .FirstOrDefaultAsync(v => v.BallotId == ballotId && v.Signature == signature, cancellationToken);
        if (repeated is not null)
        {
            // The same signed vote again (a client retry): the same relay, nothing sent twice.
            return (Describe(repeated, repeated.Entry!, counted: false), true);
        }

        var call = new CastVoteBySigFunction
        {
            BallotId = ballotId, Voter = voter!, Option = option, Deadline = deadline, Signature = signature.HexToByteArray(),
        };
        var callData = call.GetCallData().ToHex(true);
        EligibleVote vote;
        try
        {
            var checkedVote = await VoteEligibility.CheckAsync(ballots, contracts, ballotId, voter!, option, deadline, signature, options.Value);
            if (!checkedVote.Succeeded)
            {
                return checkedVote.Problem;
            }
            vote = checkedVote.Value;
        }
        catch (Exception ex) when (ChainProblem(ex, RpcUrl) is { } unavailable)
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
                return AlreadyVoted($"A vote of the person holding identity {voter} in ballot {ballotId} is already being relayed (vote {active.Id}).");
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
        catch (Exception ex) when (ChainProblem(ex, RpcUrl) is { } unavailable)
        {
            return unavailable;
        }
        var staged = await outbox.StageCallAsync(db, ballotBox, call,
            Relay.KeyPrefix + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(signature.HexToByteArray())),
            $"relay vote of {voter} in ballot {ballotId}", cancellationToken);
        if (staged.Existing)
        {
            // This exact signature was relayed before (and ended): answer that relay.
            var earlier = await db.Set<VoteRequest>().AsNoTracking().SingleAsync(v => v.EntryId == staged.Entry.Id, cancellationToken);
            return (Describe(earlier, staged.Entry, counted: false), true);
        }
        var request = new VoteRequest
        {
            BallotId = ballotId,
            Voter = voter!,
            Signer = signer,
            PersonKey = personKeyHex,
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
            return AlreadyVoted($"Another vote of the person holding identity {voter} in ballot {ballotId} was accepted at the same moment.");
        }
        outbox.Wake();
        return (Describe(request, staged.Entry, counted: false), false);
    }

    /// <summary>A relayed vote: status and transaction; counted once the indexer has seen it.</summary>
    public async Task<Outcome<VoteView>> GetAsync(string id, string voteId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var ballotId)
            || !long.TryParse(voteId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problem.BadRequest("The id is not valid.", "Ballot and vote ids are positive integers.");
        }
        var vote = await db.Set<VoteRequest>().AsNoTracking().Include(v => v.Entry)
            .SingleOrDefaultAsync(v => v.Id == number && v.BallotId == ballotId, cancellationToken);
        if (vote is null)
        {
            return Problem.NotFound("Unknown vote.", $"Ballot {ballotId} has no relayed vote {number}.");
        }
        var tx = vote.Entry!.TxHash;
        var counted = tx is not null && vote.Entry.Status is OutboxStatus.Mined or OutboxStatus.Confirmed
            && await db.Set<VoteRecord>().AnyAsync(r => r.BallotId == ballotId && r.TransactionHash == tx, cancellationToken);
        return Describe(vote, vote.Entry, counted);
    }

    /// <summary>Results from the chain: tallies, turnout, quorum; live while open, final after the end.</summary>
    public async Task<Outcome<BallotResults>> ResultsAsync(string id, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var ballotId = ParseBallotId(id, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors, title: "The ballot id is not valid.");
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
            return new BallotResults(
                ballotId, status, [.. results.Counts.Select(c => (long)c)], text?.Options, (long)results.TotalVotes,
                ballot.Quorum.ToString(CultureInfo.InvariantCulture), results.Reached, results.IsFinal,
                DateTimeOffset.FromUnixTimeSeconds((long)ballot.Start), DateTimeOffset.FromUnixTimeSeconds((long)ballot.End));
        }
        catch (Exception ex) when (ChainProblem(ex, RpcUrl) is { } unavailable)
        {
            return unavailable;
        }
    }

    private static VoteView Describe(VoteRequest vote, OutboxEntry entry, bool counted) => new(
        vote.Id, vote.BallotId, vote.Voter, vote.Option, ChainStepView.StatusOf(entry.Status), entry.TxHash, entry.BlockNumber,
        entry.Status is OutboxStatus.Reverted or OutboxStatus.Failed ? entry.Error : null, counted, vote.CreatedAt,
        $"/api/ballots/{vote.BallotId}/votes/{vote.Id}");
}
