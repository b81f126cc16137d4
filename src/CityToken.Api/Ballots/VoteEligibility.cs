using CityToken.Contracts.BallotBox.ContractDefinition;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using static CityToken.Api.Ballots.BallotProblems;

namespace CityToken.Api.Ballots;

/// <summary>What a vote that passed every check relays with.</summary>
internal sealed record EligibleVote(string PersonKey, string Signer, BigInteger Nonce);

/// <summary>A ballot on chain that is neither cancelled nor closed, and the chain's time it was read at.</summary>
internal sealed record OpenBallot(Ballot Ballot, long Now);

/// <summary>
/// The checks BallotBox.castVoteBySig would make, done before anything is sent, each with its own refusal:
/// ballot open, option, deadline, signature of the identity's current owner (its key's, or, for a smart-contract wallet,
/// one its ERC-1271 isValidSignature accepts; this chain, this contract, the current nonce), credential valid at the
/// start, person not yet voted.
/// </summary>
internal static class VoteEligibility
{
    /// <summary>The ballot and the chain's time, or the refusal when the ballot is unknown, cancelled or closed.</summary>
    public static async Task<Outcome<OpenBallot>> OpenBallotAsync(BallotChain ballots, long ballotId)
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
        return new OpenBallot(ballot, now);
    }

    public static async Task<Outcome<EligibleVote>> CheckAsync(
        BallotChain ballots, ContractSignatures contracts, long ballotId, string voter, BigInteger option, BigInteger deadline, string signature,
        BallotsOptions options)
    {
        var open = await OpenBallotAsync(ballots, ballotId);
        if (!open.Succeeded)
        {
            return open.Problem;
        }
        var (ballot, now) = open.Value;
        if (now < (long)ballot.Start)
        {
            return Refused(StatusCodes.Status409Conflict, "ballotNotOpen", "The ballot is not open yet.",
                $"Ballot {ballotId} opens at {Time((long)ballot.Start)}.");
        }
        if (option >= ballot.OptionCount)
        {
            return InvalidOption(ballotId, ballot.OptionCount, option);
        }
        // The relay is mined in a later block, perhaps after a queue or a gas bump: a deadline within the margin could be
        // mined as BallotBoxExpiredSignature, a revert the city would pay for.
        if (deadline <= now + options.MinDeadlineMarginSeconds)
        {
            return Refused(StatusCodes.Status400BadRequest, "signatureExpired", "The signed vote has expired or is about to.",
                $"Its deadline {deadline} ({Time(deadline)}) must be more than {options.MinDeadlineMarginSeconds} s after the chain's time {now} ({Time(now)}); " +
                "fetch fresh typed data and sign again.");
        }
        var domain = await ballots.DomainAsync();
        var nonce = await ballots.NonceOfAsync(voter);
        var owner = AddressUtil.Current.ConvertToChecksumAddress(await ballots.IdentityOwnerAsync(voter));
        var message = new VoteMessage { Voter = voter, BallotId = ballotId, Option = option, Nonce = nonce, Deadline = deadline };
        var recovered = VoteTypedData.RecoverSigner(domain, message, signature);
        if (recovered is null)
        {
            return Refused(StatusCodes.Status400BadRequest, "malformedSignature", "The signature is malformed.",
                "It is not a valid secp256k1 signature (65 bytes r, s, v).");
        }
        // An owner that is a smart-contract wallet signs as ERC-1271 says; BallotBox asks it so (SignatureChecker).
        if (!AddressUtil.Current.AreAddressesTheSame(recovered, owner)
            && !await contracts.AcceptsAsync(owner, VoteTypedData.Digest(domain, message), signature.HexToByteArray()))
        {
            return WrongSigner(domain, message, signature, recovered, owner, ballotId);
        }
        var (valid, personKey, revoked) = await ballots.CredentialAtAsync(voter, ballot.CredentialType, (long)ballot.Start);
        if (!valid)
        {
            // Another DID of a person who voted already is told so, rather than just "not eligible".
            var latest = await ballots.LatestPersonKeyAsync(voter, ballot.CredentialType);
            if (latest is not null && await ballots.HasVotedAsync(ballotId, latest))
            {
                return AlreadyVoted($"The person holding identity {voter} already voted in ballot {ballotId} (through another DID): one vote per person.");
            }
            return Refused(StatusCodes.Status403Forbidden, "notEligible", "The identity is not eligible.",
                $"Identity {voter} held no valid credential of type {Hex.Of(ballot.CredentialType)} when ballot {ballotId} opened at " +
                $"{Time((long)ballot.Start)}: eligibility is frozen at the start.");
        }
        if (revoked)
        {
            // As BallotBox judges it: expiry counts at the start, a registrar's revocation (fraud, error) at vote time.
            return Refused(StatusCodes.Status403Forbidden, "credentialRevoked", "The credential was revoked.",
                $"Identity {voter} held a valid credential when ballot {ballotId} opened at {Time((long)ballot.Start)}, but a registrar has revoked it since: " +
                "a revoked credential does not vote.");
        }
        if (await ballots.HasVotedAsync(ballotId, personKey))
        {
            return AlreadyVoted($"The person holding identity {voter} already voted in ballot {ballotId}: one vote per person.");
        }
        return new EligibleVote(Hex.Of(personKey), owner, nonce);
    }

    /// <summary>A signature by someone other than the identity's owner: a spent nonce said plainly, anything else as not the owner's vote.</summary>
    private static Problem WrongSigner(Eip712DomainInfo domain, VoteMessage message, string signature, string recovered, string owner, long ballotId)
    {
        var (voter, nonce) = (message.Voter, message.Nonce);
        var earlier = nonce.IsZero ? null : VoteTypedData.RecoverSigner(domain,
            new VoteMessage { Voter = voter, BallotId = ballotId, Option = message.Option, Nonce = nonce - 1, Deadline = message.Deadline }, signature);
        if (earlier is not null && AddressUtil.Current.AreAddressesTheSame(earlier, owner))
        {
            return Refused(StatusCodes.Status409Conflict, "nonceUsed", "The signature's nonce was already used.",
                $"The vote was signed for nonce {nonce - 1} of {voter}, already used by an earlier vote; its current nonce is {nonce}. Fetch fresh typed data and sign again.");
        }
        return Refused(StatusCodes.Status403Forbidden, "invalidSignature", "The signature is not the DID owner's vote.",
            $"The vote signature recovers to {AddressUtil.Current.ConvertToChecksumAddress(recovered)}, but the current owner of identity {voter} is {owner}. " +
            $"Only the owner's signature of this exact vote counts, in the domain \"{domain.Name}\" version {domain.Version}, chain {domain.ChainId}, " +
            $"contract {domain.VerifyingContract}, with nonce {nonce}: a signature for another chain, another contract, another vote or by another key is refused.");
    }
}
