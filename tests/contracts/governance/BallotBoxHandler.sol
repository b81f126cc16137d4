// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {BallotBox} from "../../../contracts/governance/BallotBox.sol";
import {EthereumDIDRegistry} from "../../../contracts/identity/EthereumDIDRegistry.sol";
import {CredentialRegistry} from "../../../contracts/identity/CredentialRegistry.sol";
import {CheatsTest} from "../utils/Cheats.sol";

/**
 * @dev Invariant handler for BallotBox: random residents (persons with two DIDs each, plus a DID with no
 * credential) vote directly or by signature (sometimes with the wrong key or as a non-owner), DIDs rotate to
 * other owners, residencies move between a person's DIDs (the registry supersedes the old credential), and the
 * clock advances. Ghost counters record every vote BallotBox accepted.
 */
contract BallotBoxHandler is CheatsTest {
    uint256 public constant PERSONS = 3;
    uint256 public constant DIDS = 2 * PERSONS + 1; // DIDs 2p and 2p+1 belong to person p; the last has none
    uint256 public constant KEYS = DIDS + 3; // DID keys plus spare keys DIDs can rotate to

    BallotBox public immutable box;
    EthereumDIDRegistry public immutable did;
    CredentialRegistry public immutable creds;
    address public immutable registrar;
    bytes32 public immutable credentialType;
    uint64 public immutable expiry;

    uint256[] internal _ballots;
    uint256[KEYS] internal _keys;
    mapping(address account => uint256 privateKey) internal _keyOf;
    uint256[PERSONS] internal _activeDid;
    uint256 public currentTime;

    /// @dev Accepted votes per (ballot, person key) and per ballot.
    mapping(uint256 ballotId => mapping(bytes32 personKey => uint256)) public ghostVotes;
    mapping(uint256 ballotId => uint256) public ghostTurnout;
    uint256 public ghostCalls;

    constructor(
        BallotBox box_,
        EthereumDIDRegistry did_,
        CredentialRegistry creds_,
        address registrar_,
        bytes32 credentialType_,
        uint64 expiry_,
        uint256[] memory ballots_
    ) {
        box = box_;
        did = did_;
        creds = creds_;
        registrar = registrar_;
        credentialType = credentialType_;
        expiry = expiry_;
        _ballots = ballots_;
        currentTime = block.timestamp;
        for (uint256 i = 0; i < KEYS; ++i) {
            _keys[i] = 0xB0_0000 + i;
            _keyOf[vm.addr(_keys[i])] = _keys[i];
        }
    }

    /// @dev Gives every person a residency on their first DID (called once, from the test's setUp).
    function seedCredentials() external {
        for (uint256 p = 0; p < PERSONS; ++p) {
            _issue(p, 2 * p);
        }
    }

    // ---------------------------------------------------------------- actions

    function castVote(uint256 didSeed, uint256 ballotSeed, uint256 option, bool asOwner) external {
        vm.warp(currentTime);
        address voter = identity(didSeed);
        uint256 ballotId = _ballot(ballotSeed);
        address caller = asOwner ? did.identityOwner(voter) : vm.addr(_keys[(didSeed >> 8) % KEYS]);
        vm.prank(caller);
        try box.castVote(ballotId, voter, option % 4) {
            _record(ballotId, voter);
        } catch {}
    }

    function castVoteBySig(uint256 didSeed, uint256 ballotSeed, uint256 option, bool withOwnerKey) external {
        vm.warp(currentTime);
        address voter = identity(didSeed);
        uint256 ballotId = _ballot(ballotSeed);
        address owner = did.identityOwner(voter);
        uint256 key = withOwnerKey ? _keyOf[owner] : _keys[(didSeed >> 8) % KEYS];
        uint256 deadline = currentTime + 1 hours;
        bytes32 digest = box.voteDigest(voter, ballotId, option % 4, box.nonces(voter), deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        try box.castVoteBySig(ballotId, voter, option % 4, deadline, abi.encodePacked(r, s, v)) {
            _record(ballotId, voter);
        } catch {}
    }

    function rotateOwner(uint256 didSeed, uint256 keySeed) external {
        vm.warp(currentTime);
        address identity_ = identity(didSeed);
        vm.prank(did.identityOwner(identity_));
        did.changeOwner(identity_, vm.addr(_keys[keySeed % KEYS]));
    }

    function moveResidency(uint256 personSeed) external {
        vm.warp(currentTime);
        uint256 p = personSeed % PERSONS;
        _issue(p, _activeDid[p] == 2 * p ? 2 * p + 1 : 2 * p);
    }

    function advanceTime(uint256 seconds_) external {
        currentTime += bound(seconds_, 0, 6 hours);
        vm.warp(currentTime);
    }

    // ---------------------------------------------------------------- views for the invariants

    function identity(uint256 seed) public view returns (address) {
        return vm.addr(_keys[seed % DIDS]);
    }

    function personKey(uint256 p) public pure returns (bytes32) {
        return keccak256(abi.encode("person", p));
    }

    function ballots() external view returns (uint256[] memory) {
        return _ballots;
    }

    // ---------------------------------------------------------------- internals

    function _ballot(uint256 seed) internal view returns (uint256) {
        return _ballots[seed % _ballots.length];
    }

    function _issue(uint256 p, uint256 didIndex) internal {
        vm.prank(registrar);
        creds.issue(vm.addr(_keys[didIndex]), credentialType, personKey(p), expiry, keccak256("residency"), "");
        _activeDid[p] = didIndex;
    }

    function _record(uint256 ballotId, address voter) internal {
        (, bytes32 key) = creds.validCredentialAt(voter, credentialType, box.getBallot(ballotId).start);
        ++ghostVotes[ballotId][key];
        ++ghostTurnout[ballotId];
        ++ghostCalls;
    }
}
