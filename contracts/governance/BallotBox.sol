// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IIdentityOwners} from "../identity/IIdentityOwners.sol";
import {ICredentialStatus} from "../identity/ICredentialStatus.sol";

/**
 * @title BallotBox
 * @notice Municipal ballots for CityToken: one vote per person per ballot, cast by the current owner of a
 * `did:ethr` identity (ERC-1056) whose credential of the ballot's required type was valid when the ballot
 * opened. Votes are cast directly ({castVote}) or relayed by anyone with an EIP-712 signature
 * ({castVoteBySig}), so the city can pay the gas. Tallies, turnout and quorum are kept on chain and are
 * final once the ballot has ended.
 *
 * Rules:
 * - Options are numbered `0 .. optionCount - 1`; `optionCount` is between 2 and {MAX_OPTIONS}.
 * - Voting is open during `[start, end)`: from `start` included to `end` excluded.
 * - Eligibility is frozen at `start`: the credential must have been valid at `start` (one issued later does
 *   not count; one that expires or is superseded by a newer credential of the same person later still counts).
 *   One that a registrar revoked, before or after `start`, no longer votes: revocation is for fraud or error,
 *   and it is judged at vote time.
 * - A vote is counted once per person key (the salted hash the registrar holds), not per address: rotating a
 *   DID to a new owner or creating another DID for the same person gives no second vote.
 * - `quorum` is an absolute minimum turnout (number of votes); zero means no quorum.
 * - A ballot can be cancelled only before it starts.
 * - The reward token is never voting power: this contract does not depend on any token.
 * - Votes are public: {VoteCast} carries the chosen option.
 */
