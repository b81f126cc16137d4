// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {BallotBox} from "../../../contracts/governance/BallotBox.sol";
import {IIdentityOwners} from "../../../contracts/identity/IIdentityOwners.sol";
import {ICredentialStatus} from "../../../contracts/identity/ICredentialStatus.sol";
import {BallotBoxTestBase} from "./BallotBoxTestBase.sol";
import {ERC1271WalletMock} from "./ERC1271WalletMock.sol";

contract BallotBoxTest is BallotBoxTestBase {
    // ================================================================ construction, roles, domain

    function test_constructor_wiresRegistriesAndRoles() public view {
        assertEq(address(box.didRegistry()), address(did), "did registry");
        assertEq(address(box.credentials()), address(creds), "credential registry");
        assertTrue(box.hasRole(box.DEFAULT_ADMIN_ROLE(), ADMIN), "admin holds DEFAULT_ADMIN_ROLE");
        assertTrue(box.hasRole(box.BALLOT_ADMIN_ROLE(), ADMIN), "admin holds BALLOT_ADMIN_ROLE");
        assertTrue(!box.hasRole(box.BALLOT_ADMIN_ROLE(), address(this)), "deployer holds no role");
        assertEq(box.BALLOT_ADMIN_ROLE(), keccak256("BALLOT_ADMIN_ROLE"), "role id");
        assertEq(box.MAX_OPTIONS(), 32, "max options");
        assertEq(box.MIN_OPTIONS(), 2, "min options");
    }

    function test_constructor_revertsOnZeroDidRegistry() public {
        vm.expectRevert(BallotBox.BallotBoxZeroAddress.selector);
        new BallotBox(IIdentityOwners(address(0)), ICredentialStatus(address(creds)), ADMIN);
    }

    function test_constructor_revertsOnZeroCredentials() public {
        vm.expectRevert(BallotBox.BallotBoxZeroAddress.selector);
        new BallotBox(IIdentityOwners(address(did)), ICredentialStatus(address(0)), ADMIN);
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(BallotBox.BallotBoxZeroAddress.selector);
        new BallotBox(IIdentityOwners(address(did)), ICredentialStatus(address(creds)), address(0));
    }

    function test_eip712_domainAndTypeHash() public view {
        (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifying, bytes32 salt,
            uint256[] memory extensions) = box.eip712Domain();
        assertEq(uint256(uint8(fields)), 0x0f, "fields: name, version, chainId, verifyingContract");
        assertEq(name, "CityToken BallotBox", "name");
        assertEq(version, "1", "version");
        assertEq(chainId, block.chainid, "chain id");
        assertEq(verifying, address(box), "verifying contract");
        assertEq(salt, bytes32(0), "salt");
        assertEq(extensions.length, 0, "extensions");
        assertEq(box.DOMAIN_SEPARATOR(), _domainSeparator(block.chainid, address(box)), "domain separator");
        assertEq(
            box.VOTE_TYPEHASH(),
            keccak256("Vote(address voter,uint256 ballotId,uint256 option,uint256 nonce,uint256 deadline)"),
            "type hash"
        );
        assertEq(
            box.voteDigest(alice, 7, 1, 3, 99),
            _digest(block.chainid, address(box), alice, 7, 1, 3, 99),
            "vote digest"
        );
    }

    function test_domainSeparator_followsChainId() public {
        vm.chainId(5);
        assertEq(box.DOMAIN_SEPARATOR(), _domainSeparator(5, address(box)), "rebuilt for the new chain");
    }

    function test_defaultAdmin_grantsBallotAdmin_whoCanCreate() public {
        bytes32 role = box.BALLOT_ADMIN_ROLE();
        vm.prank(ADMIN);
        box.grantRole(role, STRANGER);
        vm.prank(STRANGER);
        uint256 id = box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
        assertEq(id, 2, "second ballot");
    }

    function test_nonAdmin_cannotGrantBallotAdmin() public {
        bytes32 role = box.BALLOT_ADMIN_ROLE();
        bytes32 adminRole = box.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, adminRole)
        );
        vm.prank(STRANGER);
        box.grantRole(role, STRANGER);
    }

    function test_defaultAdminAlone_cannotCreateBallots() public {
        bytes32 adminRole = box.DEFAULT_ADMIN_ROLE();
        bytes32 ballotRole = box.BALLOT_ADMIN_ROLE();
        vm.prank(ADMIN);
        box.grantRole(adminRole, STRANGER);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, ballotRole)
        );
        vm.prank(STRANGER);
        box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
    }

    function test_revokedBallotAdmin_canNoLongerCreateOrCancel() public {
        bytes32 role = box.BALLOT_ADMIN_ROLE();
        vm.prank(ADMIN);
        box.revokeRole(role, ADMIN);
        assertTrue(!box.hasRole(role, ADMIN), "revoked");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ADMIN, role));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ADMIN, role));
        vm.prank(ADMIN);
        box.cancelBallot(ballotId);
    }

    // ================================================================ createBallot

    function test_createBallot_storesEverythingAndEmits() public {
        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.BallotCreated(2, OTHER_TYPE, META_HASH, "ipfs://x", 32, START + 5, END + 5, 10);
        vm.prank(ADMIN);
        uint256 id = box.createBallot(META_HASH, "ipfs://x", 32, START + 5, END + 5, 10, OTHER_TYPE);

        assertEq(id, 2, "id");
        assertEq(box.ballotCount(), 2, "count");
        BallotBox.Ballot memory b = box.getBallot(id);
        assertEq(b.metadataHash, META_HASH, "hash");
        assertEq(b.metadataURI, "ipfs://x", "uri");
        assertEq(b.credentialType, OTHER_TYPE, "type");
        assertEq(b.start, START + 5, "start");
        assertEq(b.end, END + 5, "end");
        assertEq(b.optionCount, 32, "options");
        assertEq(b.quorum, 10, "quorum");
        assertEq(b.turnout, 0, "turnout");
        assertEq(b.cancelled, false, "cancelled");
        assertTrue(box.status(id) == BallotBox.BallotStatus.Pending, "pending");
        assertEq(box.tallies(id).length, 32, "one tally per option");
    }

    function test_createBallot_firstIdIsOne() public view {
        assertEq(ballotId, 1, "first id");
        assertEq(box.ballotCount(), 1, "count");
    }

    function test_createBallot_acceptsHashOnlyAndUriOnly() public {
        vm.startPrank(ADMIN);
        uint256 hashOnly = box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
        uint256 uriOnly = box.createBallot(bytes32(0), META_URI, 2, START, END, 0, RESIDENT);
        vm.stopPrank();
        assertEq(box.getBallot(hashOnly).metadataHash, META_HASH, "hash only");
        assertEq(box.getBallot(uriOnly).metadataURI, META_URI, "uri only");
    }

    function test_createBallot_startingNowIsActiveAtOnce() public {
        vm.prank(ADMIN);
        uint256 id = box.createBallot(META_HASH, "", 2, T0, T0 + 1, 0, RESIDENT);
        assertTrue(box.status(id) == BallotBox.BallotStatus.Active, "active");
    }

    function test_createBallot_revertsWithoutMetadata() public {
        vm.expectRevert(BallotBox.BallotBoxMissingMetadata.selector);
        vm.prank(ADMIN);
        box.createBallot(bytes32(0), "", 2, START, END, 0, RESIDENT);
    }

    function test_createBallot_revertsOnTooFewOptions() public {
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOptionCount.selector, 1));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 1, START, END, 0, RESIDENT);
    }

    function test_createBallot_revertsOnTooManyOptions() public {
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOptionCount.selector, 33));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 33, START, END, 0, RESIDENT);
    }

    function test_createBallot_revertsOnStartInPast() public {
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidWindow.selector, T0 - 1, END));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 2, T0 - 1, END, 0, RESIDENT);
    }

    function test_createBallot_revertsOnEmptyWindow() public {
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidWindow.selector, START, START));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 2, START, START, 0, RESIDENT);
    }

    function test_createBallot_revertsOnZeroCredentialType() public {
        vm.expectRevert(BallotBox.BallotBoxZeroCredentialType.selector);
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 2, START, END, 0, bytes32(0));
    }

    function test_createBallot_onlyBallotAdmin() public {
        bytes32 role = box.BALLOT_ADMIN_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        vm.prank(alice);
        box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
    }

    // ================================================================ cancelBallot

    function test_cancelBallot_beforeStart() public {
        vm.warp(START - 1);
        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.BallotCancelled(ballotId);
        vm.prank(ADMIN);
        box.cancelBallot(ballotId);
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Cancelled, "cancelled");
        assertEq(box.getBallot(ballotId).cancelled, true, "flag");
        vm.warp(END);
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Cancelled, "stays cancelled after end");
        (, , bool reached, bool isFinal) = box.results(ballotId);
        assertEq(reached, false, "no quorum for a cancelled ballot");
        assertEq(isFinal, false, "a cancelled ballot has no final result");
    }

    function test_cancelBallot_revertsAtStart() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxAlreadyStarted.selector, ballotId, START));
        vm.prank(ADMIN);
        box.cancelBallot(ballotId);
    }

    function test_cancelBallot_revertsTwice() public {
        vm.startPrank(ADMIN);
        box.cancelBallot(ballotId);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxBallotCancelled.selector, ballotId));
        box.cancelBallot(ballotId);
        vm.stopPrank();
    }

    function test_cancelBallot_revertsOnUnknownBallot() public {
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxUnknownBallot.selector, 2));
        vm.prank(ADMIN);
        box.cancelBallot(2);
    }

    function test_cancelBallot_onlyBallotAdmin() public {
        bytes32 role = box.BALLOT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, role)
        );
        vm.prank(STRANGER);
        box.cancelBallot(ballotId);
    }

    // ================================================================ castVote

    function test_castVote_countsAndEmits() public {
        vm.warp(START);
        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.VoteCast(ballotId, alice, ALICE_PERSON, 2, alice);
        vm.prank(alice);
        box.castVote(ballotId, alice, 2);

        uint256[] memory t = box.tallies(ballotId);
        assertEq(t.length, OPTIONS, "tally length");
        assertEq(t[0], 0, "option 0");
        assertEq(t[1], 0, "option 1");
        assertEq(t[2], 1, "option 2");
        assertEq(box.turnout(ballotId), 1, "turnout");
        assertEq(box.getBallot(ballotId).turnout, 1, "stored turnout");
        assertTrue(box.hasVoted(ballotId, ALICE_PERSON), "alice's person voted");
        assertTrue(!box.hasVoted(ballotId, BOB_PERSON), "bob's person did not");
        assertEq(box.nonces(alice), 0, "direct votes use no nonce");
    }

    function test_castVote_anyoneButTheOwnerReverts() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotIdentityOwner.selector, alice, bob, alice));
        vm.prank(bob);
        box.castVote(ballotId, alice, 0);
    }

    function test_castVote_relayerCannotVoteDirectly() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotIdentityOwner.selector, alice, ADMIN, alice));
        vm.prank(ADMIN);
        box.castVote(ballotId, alice, 0);
    }

    function test_castVote_revertsOnUnknownBallot() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxUnknownBallot.selector, 0));
        vm.prank(alice);
        box.castVote(0, alice, 0);
    }

    function test_castVote_revertsBeforeStart() public {
        vm.warp(START - 1);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotOpen.selector, ballotId, START));
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);
    }

    function test_castVote_lastSecondCountsAndEndIsClosed() public {
        vm.warp(END - 1);
        _vote(ballotId, alice, 0);
        vm.warp(END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxClosed.selector, ballotId, END));
        vm.prank(bob);
        box.castVote(ballotId, bob, 0);
        assertEq(box.turnout(ballotId), 1, "only the in-window vote");
    }

    function test_castVote_revertsOnCancelledBallot() public {
        vm.prank(ADMIN);
        box.cancelBallot(ballotId);
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxBallotCancelled.selector, ballotId));
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);
    }

    function test_castVote_revertsOnInvalidOption() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOption.selector, ballotId, 3, 3));
        vm.prank(alice);
        box.castVote(ballotId, alice, OPTIONS);
    }

    function test_castVote_revertsWithoutCredential() public {
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 0);
    }

    function test_castVote_revertsWithCredentialOfAnotherType() public {
        _issue(carol, OTHER_TYPE, CAROL_PERSON);
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 0);
    }

    function test_castVote_revertsOnSecondVoteSameIdentity() public {
        vm.warp(START);
        _vote(ballotId, alice, 0);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxAlreadyVoted.selector, ballotId, ALICE_PERSON));
        vm.prank(alice);
        box.castVote(ballotId, alice, 1);
        assertEq(box.turnout(ballotId), 1, "counted once");
    }

    function test_castVote_sameIdentityVotesInEveryBallot() public {
        uint256 second = _createBallot(START, END);
        vm.warp(START);
        _vote(ballotId, alice, 0);
        _vote(second, alice, 1);
        assertEq(box.tallies(ballotId)[0], 1, "first ballot");
        assertEq(box.tallies(second)[1], 1, "second ballot");
    }

    // ---------------------------------------------------------------- identity rotation and person keys

    function test_rotatedDid_oldOwnerCannotVote_newOwnerCan() public {
        _rotate(alice, newOwner);
        vm.warp(START);

        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotIdentityOwner.selector, alice, alice, newOwner));
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);

        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.VoteCast(ballotId, alice, ALICE_PERSON, 1, newOwner);
        vm.prank(newOwner);
        box.castVote(ballotId, alice, 1);
        assertEq(box.tallies(ballotId)[1], 1, "new owner's vote counted");
    }

    function test_rotatingAfterVotingGivesNoSecondVote() public {
        vm.warp(START);
        _vote(ballotId, alice, 0);
        _rotate(alice, newOwner);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxAlreadyVoted.selector, ballotId, ALICE_PERSON));
        vm.prank(newOwner);
        box.castVote(ballotId, alice, 1);
        assertEq(box.turnout(ballotId), 1, "one vote for one person");
    }

    function test_secondDidOfSamePerson_cannotVoteTwice() public {
        // Alice votes through her DID, then the registrar moves her residency (same person key) to a second DID.
        vm.warp(START);
        _vote(ballotId, alice, 0);
        vm.warp(START + 1);
        _issue(carol, ALICE_PERSON);
        assertTrue(creds.isValid(carol, RESIDENT, block.timestamp), "second DID is a resident now");
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 1);
        assertEq(box.turnout(ballotId), 1, "one vote per person");
    }

    function test_secondDidOfSamePerson_beforeStart_onlyTheNewDidVotes() public {
        // The person moves to a second DID before the ballot opens: the registry supersedes the first one.
        vm.warp(START - 1);
        _issue(carol, ALICE_PERSON);
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, alice));
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);

        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.VoteCast(ballotId, carol, ALICE_PERSON, 1, carol);
        vm.prank(carol);
        box.castVote(ballotId, carol, 1);
        assertTrue(box.hasVoted(ballotId, ALICE_PERSON), "counted under the person key");
    }

    function test_personKeyCountsOnce_evenIfTwoDidsWereValidAtStart() public {
        // The real registry never lets two DIDs of one person be valid at the same instant; BallotBox does not
        // rely on that. Override one answer of the real registry so a second DID reports Alice's person key.
        vm.mockCall(
            address(creds),
            abi.encodeCall(ICredentialStatus.credentialStandingAt, (carol, RESIDENT, uint256(START))),
            abi.encode(true, ALICE_PERSON, false)
        );
        vm.warp(START);
        _vote(ballotId, alice, 0);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxAlreadyVoted.selector, ballotId, ALICE_PERSON));
        vm.prank(carol);
        box.castVote(ballotId, carol, 1);
        vm.clearMockedCalls();
        assertEq(box.turnout(ballotId), 1, "one vote per person key");
    }

    function test_credentialExpiringAfterStart_staysEligible() public {
        _issue(carol, RESIDENT, CAROL_PERSON, START + 1);
        vm.warp(START + 100);
        _vote(ballotId, carol, 0);
        assertTrue(box.hasVoted(ballotId, CAROL_PERSON), "valid at start is enough");
    }

    function test_credentialExpiredAtStart_isNotEligible() public {
        _issue(carol, RESIDENT, CAROL_PERSON, START);
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 0);
    }

    function test_credentialIssuedAfterStart_isNotEligible() public {
        vm.warp(START + 1);
        _issue(carol, CAROL_PERSON);
        assertTrue(creds.isValid(carol, RESIDENT, block.timestamp), "valid now");
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 0);
    }

    function test_credentialIssuedAtStart_isEligible() public {
        vm.warp(START);
        _issue(carol, CAROL_PERSON);
        _vote(ballotId, carol, 0);
        assertTrue(box.hasVoted(ballotId, CAROL_PERSON), "voted");
    }

    function test_credentialRevokedAfterStart_cannotVote() public {
        vm.warp(START + 10);
        _revoke(alice);
        assertTrue(creds.isValid(alice, RESIDENT, START), "was valid at the start");
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxCredentialRevoked.selector, ballotId, alice));
        vm.prank(alice);
        box.castVote(ballotId, alice, 2);
        assertEq(box.turnout(ballotId), 0, "a revoked credential is not counted");
    }

    function test_credentialRevokedAfterStart_relayedVoteReverts_nonceNotUsed() public {
        vm.warp(START + 10);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, START + 600);
        _revoke(alice);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxCredentialRevoked.selector, ballotId, alice));
        vm.prank(RELAYER);
        box.castVoteBySig(ballotId, alice, 1, START + 600, sig);
        assertEq(box.nonces(alice), 0, "the reverted relay used no nonce");
    }

    function test_credentialRevokedAfterVoting_voteStaysCounted() public {
        vm.warp(START + 10);
        _vote(ballotId, alice, 2);
        _revoke(alice);
        assertEq(box.tallies(ballotId)[2], 1, "a vote cast before the revocation stays");
    }

    function test_credentialSupersededAfterStart_staysEligible() public {
        // A renewal (same person, same DID) supersedes the credential: not fraud, so the vote still counts.
        vm.warp(START + 10);
        _issue(alice, ALICE_PERSON);
        assertTrue(creds.isValid(alice, RESIDENT, START), "the superseded credential was valid at the start");
        _vote(ballotId, alice, 2);
        assertEq(box.tallies(ballotId)[2], 1, "frozen eligibility counted");
    }

    function test_credentialExpiredAfterStart_staysEligible() public {
        _issue(carol, RESIDENT, CAROL_PERSON, START + 5);
        vm.warp(START + 100);
        assertTrue(!creds.isValid(carol, RESIDENT, block.timestamp), "expired now");
        _vote(ballotId, carol, 1);
        assertTrue(box.hasVoted(ballotId, CAROL_PERSON), "expiry is judged at the start");
    }

    function test_credentialRevokedBeforeStart_isNotEligible() public {
        vm.warp(START - 1);
        _revoke(alice);
        vm.warp(START);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, alice));
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);
    }

    // ================================================================ castVoteBySig

    function test_castVoteBySig_relayedVoteCounts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, START + 60);
        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.VoteCast(ballotId, alice, ALICE_PERSON, 1, alice);
        vm.prank(RELAYER);
        box.castVoteBySig(ballotId, alice, 1, START + 60, sig);
        assertEq(box.tallies(ballotId)[1], 1, "tally");
        assertEq(box.nonces(alice), 1, "nonce used");
        assertTrue(box.hasVoted(ballotId, ALICE_PERSON), "voted");
    }

    function test_castVoteBySig_deadlineIsInclusive() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 0, START);
        box.castVoteBySig(ballotId, alice, 0, START, sig);
        assertEq(box.turnout(ballotId), 1, "counted at the deadline second");
    }

    function test_castVoteBySig_replayReverts() public {
        uint256 second = _createBallot(START, END);
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, END);
        box.castVoteBySig(ballotId, alice, 1, END, sig);

        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
        // Nor can the used signature be replayed on another ballot.
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(second, alice, 1, END, sig);
        assertEq(box.nonces(alice), 1, "nonce used once");
        assertEq(box.turnout(ballotId), 1, "counted once");
    }

    function test_castVoteBySig_expiredReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, START + 10);
        vm.warp(START + 11);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxExpiredSignature.selector, START + 10));
        box.castVoteBySig(ballotId, alice, 1, START + 10, sig);
    }

    function test_castVoteBySig_signedForAnotherChainReverts() public {
        vm.warp(START);
        bytes memory sig = _signDigest(ALICE_PK, _digest(1, address(box), alice, ballotId, 1, 0, END));
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    function test_castVoteBySig_relayedOnAnotherChainReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, END); // signed for this chain
        vm.chainId(block.chainid + 1); // a fork replays it elsewhere
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    function test_castVoteBySig_signedForAnotherContractReverts() public {
        vm.warp(START);
        bytes memory sig = _signDigest(ALICE_PK, _digest(block.chainid, address(did), alice, ballotId, 1, 0, END));
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    function test_castVoteBySig_wrongSignerReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(BOB_PK, alice, ballotId, 1, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    function test_castVoteBySig_tamperedOptionReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 2, END, sig);
    }

    function test_castVoteBySig_malformedSignatureReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, END);
        bytes memory short = new bytes(64);
        for (uint256 i = 0; i < 64; ++i) short[i] = sig[i];
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, short);
    }

    function test_castVoteBySig_oldOwnerAfterRotationReverts_newOwnerWorks() public {
        vm.warp(START);
        bytes memory oldSig = _signVote(ALICE_PK, alice, ballotId, 1, END);
        _rotate(alice, newOwner);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, newOwner));
        box.castVoteBySig(ballotId, alice, 1, END, oldSig);

        bytes memory newSig = _signVote(NEW_OWNER_PK, alice, ballotId, 0, END);
        vm.expectEmit(true, true, true, true, address(box));
        emit BallotBox.VoteCast(ballotId, alice, ALICE_PERSON, 0, newOwner);
        box.castVoteBySig(ballotId, alice, 0, END, newSig);
        assertEq(box.tallies(ballotId)[0], 1, "counted");
    }

    function test_castVoteBySig_contractOwnerSignsWithErc1271() public {
        ERC1271WalletMock wallet = new ERC1271WalletMock(newOwner);
        _rotate(alice, address(wallet));
        vm.warp(START);
        bytes memory sig = _signVote(NEW_OWNER_PK, alice, ballotId, 2, END);
        box.castVoteBySig(ballotId, alice, 2, END, sig);
        assertEq(box.tallies(ballotId)[2], 1, "wallet-owned identity voted");

        bytes memory bad = _signVote(BOB_PK, bob, ballotId, 0, END);
        _rotate(bob, address(wallet));
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, bob, address(wallet)));
        box.castVoteBySig(ballotId, bob, 0, END, bad);
    }

    function test_castVoteBySig_zeroIdentityReverts() public {
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, address(0), ballotId, 0, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, address(0), address(0)));
        box.castVoteBySig(ballotId, address(0), 0, END, sig);
    }

    function test_castVoteBySig_noncesArePerIdentity() public {
        vm.warp(START);
        box.castVoteBySig(ballotId, alice, 0, END, _signVote(ALICE_PK, alice, ballotId, 0, END));
        assertEq(box.nonces(alice), 1, "alice used one");
        assertEq(box.nonces(bob), 0, "bob untouched");
        box.castVoteBySig(ballotId, bob, 1, END, _signVote(BOB_PK, bob, ballotId, 1, END));
        assertEq(box.nonces(bob), 1, "bob used one");
        assertEq(box.turnout(ballotId), 2, "both counted");
    }

    function test_castVoteBySig_ineligibleIdentityReverts_nonceNotUsed() public {
        vm.warp(START);
        bytes memory sig = _signVote(CAROL_PK, carol, ballotId, 0, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        box.castVoteBySig(ballotId, carol, 0, END, sig);
        assertEq(box.nonces(carol), 0, "a failed vote keeps the nonce");
    }

    function test_castVoteBySig_alreadyVotedDirectlyReverts() public {
        vm.warp(START);
        _vote(ballotId, alice, 0);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxAlreadyVoted.selector, ballotId, ALICE_PERSON));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    function test_castVoteBySig_checksTheBallotLikeCastVote() public {
        bytes memory early = _signVote(ALICE_PK, alice, ballotId, 0, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotOpen.selector, ballotId, START));
        box.castVoteBySig(ballotId, alice, 0, END, early);

        vm.warp(START);
        bytes memory badOption = _signVote(ALICE_PK, alice, ballotId, 9, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOption.selector, ballotId, 9, 3));
        box.castVoteBySig(ballotId, alice, 9, END, badOption);

        bytes memory unknown = _signVote(ALICE_PK, alice, 42, 0, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxUnknownBallot.selector, 42));
        box.castVoteBySig(42, alice, 0, END, unknown);
    }

    // ================================================================ results and views

    function test_statusFollowsTheClock() public {
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Pending, "pending");
        vm.warp(START);
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Active, "active at start");
        vm.warp(END - 1);
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Active, "active until end");
        vm.warp(END);
        assertTrue(box.status(ballotId) == BallotBox.BallotStatus.Ended, "ended at end");
    }

    function test_results_quorumAndFinality() public {
        vm.warp(START);
        _vote(ballotId, alice, 1);
        (uint256[] memory t, uint256 total, bool reached, bool isFinal) = box.results(ballotId);
        assertEq(t[1], 1, "tally");
        assertEq(total, 1, "turnout");
        assertEq(reached, false, "1 < quorum 2");
        assertEq(isFinal, false, "still open");
        assertEq(box.quorumReached(ballotId), false, "quorumReached view");

        _vote(ballotId, bob, 1);
        assertEq(box.quorumReached(ballotId), true, "2 >= quorum 2");

        vm.warp(END);
        (t, total, reached, isFinal) = box.results(ballotId);
        assertEq(t[0] + t[1] + t[2], 2, "sum");
        assertEq(t[1], 2, "option 1 wins");
        assertEq(total, 2, "turnout");
        assertEq(reached, true, "quorum");
        assertEq(isFinal, true, "final after end");
    }

    function test_results_zeroQuorumIsAlwaysReached() public {
        vm.prank(ADMIN);
        uint256 id = box.createBallot(META_HASH, "", 2, START, END, 0, RESIDENT);
        assertEq(box.quorumReached(id), true, "no quorum needed");
    }

    function test_views_revertOnUnknownBallot() public {
        bytes memory err = abi.encodeWithSelector(BallotBox.BallotBoxUnknownBallot.selector, 9);
        vm.expectRevert(err);
        box.getBallot(9);
        vm.expectRevert(err);
        box.tallies(9);
        vm.expectRevert(err);
        box.results(9);
        vm.expectRevert(err);
        box.status(9);
        vm.expectRevert(err);
        box.turnout(9);
        vm.expectRevert(err);
        box.quorumReached(9);
        vm.expectRevert(err);
        box.hasVoted(9, ALICE_PERSON);
    }

    // ================================================================ fuzz

    function testFuzz_createBallot_optionCount(uint8 optionCount) public {
        bool ok = optionCount >= 2 && optionCount <= 32;
        if (!ok) vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOptionCount.selector, optionCount));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", optionCount, START, END, 0, RESIDENT);
        if (ok) assertEq(box.tallies(2).length, optionCount, "one tally per option");
        assertEq(box.ballotCount(), ok ? 2 : 1, "created only when valid");
    }

    function testFuzz_createBallot_window(uint64 start, uint64 end) public {
        bool ok = start >= T0 && end > start;
        if (!ok) vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidWindow.selector, start, end));
        vm.prank(ADMIN);
        box.createBallot(META_HASH, "", 2, start, end, 0, RESIDENT);
        assertEq(box.ballotCount(), ok ? 2 : 1, "created only when valid");
    }

    function testFuzz_castVote_onlyInsideTheWindow(uint64 when) public {
        when = uint64(bound(when, T0, END + 1 days));
        vm.warp(when);
        if (when < START) {
            vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotOpen.selector, ballotId, START));
        } else if (when >= END) {
            vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxClosed.selector, ballotId, END));
        }
        vm.prank(alice);
        box.castVote(ballotId, alice, 0);
        assertEq(box.turnout(ballotId), when >= START && when < END ? 1 : 0, "counted only inside [start, end)");
    }

    function testFuzz_castVote_option(uint256 option) public {
        vm.warp(START);
        if (option >= OPTIONS) {
            vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidOption.selector, ballotId, option, 3));
        }
        vm.prank(alice);
        box.castVote(ballotId, alice, option);
        if (option < OPTIONS) assertEq(box.tallies(ballotId)[option], 1, "chosen option counted");
        else assertEq(box.turnout(ballotId), 0, "nothing counted");
    }

    function testFuzz_castVote_eligibilityFrozenAtStart(uint32 issueOffset, uint32 revokeOffset) public {
        // Carol is credentialed at T0 + issueOffset and revoked revokeOffset later; she votes mid-ballot.
        uint256 issuedAt = T0 + bound(issueOffset, 0, 2 hours);
        uint256 revokedAt = issuedAt + bound(revokeOffset, 1, 2 hours);
        uint256 voteAt = START + 12 hours;
        vm.warp(issuedAt);
        _issue(carol, CAROL_PERSON);
        vm.warp(revokedAt);
        _revoke(carol);
        vm.warp(voteAt);
        bool validAtStart = issuedAt <= START && START < revokedAt;
        // Valid at the start but revoked since (revocation is judged at vote time): refused as revoked.
        if (validAtStart) vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxCredentialRevoked.selector, ballotId, carol));
        else vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxNotEligible.selector, ballotId, carol));
        vm.prank(carol);
        box.castVote(ballotId, carol, 0);
        assertTrue(!box.hasVoted(ballotId, CAROL_PERSON), "a revoked credential never votes");
    }

    function testFuzz_castVoteBySig_anyOwnerKey(uint256 pk, uint8 option) public {
        pk = bound(pk, 1, SECP256K1_ORDER - 1);
        address identity = vm.addr(pk);
        vm.assume(identity != alice && identity != bob);
        option = uint8(bound(option, 0, OPTIONS - 1));
        _issue(identity, keccak256(abi.encode(identity)));
        vm.warp(START);
        bytes memory sig = _signVote(pk, identity, ballotId, option, END);
        vm.prank(RELAYER);
        box.castVoteBySig(ballotId, identity, option, END, sig);
        assertEq(box.tallies(ballotId)[option], 1, "counted");
        assertEq(box.nonces(identity), 1, "nonce used");
    }

    function testFuzz_castVoteBySig_otherKeysAreRejected(uint256 pk) public {
        pk = bound(pk, 1, SECP256K1_ORDER - 1);
        vm.assume(pk != ALICE_PK);
        vm.warp(START);
        bytes memory sig = _signVote(pk, alice, ballotId, 0, END);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 0, END, sig);
    }

    function testFuzz_castVoteBySig_tamperedSignatureIsRejected(uint8 index, uint8 mask) public {
        vm.assume(mask != 0);
        index = uint8(bound(index, 0, 64));
        vm.warp(START);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 0, END);
        sig[index] = sig[index] ^ bytes1(mask);
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 0, END, sig);
    }

    function testFuzz_castVoteBySig_deadline(uint64 deadline, uint64 when) public {
        when = uint64(bound(when, START, END - 1));
        vm.warp(when);
        bytes memory sig = _signVote(ALICE_PK, alice, ballotId, 1, deadline);
        if (when > deadline) {
            vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxExpiredSignature.selector, deadline));
        }
        box.castVoteBySig(ballotId, alice, 1, deadline, sig);
        assertEq(box.turnout(ballotId), when <= deadline ? 1 : 0, "counted iff not expired");
    }

    function testFuzz_castVoteBySig_otherChains(uint64 chainId) public {
        vm.assume(chainId != block.chainid);
        vm.warp(START);
        bytes memory sig = _signDigest(ALICE_PK, _digest(chainId, address(box), alice, ballotId, 1, 0, END));
        vm.expectRevert(abi.encodeWithSelector(BallotBox.BallotBoxInvalidSigner.selector, alice, alice));
        box.castVoteBySig(ballotId, alice, 1, END, sig);
    }

    uint256 private constant SECP256K1_ORDER =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
}
