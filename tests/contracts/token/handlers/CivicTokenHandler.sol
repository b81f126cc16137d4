// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CivicToken} from "../../../../contracts/token/CivicToken.sol";
import {Vm} from "../../utils/Cheats.sol";

/// @dev Drives CivicToken through random mints, batches, replays, burns, transfers, cap changes and time, and
/// keeps ghost accounting for the invariant tests. It is the token's admin, minter and pauser.
contract CivicTokenHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant ACTORS = 6;

    CivicToken public immutable token;

    uint256 public ghostMinted;
    uint256 public ghostBurned;
    bytes32[] public mintedBatchIds;
    uint256 public batchReplaysAccepted;
    uint256 public capBreaches;
    mapping(uint64 period => uint256) public ghostMintedInPeriod;
    uint256 internal _nextBatch;

    constructor() {
        token = new CivicToken("CityToken", "CITY", address(this));
        token.setMintCap(1_000 ether);
    }

    function actor(uint256 index) public pure returns (address) {
        return address(uint160(0x1000 + (index % ACTORS)));
    }

    function actorCount() external pure returns (uint256) {
        return ACTORS;
    }

    function mintedBatchCount() external view returns (uint256) {
        return mintedBatchIds.length;
    }

    function mint(uint256 who, uint256 amount) external {
        amount = amount % 400 ether;
        try token.mint(actor(who), amount) {
            _recordMint(amount);
        } catch {}
    }

    function mintBatch(uint256 seed, uint8 size) external {
        uint256 n = 1 + (uint256(size) % 12);
        address[] memory recipients = new address[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            recipients[i] = actor(uint256(keccak256(abi.encode(seed, i))));
            amounts[i] = 1 + (uint256(keccak256(abi.encode(i, seed))) % 60 ether);
            total += amounts[i];
        }
        bytes32 id = keccak256(abi.encode("batch", ++_nextBatch));
        try token.mintBatch(id, recipients, amounts) {
            mintedBatchIds.push(id);
            _recordMint(total);
        } catch {}
    }

    function replayBatch(uint256 index) external {
        if (mintedBatchIds.length == 0) return;
        address[] memory recipients = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        recipients[0] = actor(index);
        amounts[0] = 1;
        try token.mintBatch(mintedBatchIds[index % mintedBatchIds.length], recipients, amounts) {
            ++batchReplaysAccepted;
        } catch {}
    }

    function burn(uint256 who, uint256 amount) external {
        address holder = actor(who);
        amount = amount % (token.balanceOf(holder) + 1);
        vm.prank(holder);
        token.burn(amount);
        ghostBurned += amount;
    }

    function transfer(uint256 from, uint256 to, uint256 amount) external {
        address sender = actor(from);
        amount = amount % (token.balanceOf(sender) + 1);
        vm.prank(sender);
        token.transfer(actor(to), amount);
    }

    function setCap(uint128 cap) external {
        token.setMintCap(cap % 2_000 ether);
    }

    function warp(uint32 seconds_) external {
        vm.warp(block.timestamp + (seconds_ % 3 days));
    }

    /// @dev Counts a successful mint in its period and flags it if it took the period's mints over the cap
    /// in force. (A zero mint adds nothing: it may pass after the admin lowered the cap below what was minted.)
    function _recordMint(uint256 amount) private {
        ghostMinted += amount;
        uint64 period = token.currentMintPeriod();
        ghostMintedInPeriod[period] += amount;
        if (amount > 0 && ghostMintedInPeriod[period] > token.mintCap()) ++capBreaches;
    }
}
