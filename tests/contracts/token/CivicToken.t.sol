// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {CivicToken} from "../../../contracts/token/CivicToken.sol";
import {CheatsTest, Vm} from "../utils/Cheats.sol";

contract CivicTokenTest is CheatsTest {
    CivicToken internal token;
    address internal constant ADMIN = address(0xA11CE);
    address internal constant RESIDENT = address(0xB0B);
    address internal constant NEIGHBOUR = address(0xCAFE);
    address internal constant MERCHANT = address(0x5409);
    bytes32 internal constant BATCH = keccak256("batch-1");
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    bytes32 internal MINTER_ROLE;
    bytes32 internal PAUSER_ROLE;
    bytes32 internal ADMIN_ROLE;

    function setUp() public {
        vm.warp(1_750_000_000);
        token = new CivicToken("CityToken", "CITY", ADMIN);
        MINTER_ROLE = token.MINTER_ROLE();
        PAUSER_ROLE = token.PAUSER_ROLE();
        ADMIN_ROLE = token.DEFAULT_ADMIN_ROLE();
    }

    // ---------------------------------------------------------------- helpers

    function _mint(address to, uint256 amount) internal {
        vm.prank(ADMIN);
        token.mint(to, amount);
    }

    function _pair(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        list[0] = a;
        list[1] = b;
    }

    function _amounts(uint256 a, uint256 b) internal pure returns (uint256[] memory list) {
        list = new uint256[](2);
        list[0] = a;
        list[1] = b;
    }

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    function _merchantsOnly() internal {
        vm.startPrank(ADMIN);
        token.setMerchant(MERCHANT, true);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- deployment and roles

    function test_adminHoldsAllRoles() public view {
        assertTrue(token.hasRole(ADMIN_ROLE, ADMIN), "admin role");
        assertTrue(token.hasRole(MINTER_ROLE, ADMIN), "minter role");
        assertTrue(token.hasRole(PAUSER_ROLE, ADMIN), "pauser role");
        assertFalse(token.hasRole(MINTER_ROLE, address(this)), "deployer is not minter");
    }

    function test_initialState() public view {
        assertEq(token.decimals(), 18, "decimals");
        assertEq(token.mintCap(), type(uint96).max, "cap at its maximum (in effect unlimited)");
        assertEq(token.mintPeriod(), 1 days, "period");
        assertEq(uint256(token.transferPolicy()), uint256(CivicToken.TransferPolicy.Open), "policy");
        assertEq(token.currentMintPeriod(), block.timestamp / 1 days, "period index");
        assertEq(token.mintedInCurrentPeriod(), 0, "minted");
    }

    function test_zeroAdminReverts() public {
        vm.expectRevert(CivicToken.CivicTokenZeroAdmin.selector);
        new CivicToken("CityToken", "CITY", address(0));
    }

    // ---------------------------------------------------------------- mint

    function test_minterMints() public {
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(0), RESIDENT, 5 ether);
        _mint(RESIDENT, 5 ether);
        assertEq(token.balanceOf(RESIDENT), 5 ether, "balance");
        assertEq(token.totalSupply(), 5 ether, "supply");
        assertEq(token.mintedInCurrentPeriod(), 5 ether, "counted against the cap");
    }

    function test_nonMinterCannotMint() public {
        vm.expectRevert(_unauthorized(RESIDENT, MINTER_ROLE));
        vm.prank(RESIDENT);
        token.mint(RESIDENT, 1);
    }

    function test_mintToZeroAddressReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        _mint(address(0), 1);
    }

    function test_mintWhilePausedReverts() public {
        vm.prank(ADMIN);
        token.pause();
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        _mint(RESIDENT, 1);
    }

    function test_mintOverCapReverts() public {
        vm.prank(ADMIN);
        token.setMintCap(10 ether);
        _mint(RESIDENT, 7 ether);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 4 ether, 3 ether, 10 ether));
        _mint(RESIDENT, 4 ether);
        _mint(RESIDENT, 3 ether); // exactly the remainder passes
        assertEq(token.remainingMintAllowance(), 0, "cap used up");
    }

    function testFuzz_mintAddsExactly(address to, uint96 amount) public {
        vm.assume(to != address(0));
        _mint(to, amount);
        assertEq(token.balanceOf(to), amount, "balance");
        assertEq(token.totalSupply(), amount, "supply");
    }

    // ---------------------------------------------------------------- mintBatch

    function test_mintBatchMintsAndEmits() public {
        _mint(RESIDENT, 1 ether); // an existing holder and a new one
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(0), RESIDENT, 2 ether);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(0), NEIGHBOUR, 3 ether);
        vm.expectEmit(true, false, false, true, address(token));
        emit CivicToken.RewardBatchMinted(BATCH, 2, 5 ether);
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(2 ether, 3 ether));

        assertFalse(token.isBatchMinted(bytes32(uint256(BATCH) ^ 1)), "a neighbouring id in the bitmap is free");
        assertEq(token.balanceOf(RESIDENT), 3 ether, "existing holder");
        assertEq(token.balanceOf(NEIGHBOUR), 3 ether, "new holder");
        assertEq(token.totalSupply(), 6 ether, "supply");
        assertTrue(token.isBatchMinted(BATCH), "batch recorded");
        assertEq(token.mintedInCurrentPeriod(), 6 ether, "cap accounting");
    }

    function test_mintBatchBalancesAreOrdinaryErc20Balances() public {
        // Guards the batch's direct storage writes: OpenZeppelin's own code must see the same balances.
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(2 ether, 3 ether));
        vm.prank(RESIDENT);
        token.transfer(NEIGHBOUR, 2 ether);
        vm.prank(NEIGHBOUR);
        token.burn(5 ether);
        assertEq(token.balanceOf(RESIDENT), 0, "sender emptied");
        assertEq(token.balanceOf(NEIGHBOUR), 0, "burned all");
        assertEq(token.totalSupply(), 0, "supply back to zero");
    }

    /// @dev Slot of CivicToken's packed `_state` word (supply, remaining allowance, period end, policy, pause).
    bytes32 internal constant STATE_SLOT = bytes32(uint256(12));

    function _state() internal view returns (uint256) {
        return uint256(vm.load(address(token), STATE_SLOT));
    }

    function test_storageLayoutMatchesBatchAssumptions() public {
        // mintBatch and _update write OpenZeppelin ERC20's `_balances` (slot 0) directly, and keep the supply in
        // the low 117 bits of `_state`; OpenZeppelin's `_totalSupply` (slot 2) stays unused.
        _mint(RESIDENT, 7 ether);
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(NEIGHBOUR, RESIDENT), _amounts(2 ether, 1 ether));
        bytes32 balanceSlot = keccak256(abi.encode(RESIDENT, uint256(0)));
        assertEq(uint256(vm.load(address(token), balanceSlot)), 8 ether, "_balances at slot 0");
        assertEq(uint256(vm.load(address(token), bytes32(uint256(2)))), 0, "_totalSupply unused");
        uint256 state = _state();
        assertEq(state & ((1 << 117) - 1), 10 ether, "supply in bits 0..116");
        assertEq(((state >> 117) & ((1 << 97) - 1)) - (1 << 96), type(uint96).max - 10 ether, "remaining + 2^96");
        assertEq(state >> 214 & ((1 << 40) - 1), (block.timestamp / 1 days + 1) * 1 days, "period end");
        assertEq(state >> 254, 0, "open, not paused");
        vm.startPrank(ADMIN);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        assertEq(_state() >> 254, 1, "policy bit 254");
        token.pause();
        assertEq(_state() >> 254, 3, "pause bit 255");
        vm.stopPrank();
        // The batch id bitmap (OpenZeppelin BitMaps: word id >> 8 of the mapping at slot 9).
        bytes32 word = keccak256(abi.encode(uint256(BATCH) >> 8, uint256(9)));
        assertEq(uint256(vm.load(address(token), word)), 1 << (uint256(BATCH) & 0xff), "batch bit");
    }

    function test_supplyBeyond117BitsPanics() public {
        // Reaching 2^117 takes 2^21 full periods at the largest cap: put the supply just below it instead.
        vm.store(address(token), STATE_SLOT, bytes32(_state() | ((1 << 117) - 1)));
        assertEq(token.totalSupply(), (1 << 117) - 1, "supply read from _state");
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        _mint(RESIDENT, 1);
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
    }

    function test_burnTakesFromSupplyBitsOnly() public {
        _mint(RESIDENT, 5 ether);
        vm.prank(ADMIN);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        uint256 rest = _state() >> 117; // remaining allowance, period end, policy, pause
        vm.prank(RESIDENT);
        token.burn(5 ether);
        assertEq(token.totalSupply(), 0, "supply");
        assertEq(_state() >> 117, rest, "a burn changes nothing but the supply");
        assertEq(token.remainingMintAllowance(), type(uint96).max - 5 ether, "a burn frees no allowance");
    }

    function test_mintCapAboveUint96Reverts() public {
        uint256 max = type(uint96).max;
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapTooLarge.selector, max + 1, max));
        vm.prank(ADMIN);
        token.setMintCap(uint128(max + 1));
        vm.prank(ADMIN);
        token.setMintCap(uint128(max)); // the maximum itself is fine
        assertEq(token.mintCap(), max, "cap");
    }

    function test_raisingCapAfterLoweringBelowMintedGivesBackExactly() public {
        _mint(RESIDENT, 8 ether);
        vm.startPrank(ADMIN);
        token.setMintCap(10 ether);
        assertEq(token.remainingMintAllowance(), 2 ether, "10 - 8");
        token.setMintCap(5 ether);
        assertEq(token.remainingMintAllowance(), 0, "below what was minted");
        assertEq(token.mintedInCurrentPeriod(), 8 ether, "minted still known");
        token.setMintCap(9 ether);
        assertEq(token.remainingMintAllowance(), 1 ether, "9 - 8, not 9 - 5");
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 2 ether, 1 ether, 9 ether));
        _mint(RESIDENT, 2 ether);
        _mint(RESIDENT, 1 ether);
        vm.warp((block.timestamp / 1 days + 1) * 1 days); // next period: the full cap again
        assertEq(token.remainingMintAllowance(), 9 ether, "refilled");
        assertEq(token.mintedInCurrentPeriod(), 0, "new period");
    }

    function test_mintBatchRepeatedRecipientAddsUp() public {
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, RESIDENT), _amounts(2 ether, 3 ether));
        assertEq(token.balanceOf(RESIDENT), 5 ether, "sum");
        assertEq(token.totalSupply(), 5 ether, "supply");
    }

    function test_mintBatchTwiceReverts() public {
        vm.startPrank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenBatchAlreadyMinted.selector, BATCH));
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.stopPrank();
        assertEq(token.totalSupply(), 2, "minted once");
    }

    function test_sequentialBatchIdsAreIndependent() public {
        vm.startPrank(ADMIN);
        for (uint256 id = 1; id <= 3; ++id) token.mintBatch(bytes32(id), _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenBatchAlreadyMinted.selector, bytes32(uint256(2))));
        token.mintBatch(bytes32(uint256(2)), _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.stopPrank();
        assertTrue(token.isBatchMinted(bytes32(uint256(3))), "3 minted");
        assertFalse(token.isBatchMinted(bytes32(uint256(4))), "4 free");
        assertFalse(token.isBatchMinted(bytes32(uint256(3 + 256))), "same bit, next slot, free");
        assertEq(token.totalSupply(), 6, "three batches");
    }

    function test_mintBatchZeroIdReverts() public {
        vm.expectRevert(CivicToken.CivicTokenZeroBatchId.selector);
        vm.prank(ADMIN);
        token.mintBatch(bytes32(0), _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
    }

    function test_mintBatchEmptyReverts() public {
        vm.expectRevert(CivicToken.CivicTokenEmptyBatch.selector);
        vm.prank(ADMIN);
        token.mintBatch(BATCH, new address[](0), new uint256[](0));
    }

    function test_mintBatchLengthMismatchReverts() public {
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenBatchLengthMismatch.selector, 2, 1));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), new uint256[](1));
    }

    function test_mintBatchZeroRecipientReverts() public {
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenZeroRecipient.selector, 1));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, address(0)), _amounts(1, 1));
        assertFalse(token.isBatchMinted(BATCH), "not recorded");
    }

    function test_mintBatchZeroAmountReverts() public {
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenZeroAmount.selector, 0));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(0, 1));
    }

    function test_mintBatchAmountTooLargeReverts() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenAmountTooLarge.selector, 0));
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(type(uint256).max, 1));
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenAmountTooLarge.selector, 1));
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, (1 << 160) + 1));
        // 2^160 itself passes the per-reward bound and fails the cap (no wrap of the running total).
        uint256 cap = type(uint96).max;
        vm.expectRevert(
            abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, (1 << 160) + 1, cap, cap)
        );
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1 << 160));
        // Two amounts that would wrap a 256-bit total.
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenAmountTooLarge.selector, 0));
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1 << 255, 1 << 255));
        vm.stopPrank();
        assertFalse(token.isBatchMinted(BATCH), "not recorded");
    }

    function test_mintBatchFirstBadIndexInLongerBatches() public {
        // Rewards are credited one, two, then four at a time: a bad reward in any position is found.
        for (uint256 n = 1; n <= 9; ++n) {
            for (uint256 bad; bad < n; ++bad) {
                address[] memory recipients = new address[](n);
                uint256[] memory amounts = new uint256[](n);
                for (uint256 i; i < n; ++i) {
                    recipients[i] = address(uint160(0x1000 + i));
                    amounts[i] = 1 ether;
                }
                vm.startPrank(ADMIN);
                amounts[bad] = 0;
                vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenZeroAmount.selector, bad));
                token.mintBatch(BATCH, recipients, amounts);
                amounts[bad] = 1 ether;
                recipients[bad] = address(0);
                vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenZeroRecipient.selector, bad));
                token.mintBatch(BATCH, recipients, amounts);
                recipients[bad] = address(uint160(0x1000 + bad));
                token.mintBatch(bytes32(n * 100 + bad + 1), recipients, amounts);
                vm.stopPrank();
            }
        }
        assertEq(token.totalSupply(), 285 ether, "every good batch credited in full (sum of n * n)");
        for (uint256 i; i < 9; ++i) assertEq(token.balanceOf(address(uint160(0x1000 + i))), _expectedBalance(i), "balance");
    }

    /// @dev Balance of reward recipient `i` after test_mintBatchFirstBadIndexInLongerBatches: one reward per
    /// good batch of size n > i, and there are n good batches of size n.
    function _expectedBalance(uint256 i) internal pure returns (uint256 sum) {
        for (uint256 n = i + 1; n <= 9; ++n) sum += n * 1 ether;
    }

    function test_mintBatchFirstOfSeveralBadRewardsIsReported() public {
        address[] memory recipients = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        recipients[0] = RESIDENT;
        recipients[1] = address(0);
        recipients[2] = NEIGHBOUR;
        amounts[0] = 1;
        amounts[1] = 1;
        amounts[2] = 0;
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenZeroRecipient.selector, 1));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, recipients, amounts);
    }

    function test_mintBatchAddressWithOnlyBit160Reverts() public {
        // to = 2^160: its low 160 bits are zero and `to - 1` is a clean address, so only `to | (to - 1)` sees it.
        // Every position of batches of 1 to 7 rewards (the odd first reward, the pair, the group of four).
        for (uint256 n = 1; n <= 7; ++n) {
            for (uint256 bad; bad < n; ++bad) {
                address[] memory recipients = new address[](n);
                uint256[] memory amounts = new uint256[](n);
                for (uint256 i; i < n; ++i) {
                    recipients[i] = address(uint160(0x1000 + i));
                    amounts[i] = 1;
                }
                bytes memory data = abi.encodeCall(CivicToken.mintBatch, (BATCH, recipients, amounts));
                // selector, batchId, two offsets, recipients' length, then recipients[bad].
                uint256 word = 4 + 32 * 4 + 32 * bad;
                for (uint256 i; i < 32; ++i) data[word + i] = 0;
                data[word + 11] = 0x01; // bit 160
                vm.prank(ADMIN);
                (bool ok, ) = address(token).call(data);
                assertFalse(ok, "2^160 accepted as an address");
            }
        }
        assertEq(token.totalSupply(), 0, "nothing minted");
    }

    function test_mintBatchEmitsExactTransferLogs() public {
        // Seven rewards: every copy of the unrolled body (the odd one, the pair, the group of four) emits one.
        uint256 n = 7;
        address[] memory to = new address[](n);
        uint256[] memory value = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            to[i] = address(uint160(uint256(keccak256(abi.encode("recipient", i)))));
            value[i] = (i + 1) * 1 ether + 0.5 ether;
        }
        vm.recordLogs();
        vm.prank(ADMIN);
        token.mintBatch(BATCH, to, value);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, n + 1, "a transfer per reward and the batch event");
        bytes32 transferTopic = keccak256("Transfer(address,address,uint256)");
        uint256 total;
        for (uint256 i; i < n; ++i) {
            assertEq(logs[i].emitter, address(token), "emitter");
            assertEq(logs[i].topics.length, 3, "topics");
            assertEq(logs[i].topics[0], transferTopic, "Transfer signature");
            assertEq(logs[i].topics[1], bytes32(0), "from zero");
            assertEq(logs[i].topics[2], bytes32(uint256(uint160(to[i]))), "to");
            assertEq(abi.decode(logs[i].data, (uint256)), value[i], "value");
            assertEq(token.balanceOf(to[i]), value[i], "balance");
            total += value[i];
        }
        assertEq(logs[n].topics[0], keccak256("RewardBatchMinted(bytes32,uint256,uint256)"), "batch event");
        assertEq(logs[n].topics[1], BATCH, "batch id");
        (uint256 count, uint256 sum) = abi.decode(logs[n].data, (uint256, uint256));
        assertEq(count, n, "count");
        assertEq(sum, total, "total");
        assertEq(token.totalSupply(), total, "supply");
    }

    function test_mintBatchDirtyAddressReverts() public {
        bytes memory data = abi.encodeCall(CivicToken.mintBatch, (BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1)));
        // selector, batchId, two offsets, recipients' length, then recipients[0] at byte 4 + 32 * 4.
        uint256 word = 4 + 32 * 4;
        data[word] = 0x01; // set a bit above the 160 address bits
        vm.prank(ADMIN);
        (bool ok, ) = address(token).call(data);
        assertFalse(ok, "dirty address accepted");
        assertEq(token.totalSupply(), 0, "nothing minted");
    }

    function test_nonMinterCannotMintBatch() public {
        vm.expectRevert(_unauthorized(RESIDENT, MINTER_ROLE));
        vm.prank(RESIDENT);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
    }

    function test_mintBatchWhilePausedReverts() public {
        vm.startPrank(ADMIN);
        token.pause();
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.stopPrank();
    }

    function test_mintBatchOverCapReverts() public {
        vm.startPrank(ADMIN);
        token.setMintCap(4 ether);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 5 ether, 4 ether, 4 ether));
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(2 ether, 3 ether));
        vm.stopPrank();
        assertFalse(token.isBatchMinted(BATCH), "batch id still free");
        assertEq(token.balanceOf(RESIDENT), 0, "nothing minted");
    }

    function testFuzz_mintBatchSizesAndAmounts(uint8 size, uint256 seed) public {
        uint256 n = bound(size, 1, 40);
        address[] memory recipients = new address[](n);
        uint256[] memory amounts = new uint256[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            recipients[i] = address(uint160(uint256(keccak256(abi.encode(seed, i))) % 8) + 1); // repeats happen
            amounts[i] = bound(uint256(keccak256(abi.encode(i, seed))), 1, 1e27); // 40 of them fit the cap
            total += amounts[i];
        }
        vm.prank(ADMIN);
        token.mintBatch(BATCH, recipients, amounts);
        uint256 sum;
        for (uint160 a = 1; a <= 8; ++a) sum += token.balanceOf(address(a));
        assertEq(sum, total, "balances sum to the batch total");
        assertEq(token.totalSupply(), total, "supply");
        assertEq(token.mintedInCurrentPeriod(), total, "counted");
    }

    // ---------------------------------------------------------------- mint cap and periods

    function test_setMintCapEmitsAndApplies() public {
        vm.expectEmit(false, false, false, true, address(token));
        emit CivicToken.MintCapChanged(type(uint96).max, 5 ether);
        vm.prank(ADMIN);
        token.setMintCap(5 ether);
        assertEq(token.mintCap(), 5 ether, "cap");
        assertEq(token.remainingMintAllowance(), 5 ether, "remaining");
    }

    function test_nonAdminCannotSetMintCap() public {
        vm.expectRevert(_unauthorized(RESIDENT, ADMIN_ROLE));
        vm.prank(RESIDENT);
        token.setMintCap(1);
    }

    function test_zeroCapStopsAllMinting() public {
        vm.prank(ADMIN);
        token.setMintCap(0);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 1, 0, 0));
        _mint(RESIDENT, 1);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 2, 0, 0));
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1, 1));
        vm.warp(block.timestamp + 7 days);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 1, 0, 0));
        _mint(RESIDENT, 1); // and not in a later period either
    }

    function test_loweringCapBelowMintedLeavesNothing() public {
        _mint(RESIDENT, 5 ether);
        vm.prank(ADMIN);
        token.setMintCap(3 ether);
        assertEq(token.remainingMintAllowance(), 0, "remaining");
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 1, 0, 3 ether));
        _mint(RESIDENT, 1);
    }

    function test_capRefillsAtTheNextPeriodBoundary() public {
        vm.prank(ADMIN);
        token.setMintCap(10 ether);
        uint256 nextPeriodStart = (block.timestamp / 1 days + 1) * 1 days;
        _mint(RESIDENT, 10 ether);
        vm.warp(nextPeriodStart - 1); // same fixed window
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, 1, 0, 10 ether));
        _mint(RESIDENT, 1);
        vm.warp(nextPeriodStart); // the next window starts at a multiple of the period
        assertEq(token.remainingMintAllowance(), 10 ether, "refilled");
        _mint(RESIDENT, 10 ether);
        assertEq(token.balanceOf(RESIDENT), 20 ether, "minted in both periods");
    }

    function test_setMintPeriodEmitsAndCarriesMintedOver() public {
        vm.prank(ADMIN);
        token.setMintCap(10 ether);
        _mint(RESIDENT, 6 ether);
        vm.expectEmit(false, false, false, true, address(token));
        emit CivicToken.MintPeriodChanged(1 days, 7 days);
        vm.prank(ADMIN);
        token.setMintPeriod(7 days);
        assertEq(token.mintPeriod(), 7 days, "period");
        assertEq(token.currentMintPeriod(), block.timestamp / 7 days, "index");
        assertEq(token.mintedInCurrentPeriod(), 6 ether, "carried over");
        assertEq(token.remainingMintAllowance(), 4 ether, "no extra allowance");
    }

    function test_setMintPeriodAfterStalePeriodStartsFresh() public {
        _mint(RESIDENT, 6 ether);
        vm.warp(block.timestamp + 2 days);
        vm.prank(ADMIN);
        token.setMintPeriod(1 hours);
        assertEq(token.mintedInCurrentPeriod(), 0, "old period's mints do not count");
    }

    function test_setMintPeriodZeroReverts() public {
        vm.expectRevert(CivicToken.CivicTokenZeroMintPeriod.selector);
        vm.prank(ADMIN);
        token.setMintPeriod(0);
    }

    function test_nonAdminCannotSetMintPeriod() public {
        vm.expectRevert(_unauthorized(RESIDENT, ADMIN_ROLE));
        vm.prank(RESIDENT);
        token.setMintPeriod(1 hours);
    }

    function testFuzz_capHoldsWithinAndAcrossPeriods(uint64 period, uint128 cap, uint32 step, uint128 amount) public {
        period = uint64(bound(period, 1, 365 days));
        cap = uint128(bound(cap, 1, type(uint96).max));
        vm.startPrank(ADMIN);
        token.setMintPeriod(period);
        token.setMintCap(cap);
        vm.stopPrank();
        uint256 first = bound(amount, 1, cap);
        _mint(RESIDENT, first);
        uint256 before = token.currentMintPeriod();
        vm.warp(block.timestamp + step);
        bool samePeriod = token.currentMintPeriod() == before;
        uint256 remaining = samePeriod ? cap - first : cap;
        assertEq(token.remainingMintAllowance(), remaining, "remaining");
        if (remaining < type(uint128).max) {
            vm.expectRevert(
                abi.encodeWithSelector(CivicToken.CivicTokenMintCapExceeded.selector, remaining + 1, remaining, cap)
            );
            _mint(RESIDENT, remaining + 1);
        }
        if (remaining > 0) _mint(RESIDENT, remaining);
        assertEq(token.remainingMintAllowance(), 0, "exhausted exactly");
    }

    // ---------------------------------------------------------------- transfer policy

    function test_setTransferPolicyEmits() public {
        vm.expectEmit(false, false, false, true, address(token));
        emit CivicToken.TransferPolicyChanged(CivicToken.TransferPolicy.Open, CivicToken.TransferPolicy.MerchantsOnly);
        vm.prank(ADMIN);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        assertEq(uint256(token.transferPolicy()), uint256(CivicToken.TransferPolicy.MerchantsOnly), "policy");
    }

    function test_nonAdminCannotSetTransferPolicy() public {
        vm.expectRevert(_unauthorized(RESIDENT, ADMIN_ROLE));
        vm.prank(RESIDENT);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
    }

    function test_setMerchantEmitsAndToggles() public {
        vm.expectEmit(true, false, false, true, address(token));
        emit CivicToken.MerchantUpdated(MERCHANT, true);
        vm.prank(ADMIN);
        token.setMerchant(MERCHANT, true);
        assertTrue(token.isMerchant(MERCHANT), "registered");
        vm.prank(ADMIN);
        token.setMerchant(MERCHANT, false);
        assertFalse(token.isMerchant(MERCHANT), "removed");
    }

    function test_setMerchantZeroReverts() public {
        vm.expectRevert(CivicToken.CivicTokenZeroMerchant.selector);
        vm.prank(ADMIN);
        token.setMerchant(address(0), true);
    }

    function test_nonAdminCannotSetMerchant() public {
        vm.expectRevert(_unauthorized(RESIDENT, ADMIN_ROLE));
        vm.prank(RESIDENT);
        token.setMerchant(RESIDENT, true);
    }

    function test_openPolicyAllowsResidentToResident() public {
        _mint(RESIDENT, 5 ether);
        vm.prank(RESIDENT);
        token.transfer(NEIGHBOUR, 2 ether);
        assertEq(token.balanceOf(NEIGHBOUR), 2 ether, "received");
    }

    function test_merchantsOnlyBlocksResidentToResident() public {
        _mint(RESIDENT, 5 ether);
        _merchantsOnly();
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenTransferNotAllowed.selector, RESIDENT, NEIGHBOUR));
        vm.prank(RESIDENT);
        token.transfer(NEIGHBOUR, 1);
        // transferFrom is held to the same rule, whoever the spender is
        vm.prank(RESIDENT);
        token.approve(MERCHANT, 1);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenTransferNotAllowed.selector, RESIDENT, NEIGHBOUR));
        vm.prank(MERCHANT);
        token.transferFrom(RESIDENT, NEIGHBOUR, 1);
    }

    function test_merchantsOnlyAllowsPayingAndPayoutsByMerchants() public {
        _mint(RESIDENT, 5 ether);
        _merchantsOnly();
        vm.prank(RESIDENT);
        token.transfer(MERCHANT, 2 ether);
        vm.prank(MERCHANT);
        token.transfer(NEIGHBOUR, 1 ether);
        assertEq(token.balanceOf(MERCHANT), 1 ether, "merchant");
        assertEq(token.balanceOf(NEIGHBOUR), 1 ether, "refund to a resident");
    }

    function test_merchantsOnlyStillMintsAndBurns() public {
        _merchantsOnly();
        _mint(RESIDENT, 5 ether);
        vm.prank(ADMIN);
        token.mintBatch(BATCH, _pair(RESIDENT, NEIGHBOUR), _amounts(1 ether, 1 ether));
        vm.prank(RESIDENT);
        token.burn(6 ether);
        assertEq(token.totalSupply(), 1 ether, "minted and burned");
    }

    function test_removedMerchantIsBlockedAgain() public {
        _mint(RESIDENT, 5 ether);
        _merchantsOnly();
        vm.prank(ADMIN);
        token.setMerchant(MERCHANT, false);
        vm.expectRevert(abi.encodeWithSelector(CivicToken.CivicTokenTransferNotAllowed.selector, RESIDENT, MERCHANT));
        vm.prank(RESIDENT);
        token.transfer(MERCHANT, 1);
    }

    // ---------------------------------------------------------------- pause and burn

    function test_pauseStopsTransfersAndBurnsUntilUnpaused() public {
        _mint(RESIDENT, 5 ether);
        vm.expectEmit(false, false, false, true, address(token));
        emit CivicToken.Paused(ADMIN);
        vm.prank(ADMIN);
        token.pause();
        assertTrue(token.paused(), "paused");
        vm.startPrank(RESIDENT);
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        token.transfer(NEIGHBOUR, 1);
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        token.burn(1);
        vm.stopPrank();
        vm.prank(ADMIN);
        token.unpause();
        vm.prank(RESIDENT);
        token.transfer(NEIGHBOUR, 1);
        assertEq(token.balanceOf(NEIGHBOUR), 1, "transfers resume");
    }

    function test_unpauseEmitsAndDoubleCallsRevert() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(CivicToken.CivicTokenNotPaused.selector);
        token.unpause();
        token.pause();
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        token.pause();
        vm.expectEmit(false, false, false, true, address(token));
        emit CivicToken.Unpaused(ADMIN);
        token.unpause();
        vm.stopPrank();
        assertFalse(token.paused(), "unpaused");
    }

    function test_pauseStopsBalanceChangesNotApprovals() public {
        _mint(RESIDENT, 5 ether);
        vm.prank(ADMIN);
        token.pause();
        vm.prank(RESIDENT);
        token.approve(MERCHANT, 1 ether); // approvals are not balance changes
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        vm.prank(MERCHANT);
        token.transferFrom(RESIDENT, MERCHANT, 1 ether);
        assertEq(token.allowance(RESIDENT, MERCHANT), 1 ether, "allowance kept");
    }

    function test_nonPauserCannotPauseOrUnpause() public {
        vm.expectRevert(_unauthorized(RESIDENT, PAUSER_ROLE));
        vm.prank(RESIDENT);
        token.pause();
        vm.prank(ADMIN);
        token.pause();
        vm.expectRevert(_unauthorized(RESIDENT, PAUSER_ROLE));
        vm.prank(RESIDENT);
        token.unpause();
    }

    function test_grantedPauserCanPause() public {
        vm.startPrank(ADMIN);
        token.grantRole(PAUSER_ROLE, NEIGHBOUR);
        vm.stopPrank();
        vm.prank(NEIGHBOUR);
        token.pause();
        assertTrue(token.paused(), "paused by the new pauser");
    }

    function test_burnFromSpendsAllowance() public {
        _mint(RESIDENT, 5 ether);
        vm.prank(RESIDENT);
        token.approve(MERCHANT, 2 ether);
        vm.prank(MERCHANT);
        token.burnFrom(RESIDENT, 2 ether);
        assertEq(token.balanceOf(RESIDENT), 3 ether, "burned");
        assertEq(token.allowance(RESIDENT, MERCHANT), 0, "allowance spent");
        assertEq(token.totalSupply(), 3 ether, "supply");
    }

    // ---------------------------------------------------------------- permit (ERC-2612)

    function _permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function testFuzz_permitSetsAllowance(uint256 key, uint256 value, uint32 lifetime) public {
        key = bound(key, 1, 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140);
        address owner = vm.addr(key);
        uint256 deadline = block.timestamp + lifetime;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, MERCHANT, value, 0, deadline));
        token.permit(owner, MERCHANT, value, deadline, v, r, s);
        assertEq(token.allowance(owner, MERCHANT), value, "allowance");
        assertEq(token.nonces(owner), 1, "nonce used");
        // the same signature cannot be replayed
        vm.expectRevert();
        token.permit(owner, MERCHANT, value, deadline, v, r, s);
    }

    function testFuzz_permitFromWrongSignerReverts(uint256 key, uint256 otherKey) public {
        key = bound(key, 1, 1e70);
        otherKey = bound(otherKey, 1, 1e70);
        vm.assume(key != otherKey);
        address owner = vm.addr(key);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(otherKey, _permitDigest(owner, MERCHANT, 1 ether, 0, deadline));
        vm.expectRevert(
            abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(otherKey), owner)
        );
        token.permit(owner, MERCHANT, 1 ether, deadline, v, r, s);
    }

    function test_expiredPermitReverts() public {
        uint256 key = 0xA5;
        address owner = vm.addr(key);
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _permitDigest(owner, MERCHANT, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, MERCHANT, 1, deadline, v, r, s);
    }
}