contract BallotBox is AccessControl, EIP712, Nonces {
    /// @notice Role allowed to create and cancel ballots.
    bytes32 public constant BALLOT_ADMIN_ROLE = keccak256("BALLOT_ADMIN_ROLE");

    /// @notice Largest number of options a ballot may have (bounds every loop over tallies).
    uint256 public constant MAX_OPTIONS = 32;

    /// @notice Smallest number of options a ballot may have.
    uint256 public constant MIN_OPTIONS = 2;

    /// @notice EIP-712 type hash of the signed vote struct.
    bytes32 public constant VOTE_TYPEHASH =
        keccak256("Vote(address voter,uint256 ballotId,uint256 option,uint256 nonce,uint256 deadline)");

    /// @notice Lifecycle of a ballot, derived from the clock and the cancelled flag.
    enum BallotStatus {
        Pending,
        Active,
        Ended,
        Cancelled
    }

    /// @notice A ballot as stored.
    struct Ballot {
        bytes32 metadataHash;
        bytes32 credentialType;
        uint64 start;
        uint64 end;
        uint8 optionCount;
        bool cancelled;
        uint256 quorum;
        uint256 turnout;
        string metadataURI;
    }

    /// @notice The ERC-1056 registry that names each identity's current owner.
    IIdentityOwners public immutable didRegistry;

    /// @notice The credential registry that answers eligibility and the person key.
    ICredentialStatus public immutable credentials;

    uint256 private _ballotCount;
    mapping(uint256 ballotId => Ballot) private _ballots;
    mapping(uint256 ballotId => uint256[MAX_OPTIONS]) private _tallies;
    mapping(uint256 ballotId => mapping(bytes32 personKey => bool)) private _voted;

    /// @notice Emitted when `ballotId` is created.
    event BallotCreated(
        uint256 indexed ballotId,
        bytes32 indexed credentialType,
        bytes32 metadataHash,
        string metadataURI,
        uint8 optionCount,
        uint64 start,
        uint64 end,
        uint256 quorum
    );

    /// @notice Emitted when `ballotId` is cancelled (always before its start).
    event BallotCancelled(uint256 indexed ballotId);

    /// @notice Emitted when the person `personKey`, through identity `voter`, voted for `option`;
    /// `signer` is the identity owner who sent or signed the vote.
    event VoteCast(
        uint256 indexed ballotId,
        address indexed voter,
        bytes32 indexed personKey,
        uint256 option,
        address signer
    );

    /// @notice A constructor argument is the zero address.
    error BallotBoxZeroAddress();

    /// @notice No ballot has id `ballotId`.
    error BallotBoxUnknownBallot(uint256 ballotId);

    /// @notice `optionCount` is outside `[MIN_OPTIONS, MAX_OPTIONS]`.
    error BallotBoxInvalidOptionCount(uint256 optionCount);

    /// @notice The window `[start, end)` starts in the past or is empty.
    error BallotBoxInvalidWindow(uint64 start, uint64 end);

    /// @notice A ballot needs a metadata hash or a metadata URI.
    error BallotBoxMissingMetadata();

    /// @notice A ballot needs a required credential type.
    error BallotBoxZeroCredentialType();

    /// @notice `ballotId` has not started yet (it opens at `start`).
    error BallotBoxNotOpen(uint256 ballotId, uint64 start);

    /// @notice `ballotId` closed at `end`.
    error BallotBoxClosed(uint256 ballotId, uint64 end);

    /// @notice `ballotId` was cancelled.
    error BallotBoxBallotCancelled(uint256 ballotId);

    /// @notice `ballotId` started at `start` and can no longer be cancelled.
    error BallotBoxAlreadyStarted(uint256 ballotId, uint64 start);

    /// @notice `account` is not the current owner (`owner`) of identity `voter`.
    error BallotBoxNotIdentityOwner(address voter, address account, address owner);

    /// @notice Identity `voter` held no valid credential of the ballot's type when `ballotId` opened.
    error BallotBoxNotEligible(uint256 ballotId, address voter);

    /// @notice The credential through which identity `voter` was eligible for `ballotId` has been revoked by a registrar.
    error BallotBoxCredentialRevoked(uint256 ballotId, address voter);

    /// @notice The person `personKey` already voted in `ballotId`.
    error BallotBoxAlreadyVoted(uint256 ballotId, bytes32 personKey);

    /// @notice `option` is not one of the `optionCount` options of `ballotId`.
    error BallotBoxInvalidOption(uint256 ballotId, uint256 option, uint256 optionCount);

    /// @notice The signed vote expired at `deadline`.
    error BallotBoxExpiredSignature(uint256 deadline);

    /// @notice The signature is not a valid signature of the vote by `owner`, the current owner of `voter`
    /// (wrong signer, wrong chain or contract, replayed nonce, or a malformed signature).
    error BallotBoxInvalidSigner(address voter, address owner);

    /**
     * @param didRegistry_ The ERC-1056 registry (current owner of each identity).
     * @param credentials_ The credential registry (eligibility and person key).
     * @param admin Receives `DEFAULT_ADMIN_ROLE` and `BALLOT_ADMIN_ROLE`.
     */
    constructor(IIdentityOwners didRegistry_, ICredentialStatus credentials_, address admin)
        EIP712("CityToken BallotBox", "1")
    {
        if (address(didRegistry_) == address(0) || address(credentials_) == address(0) || admin == address(0)) {
            revert BallotBoxZeroAddress();
        }
        didRegistry = didRegistry_;
        credentials = credentials_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(BALLOT_ADMIN_ROLE, admin);
    }

    // ------------------------------------------------------------------ administration

    /**
     * @notice Creates a ballot. Caller must hold `BALLOT_ADMIN_ROLE`.
     * @param metadataHash Hash of the ballot's off-chain text (question, option labels); may be zero if a URI is given.
     * @param metadataURI Where the ballot's text lives; may be empty if a hash is given.
     * @param optionCount Number of options, between {MIN_OPTIONS} and {MAX_OPTIONS}.
     * @param start First second of voting; not in the past. Eligibility is evaluated at this time.
     * @param end First second after voting; greater than `start`.
     * @param quorum Minimum turnout (absolute number of votes) for the result to count; zero for none.
     * @param credentialType Credential type a voter's identity must have held at `start`; non-zero.
     * @return ballotId The new ballot's id (ids start at 1).
     */
    function createBallot(
        bytes32 metadataHash,
        string calldata metadataURI,
        uint8 optionCount,
        uint64 start,
        uint64 end,
        uint256 quorum,
        bytes32 credentialType
    ) external onlyRole(BALLOT_ADMIN_ROLE) returns (uint256 ballotId) {
        if (metadataHash == bytes32(0) && bytes(metadataURI).length == 0) revert BallotBoxMissingMetadata();
        if (optionCount < MIN_OPTIONS || optionCount > MAX_OPTIONS) revert BallotBoxInvalidOptionCount(optionCount);
        if (start < block.timestamp || end <= start) revert BallotBoxInvalidWindow(start, end);
        if (credentialType == bytes32(0)) revert BallotBoxZeroCredentialType();

        ballotId = ++_ballotCount;
        Ballot storage ballot = _ballots[ballotId];
        ballot.metadataHash = metadataHash;
        ballot.credentialType = credentialType;
        ballot.start = start;
        ballot.end = end;
        ballot.optionCount = optionCount;
        ballot.quorum = quorum;
        ballot.metadataURI = metadataURI;

        emit BallotCreated(ballotId, credentialType, metadataHash, metadataURI, optionCount, start, end, quorum);
    }

    /**
     * @notice Cancels a ballot that has not started yet. Caller must hold `BALLOT_ADMIN_ROLE`.
     * @param ballotId The ballot to cancel.
     */
    function cancelBallot(uint256 ballotId) external onlyRole(BALLOT_ADMIN_ROLE) {
        Ballot storage ballot = _existingBallot(ballotId);
        if (ballot.cancelled) revert BallotBoxBallotCancelled(ballotId);
        if (block.timestamp >= ballot.start) revert BallotBoxAlreadyStarted(ballotId, ballot.start);

        ballot.cancelled = true;

        emit BallotCancelled(ballotId);
    }

    // ------------------------------------------------------------------ voting

    /**
     * @notice Casts the vote of identity `voter` for `option` in `ballotId`. The caller must be the
     * current owner of `voter` (ERC-1056 `identityOwner`).
     * @param ballotId The ballot.
     * @param voter The DID identity voting (its credential decides eligibility and the person key).
     * @param option The chosen option, `0 .. optionCount - 1`.
     */
    function castVote(uint256 ballotId, address voter, uint256 option) external {
        address owner = didRegistry.identityOwner(voter);
        if (msg.sender != owner) revert BallotBoxNotIdentityOwner(voter, msg.sender, owner);
        _castVote(ballotId, voter, option, owner);
    }

    /**
     * @notice Casts a vote signed off-chain by the current owner of identity `voter`; anyone may relay it.
     * The signature is EIP-712 over
     * `Vote(address voter,uint256 ballotId,uint256 option,uint256 nonce,uint256 deadline)` in the domain
     * `("CityToken BallotBox", "1", chainId, this contract)`, with `nonce = nonces(voter)`. Owners that are
     * contracts sign through ERC-1271.
     * @param ballotId The ballot.
     * @param voter The DID identity voting.
     * @param option The chosen option, `0 .. optionCount - 1`.
     * @param deadline Last timestamp (inclusive) at which the signature may be used.
     * @param signature The owner's signature (65-byte ECDSA, or ERC-1271 data for contract owners).
     */
    function castVoteBySig(
        uint256 ballotId,
        address voter,
        uint256 option,
        uint256 deadline,
        bytes calldata signature
    ) external {
        if (block.timestamp > deadline) revert BallotBoxExpiredSignature(deadline);
        address owner = didRegistry.identityOwner(voter);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(VOTE_TYPEHASH, voter, ballotId, option, _useNonce(voter), deadline))
        );
        if (!SignatureChecker.isValidSignatureNow(owner, digest, signature)) {
            revert BallotBoxInvalidSigner(voter, owner);
        }
        _castVote(ballotId, voter, option, owner);
    }

    // ------------------------------------------------------------------ views

    /**
     * @notice The EIP-712 domain separator of this contract on the current chain (see also {eip712Domain}).
     * @return The separator of `("CityToken BallotBox", "1", block.chainid, address(this))`.
     */
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /**
     * @notice The EIP-712 digest an identity owner signs for {castVoteBySig}.
     * @param voter The DID identity.
     * @param ballotId The ballot.
     * @param option The chosen option.
     * @param voterNonce The voter's nonce ({nonces}) at relay time (not named `nonce`: the generated C#
     * binding would clash with the transaction nonce of its message base class).
     * @param deadline Last timestamp at which the signature may be used.
     * @return The typed-data hash.
     */
    function voteDigest(address voter, uint256 ballotId, uint256 option, uint256 voterNonce, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(VOTE_TYPEHASH, voter, ballotId, option, voterNonce, deadline)));
    }

    /**
     * @notice Number of ballots created; ballot ids run from 1 to this number.
     * @return The count.
     */
    function ballotCount() external view returns (uint256) {
        return _ballotCount;
    }

    /**
     * @notice The stored ballot `ballotId`.
     * @param ballotId The ballot.
     * @return The ballot (reverts for an unknown id).
     */
    function getBallot(uint256 ballotId) external view returns (Ballot memory) {
        return _existingBallot(ballotId);
    }

    /**
     * @notice The lifecycle status of `ballotId` now.
     * @param ballotId The ballot.
     * @return Pending before start, Active during `[start, end)`, Ended from `end`, or Cancelled.
     */
    function status(uint256 ballotId) public view returns (BallotStatus) {
        return _status(_existingBallot(ballotId));
    }

    /**
     * @notice Votes per option of `ballotId`, so far (final once the ballot has ended).
     * @param ballotId The ballot.
     * @return counts One count per option, indexed by option.
     */
    function tallies(uint256 ballotId) public view returns (uint256[] memory counts) {
        uint256 optionCount = _existingBallot(ballotId).optionCount;
        uint256[MAX_OPTIONS] storage stored = _tallies[ballotId];
        counts = new uint256[](optionCount);
        for (uint256 i = 0; i < optionCount; ++i) {
            counts[i] = stored[i];
        }
    }

    /**
     * @notice Number of votes counted in `ballotId`.
     * @param ballotId The ballot.
     * @return The turnout.
     */
    function turnout(uint256 ballotId) external view returns (uint256) {
        return _existingBallot(ballotId).turnout;
    }

    /**
     * @notice Whether the turnout of `ballotId` has reached its quorum (always false when cancelled).
     * @param ballotId The ballot.
     * @return True when turnout >= quorum.
     */
    function quorumReached(uint256 ballotId) public view returns (bool) {
        Ballot storage ballot = _existingBallot(ballotId);
        return !ballot.cancelled && ballot.turnout >= ballot.quorum;
    }

    /**
     * @notice Results of `ballotId`.
     * @param ballotId The ballot.
     * @return counts Votes per option.
     * @return totalVotes The turnout.
     * @return reached Whether the quorum is reached.
     * @return isFinal True once the ballot has ended (not when cancelled): no vote can change the result.
     */
    function results(uint256 ballotId)
        external
        view
        returns (uint256[] memory counts, uint256 totalVotes, bool reached, bool isFinal)
    {
        Ballot storage ballot = _existingBallot(ballotId);
        counts = tallies(ballotId);
        totalVotes = ballot.turnout;
        reached = quorumReached(ballotId);
        isFinal = _status(ballot) == BallotStatus.Ended;
    }

    /**
     * @notice Whether the person `personKey` has voted in `ballotId`.
     * @param ballotId The ballot.
     * @param personKey The person key (as returned by the credential registry).
     * @return True once that person's vote is counted.
     */
    function hasVoted(uint256 ballotId, bytes32 personKey) external view returns (bool) {
        _existingBallot(ballotId);
        return _voted[ballotId][personKey];
    }

    // ------------------------------------------------------------------ internals

    /// @dev Checks the ballot, the option and eligibility, then counts the vote and emits {VoteCast}.
    /// `signer` has already been proven to be the current owner of `voter`.
    function _castVote(uint256 ballotId, address voter, uint256 option, address signer) private {
        Ballot storage ballot = _existingBallot(ballotId);
        if (ballot.cancelled) revert BallotBoxBallotCancelled(ballotId);
        if (block.timestamp < ballot.start) revert BallotBoxNotOpen(ballotId, ballot.start);
        if (block.timestamp >= ballot.end) revert BallotBoxClosed(ballotId, ballot.end);
        if (option >= ballot.optionCount) revert BallotBoxInvalidOption(ballotId, option, ballot.optionCount);

        (bool valid, bytes32 personKey, bool revokedByRegistrar) =
            credentials.credentialStandingAt(voter, ballot.credentialType, ballot.start);
        if (!valid || personKey == bytes32(0)) revert BallotBoxNotEligible(ballotId, voter);
        if (revokedByRegistrar) revert BallotBoxCredentialRevoked(ballotId, voter);
        if (_voted[ballotId][personKey]) revert BallotBoxAlreadyVoted(ballotId, personKey);

        _voted[ballotId][personKey] = true;
        ++_tallies[ballotId][option];
        ++ballot.turnout;

        emit VoteCast(ballotId, voter, personKey, option, signer);
    }

    /// @dev The stored ballot `ballotId`, or a revert when it does not exist.
    function _existingBallot(uint256 ballotId) private view returns (Ballot storage ballot) {
        ballot = _ballots[ballotId];
        if (ballot.end == 0) revert BallotBoxUnknownBallot(ballotId);
    }

    /// @dev The status of `ballot` at the current block time.
    function _status(Ballot storage ballot) private view returns (BallotStatus) {
        if (ballot.cancelled) return BallotStatus.Cancelled;
        if (block.timestamp < ballot.start) return BallotStatus.Pending;
        if (block.timestamp < ballot.end) return BallotStatus.Active;
        return BallotStatus.Ended;
    }
}
