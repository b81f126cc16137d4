// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CivicToken} from "../../../contracts/token/CivicToken.sol";
import {CheatsTest, InvariantTargets} from "../utils/Cheats.sol";
import {CivicTokenHandler} from "./handlers/CivicTokenHandler.sol";

/// @dev Invariants of CivicToken under random sequences of handler calls.
contract CivicTokenInvariantsTest is CheatsTest, InvariantTargets {
    CivicTokenHandler internal handler;
    CivicToken internal token;

    function setUp() public {
        vm.warp(1_750_000_000);
        handler = new CivicTokenHandler();
        token = handler.token();
        targetContract(address(handler));
    }

    /// hardhat-config: invariant.runs = 48
    /// hardhat-config: invariant.depth = 40
    function invariant_supplyEqualsMintedMinusBurned() public view {
        assertEq(token.totalSupply(), handler.ghostMinted() - handler.ghostBurned(), "supply");
        uint256 sum;
        for (uint256 i; i < handler.actorCount(); ++i) sum += token.balanceOf(handler.actor(i));
        assertEq(sum, token.totalSupply(), "balances sum to supply");
    }

    /// hardhat-config: invariant.runs = 48
    /// hardhat-config: invariant.depth = 40
    function invariant_noBatchIdMintedTwice() public view {
        assertEq(handler.batchReplaysAccepted(), 0, "a batch id minted twice");
        uint256 count = handler.mintedBatchCount();
        for (uint256 i; i < count; ++i) assertTrue(token.isBatchMinted(handler.mintedBatchIds(i)), "recorded");
    }

    /// hardhat-config: invariant.runs = 48
    /// hardhat-config: invariant.depth = 40
    function invariant_mintsWithinCapPerPeriod() public view {
        assertEq(handler.capBreaches(), 0, "a period minted over its cap");
        uint64 period = token.currentMintPeriod();
        assertEq(token.mintedInCurrentPeriod(), handler.ghostMintedInPeriod(period), "period accounting");
    }
}
