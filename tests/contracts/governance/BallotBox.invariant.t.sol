// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {BallotBoxTestBase} from "./BallotBoxTestBase.sol";
import {BallotBoxHandler} from "./BallotBoxHandler.sol";

/// @dev Selector targeting, as read by the invariant runner (same layout as forge-std's StdInvariant).
struct FuzzSelector {
    address addr;
    bytes4[] selectors;
}

/// @dev Invariants of BallotBox under random votes, rotations, residency moves and time, on the real registries.
contract BallotBoxInvariantTest is BallotBoxTestBase {
    BallotBoxHandler internal handler;

    function setUp() public override {
        super.setUp();
        uint256[] memory ids = new uint256[](2);
        ids[0] = ballotId;
        ids[1] = _createBallot(START + 3 hours, START + 9 hours);
        handler = new BallotBoxHandler(box, did, creds, REGISTRAR, RESIDENT, EXPIRY, ids);
        handler.seedCredentials();
    }

    /// @dev The invariant runner calls only the handler, and only its actions.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](5);
        selectors[0] = BallotBoxHandler.castVote.selector;
        selectors[1] = BallotBoxHandler.castVoteBySig.selector;
        selectors[2] = BallotBoxHandler.rotateOwner.selector;
        selectors[3] = BallotBoxHandler.moveResidency.selector;
        selectors[4] = BallotBoxHandler.advanceTime.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector(address(handler), selectors);
    }

    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 40
    function invariant_atMostOneCountedVotePerPersonPerBallot() public view {
        uint256[] memory ids = handler.ballots();
        for (uint256 b = 0; b < ids.length; ++b) {
            uint256 voters;
            for (uint256 p = 0; p < handler.PERSONS(); ++p) {
                bytes32 key = handler.personKey(p);
                uint256 accepted = handler.ghostVotes(ids[b], key);
                assertTrue(accepted <= 1, "a person's vote was accepted twice");
                assertEq(box.hasVoted(ids[b], key), accepted == 1, "hasVoted matches accepted votes");
                if (accepted == 1) ++voters;
            }
            // Every counted vote belongs to a distinct person key.
            assertEq(box.turnout(ids[b]), voters, "turnout equals distinct persons who voted");
        }
    }

    /// forge-config: default.invariant.runs = 64
    /// forge-config: default.invariant.depth = 40
    function invariant_talliesSumToTurnout() public view {
        uint256[] memory ids = handler.ballots();
        for (uint256 b = 0; b < ids.length; ++b) {
            (uint256[] memory counts, uint256 turnout, bool reached,) = box.results(ids[b]);
            uint256 sum;
            for (uint256 i = 0; i < counts.length; ++i) {
                sum += counts[i];
            }
            assertEq(sum, turnout, "tallies sum to turnout");
            assertEq(turnout, handler.ghostTurnout(ids[b]), "turnout equals accepted votes");
            assertEq(reached, turnout >= QUORUM, "quorum flag");
        }
    }
}
