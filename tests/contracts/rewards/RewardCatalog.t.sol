// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {CivicToken} from "../../../contracts/token/CivicToken.sol";
import {RewardCatalog} from "../../../contracts/rewards/RewardCatalog.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract RewardCatalogTest is CheatsTest {
    CivicToken internal token;
    RewardCatalog internal catalog;

    address internal constant ADMIN = address(0xA11CE);
    address internal constant RELAYER = address(0x4E1A);
    address internal constant MANAGER = address(0x3A7A);
    address internal constant MERCHANT = address(0x5409);
    address internal constant STRANGER = address(0xBAD);
    uint256 internal constant RESIDENT_KEY = 0xB0B5EC;
    address internal RESIDENT;

    uint256 internal constant PRICE = 3 ether;
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    uint256 internal burnReward; // price 3, stock 5, burned
    uint256 internal shopReward; // price 3, stock 5, paid to MERCHANT

    function setUp() public {
        RESIDENT = vm.addr(RESIDENT_KEY);
        token = new CivicToken("CityToken", "CITY", ADMIN);
        catalog = new RewardCatalog(token, ADMIN);
        vm.startPrank(ADMIN);
        catalog.grantRole(catalog.RELAYER_ROLE(), RELAYER);
        catalog.grantRole(catalog.CATALOG_MANAGER_ROLE(), MANAGER);
        burnReward = catalog.addReward(PRICE, 5, address(0), "ipfs://bus-ticket");
        shopReward = catalog.addReward(PRICE, 5, MERCHANT, "ipfs://bakery-voucher");
        token.mint(RESIDENT, 100 ether);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- helpers

    function _approve(uint256 amount) internal {
        vm.prank(RESIDENT);
        token.approve(address(catalog), amount);
    }

    function _sign(uint256 key, uint256 value, uint256 deadline) internal view returns (uint8, bytes32, bytes32) {
        address owner = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(PERMIT_TYPEHASH, owner, address(catalog), value, token.nonces(owner), deadline)
        );
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }

    function _permit(uint256 key, uint256 value, uint256 deadline) internal view returns (RewardCatalog.PermitSignature memory) {
        (uint8 v, bytes32 r, bytes32 s) = _sign(key, value, deadline);
        return RewardCatalog.PermitSignature(v, r, s);
    }

    /// @dev The resident's EIP-712 Redemption signature, built independently of the catalog's own digest view.
    function _choice(uint256 key, uint256 rewardId, uint256 quantity, uint256 price, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        address resident = vm.addr(key);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("CityToken RewardCatalog"),
                keccak256("1"),
                block.chainid,
                address(catalog)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)"
                ),
                resident,
                rewardId,
                quantity,
                price,
                catalog.nonces(resident),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        return abi.encodePacked(r, s, v);
    }

    /// @dev Relays `quantity` of `rewardId` for the holder of `key`, who signed both the permit and the choice.
    function _relay(uint256 key, uint256 rewardId, uint256 quantity, uint256 deadline) internal returns (uint256) {
        RewardCatalog.PermitSignature memory permit = _permit(key, PRICE * quantity, deadline);
        bytes memory choice = _choice(key, rewardId, quantity, PRICE, deadline);
        vm.prank(RELAYER);
        return catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(vm.addr(key), rewardId, quantity, PRICE, deadline), permit, choice);
    }

    function _noPermit() internal pure returns (RewardCatalog.PermitSignature memory) {
        return RewardCatalog.PermitSignature(27, bytes32(0), bytes32(0));
    }

    function _unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    // ---------------------------------------------------------------- deployment

    function test_constructorWiresTokenAndRoles() public view {
        assertEq(address(catalog.token()), address(token), "token");
        assertTrue(catalog.hasRole(catalog.DEFAULT_ADMIN_ROLE(), ADMIN), "admin");
        assertTrue(catalog.hasRole(catalog.RELAYER_ROLE(), ADMIN), "admin relays");
        assertTrue(catalog.hasRole(catalog.CATALOG_MANAGER_ROLE(), ADMIN), "admin manages the catalog");
        assertEq(catalog.CATALOG_MANAGER_ROLE(), keccak256("CATALOG_MANAGER_ROLE"), "role id");
        assertEq(catalog.rewardCount(), 2, "rewards listed in setUp");
        assertEq(catalog.redemptionCount(), 0, "no redemptions");
    }

    function test_constructorRejectsZeroAddresses() public {
        vm.expectRevert(RewardCatalog.RewardCatalogZeroAddress.selector);
        new RewardCatalog(CivicToken(address(0)), ADMIN);
        vm.expectRevert(RewardCatalog.RewardCatalogZeroAddress.selector);
        new RewardCatalog(token, address(0));
    }

    // ---------------------------------------------------------------- administration

    function test_addRewardListsActiveRewardAndEmits() public {
        vm.expectEmit(true, true, false, true, address(catalog));
        emit RewardCatalog.RewardAdded(3, 7 ether, 9, MERCHANT, "ipfs://pool");
        vm.prank(ADMIN);
        uint256 id = catalog.addReward(7 ether, 9, MERCHANT, "ipfs://pool");
        assertEq(id, 3, "ids count from 1");
        RewardCatalog.Reward memory reward = catalog.getReward(id);
        assertEq(reward.price, 7 ether, "price");
        assertEq(reward.stock, 9, "stock");
        assertEq(reward.merchant, MERCHANT, "merchant");
        assertTrue(reward.active, "active");
        assertEq(keccak256(bytes(reward.uri)), keccak256("ipfs://pool"), "uri");
    }

    function test_addRewardZeroPriceReverts() public {
        vm.expectRevert(RewardCatalog.RewardCatalogZeroPrice.selector);
        vm.prank(ADMIN);
        catalog.addReward(0, 1, address(0), "");
    }

    function test_nonManagerCannotAddReward() public {
        vm.expectRevert(_unauthorized(RELAYER, catalog.CATALOG_MANAGER_ROLE()));
        vm.prank(RELAYER);
        catalog.addReward(1, 1, address(0), "");
    }

    function test_updateRewardChangesTermsAndEmits() public {
        vm.expectEmit(true, true, false, true, address(catalog));
        emit RewardCatalog.RewardUpdated(shopReward, 4 ether, 2, STRANGER, "ipfs://v2");
        vm.prank(ADMIN);
        catalog.updateReward(shopReward, 4 ether, 2, STRANGER, "ipfs://v2");
        RewardCatalog.Reward memory reward = catalog.getReward(shopReward);
        assertEq(reward.price, 4 ether, "price");
        assertEq(reward.stock, 2, "stock");
        assertEq(reward.merchant, STRANGER, "merchant");
        assertTrue(reward.active, "active flag untouched");
    }

    function test_updateRewardRevertsOnZeroPriceUnknownIdAndNonAdmin() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(RewardCatalog.RewardCatalogZeroPrice.selector);
        catalog.updateReward(shopReward, 0, 2, MERCHANT, "");
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 99));
        catalog.updateReward(99, 1, 2, MERCHANT, "");
        vm.stopPrank();
        vm.expectRevert(_unauthorized(STRANGER, catalog.CATALOG_MANAGER_ROLE()));
        vm.prank(STRANGER);
        catalog.updateReward(shopReward, 1, 2, MERCHANT, "");
    }

    function test_deactivateAndActivateEmitAndGateRedemption() public {
        _approve(type(uint256).max);
        vm.expectEmit(true, false, false, false, address(catalog));
        emit RewardCatalog.RewardDeactivated(burnReward);
        vm.prank(ADMIN);
        catalog.deactivateReward(burnReward);
        assertFalse(catalog.getReward(burnReward).active, "inactive");
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInactive.selector, burnReward));
        vm.prank(RESIDENT);
        catalog.redeem(burnReward, 1);

        vm.expectEmit(true, false, false, false, address(catalog));
        emit RewardCatalog.RewardActivated(burnReward);
        vm.prank(ADMIN);
        catalog.activateReward(burnReward);
        vm.prank(RESIDENT);
        catalog.redeem(burnReward, 1);
        assertEq(catalog.getReward(burnReward).stock, 4, "redeemable again");
    }

    function test_activationRevertsWhenUnchangedUnknownOrNotManager() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogActiveUnchanged.selector, burnReward, true));
        catalog.activateReward(burnReward);
        catalog.deactivateReward(burnReward);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogActiveUnchanged.selector, burnReward, false));
        catalog.deactivateReward(burnReward);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 0));
        catalog.activateReward(0);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 7));
        catalog.deactivateReward(7);
        vm.stopPrank();
        bytes32 managerRole = catalog.CATALOG_MANAGER_ROLE();
        vm.startPrank(STRANGER);
        vm.expectRevert(_unauthorized(STRANGER, managerRole));
        catalog.activateReward(burnReward);
        vm.expectRevert(_unauthorized(STRANGER, managerRole));
        catalog.deactivateReward(shopReward);
        vm.stopPrank();
    }

    // ---------------------------------------------------------------- catalog manager role

    function test_managerWithoutAdminRoleRunsTheCatalog() public {
        assertFalse(catalog.hasRole(catalog.DEFAULT_ADMIN_ROLE(), MANAGER), "manager is not admin");
        vm.startPrank(MANAGER);
        uint256 id = catalog.addReward(2 ether, 4, MERCHANT, "ipfs://museum");
        catalog.updateReward(id, 5 ether, 1, address(0), "ipfs://museum-v2");
        catalog.deactivateReward(id);
        assertFalse(catalog.getReward(id).active, "deactivated by the manager");
        catalog.activateReward(id);
        vm.stopPrank();
        RewardCatalog.Reward memory reward = catalog.getReward(id);
        assertEq(reward.price, 5 ether, "price");
        assertEq(reward.stock, 1, "stock");
        assertEq(reward.merchant, address(0), "burned");
        assertTrue(reward.active, "active again");
    }

    function test_managerCannotGrantRolesOrRelay() public {
        bytes32 adminRole = catalog.DEFAULT_ADMIN_ROLE();
        bytes32 relayerRole = catalog.RELAYER_ROLE();
        vm.startPrank(MANAGER);
        vm.expectRevert(_unauthorized(MANAGER, adminRole));
        catalog.grantRole(relayerRole, MANAGER);
        vm.expectRevert(_unauthorized(MANAGER, relayerRole));
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, block.timestamp), _noPermit(), "");
        vm.stopPrank();
    }

    function test_revokedManagerLosesCatalogAccess() public {
        bytes32 managerRole = catalog.CATALOG_MANAGER_ROLE();
        vm.prank(ADMIN);
        catalog.revokeRole(managerRole, MANAGER);
        vm.startPrank(MANAGER);
        vm.expectRevert(_unauthorized(MANAGER, managerRole));
        catalog.addReward(1 ether, 1, address(0), "");
        vm.expectRevert(_unauthorized(MANAGER, managerRole));
        catalog.deactivateReward(burnReward);
        vm.stopPrank();
    }

    function test_getRewardUnknownReverts() public {
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 3));
        catalog.getReward(3);
    }

    // ---------------------------------------------------------------- redeem with an allowance

    function test_redeemBurnsTokensAndEmits() public {
        _approve(6 ether);
        vm.expectEmit(true, true, true, true, address(catalog));
        emit RewardCatalog.Redeemed(1, RESIDENT, burnReward, 2, PRICE);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(RESIDENT, address(0), 6 ether);
        vm.prank(RESIDENT);
        uint256 id = catalog.redeem(burnReward, 2);
        assertEq(id, 1, "first redemption id");
        assertEq(token.balanceOf(RESIDENT), 94 ether, "paid");
        assertEq(token.totalSupply(), 94 ether, "burned");
        assertEq(catalog.getReward(burnReward).stock, 3, "stock");
    }

    function test_redeemPaysMerchantThroughCatalog() public {
        _approve(3 ether);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(RESIDENT, address(catalog), 3 ether);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(catalog), MERCHANT, 3 ether);
        vm.prank(RESIDENT);
        catalog.redeem(shopReward, 1);
        assertEq(token.balanceOf(MERCHANT), 3 ether, "merchant paid");
        assertEq(token.balanceOf(address(catalog)), 0, "catalog keeps nothing");
        assertEq(token.totalSupply(), 100 ether, "nothing burned");
    }

    function test_redemptionIdsIncreaseByOne() public {
        _approve(type(uint256).max);
        vm.startPrank(RESIDENT);
        assertEq(catalog.redeem(burnReward, 1), 1, "first");
        assertEq(catalog.redeem(shopReward, 1), 2, "second");
        assertEq(catalog.redeem(burnReward, 1), 3, "third");
        vm.stopPrank();
        assertEq(catalog.redemptionCount(), 3, "count");
    }

    function test_unlimitedStockNeverRunsOut() public {
        uint64 unlimited = catalog.UNLIMITED_STOCK();
        vm.prank(ADMIN);
        uint256 service = catalog.addReward(1 ether, unlimited, address(0), "ipfs://library");
        _approve(type(uint256).max);
        vm.prank(RESIDENT);
        catalog.redeem(service, 50);
        assertEq(catalog.getReward(service).stock, type(uint64).max, "unchanged");
    }

    function test_redeemReverts() public {
        _approve(type(uint256).max);
        vm.startPrank(RESIDENT);
        vm.expectRevert(RewardCatalog.RewardCatalogZeroQuantity.selector);
        catalog.redeem(burnReward, 0);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 42));
        catalog.redeem(42, 1);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogSoldOut.selector, burnReward, 6, 5));
        catalog.redeem(burnReward, 6);
        catalog.redeem(burnReward, 5);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogSoldOut.selector, burnReward, 1, 0));
        catalog.redeem(burnReward, 1);
        vm.stopPrank();
    }

    function test_redeemWithoutAllowanceReverts() public {
        _approve(2 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(catalog), 2 ether, 3 ether)
        );
        vm.prank(RESIDENT);
        catalog.redeem(shopReward, 1);
    }

    function test_redeemWhileTokenPausedReverts() public {
        _approve(3 ether);
        vm.prank(ADMIN);
        token.pause();
        vm.expectRevert(CivicToken.CivicTokenPaused.selector);
        vm.prank(RESIDENT);
        catalog.redeem(burnReward, 1);
    }

    function testFuzz_redeemQuantityAgainstStock(uint64 stock, uint256 quantity, uint96 price) public {
        price = uint96(bound(price, 1, 1e22));
        stock = uint64(bound(stock, 0, 1000));
        quantity = bound(quantity, 1, 2000);
        vm.startPrank(ADMIN);
        uint256 id = catalog.addReward(price, stock, MERCHANT, "");
        token.mint(RESIDENT, uint256(price) * quantity);
        vm.stopPrank();
        _approve(type(uint256).max);
        uint256 before = token.balanceOf(RESIDENT);
        if (quantity > stock) {
            vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogSoldOut.selector, id, quantity, stock));
        }
        vm.prank(RESIDENT);
        catalog.redeem(id, quantity);
        if (quantity <= stock) {
            assertEq(token.balanceOf(RESIDENT), before - uint256(price) * quantity, "resident paid");
            assertEq(token.balanceOf(MERCHANT), uint256(price) * quantity, "merchant paid");
            assertEq(catalog.getReward(id).stock, stock - quantity, "stock");
        } else {
            assertEq(token.balanceOf(RESIDENT), before, "nothing paid");
        }
    }

    // ---------------------------------------------------------------- relayed redemption with a permit

    function test_redeemWithPermitIsGaslessForTheResident() public {
        uint256 deadline = block.timestamp + 1 hours;
        vm.expectEmit(true, true, true, true, address(catalog));
        emit RewardCatalog.Redeemed(1, RESIDENT, shopReward, 2, PRICE);
        _relay(RESIDENT_KEY, shopReward, 2, deadline);
        assertEq(token.balanceOf(MERCHANT), 6 ether, "merchant paid");
        assertEq(token.nonces(RESIDENT), 1, "permit used");
        assertEq(catalog.nonces(RESIDENT), 1, "choice nonce used");
        assertEq(token.allowance(RESIDENT, address(catalog)), 0, "exact allowance spent");
    }

    function test_redemptionDigestMatchesTheSignedTypedData() public view {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        bytes32 digest = catalog.redemptionDigest(RESIDENT, burnReward, 1, PRICE, 0, deadline);
        bytes32 r;
        bytes32 s;
        assembly {
            r := mload(add(choice, 32))
            s := mload(add(choice, 64))
        }
        assertEq(ecrecover(digest, uint8(choice[64]), r, s), RESIDENT, "the view's digest is what the resident signs");
        assertEq(
            catalog.REDEMPTION_TYPEHASH(),
            keccak256("Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)"),
            "type hash"
        );
    }

    function test_redeemWithPermitRefusesAnotherRewardOfTheSamePrice() public {
        // The resident chose the bakery voucher; a relayer (or a man in the middle) tries the bus ticket, same price.
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, PRICE, deadline);
        bytes memory choice = _choice(RESIDENT_KEY, shopReward, 1, PRICE, deadline);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, RESIDENT));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, choice);
        assertEq(token.balanceOf(RESIDENT), 100 ether, "nothing paid");
        assertEq(token.nonces(RESIDENT), 0, "permit not used");
    }

    function test_redeemWithPermitRefusesAnotherQuantityOrDeadline() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, 2 * PRICE, deadline);
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.startPrank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, RESIDENT));
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 2, PRICE, deadline), permit, choice);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, RESIDENT));
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline + 1), permit, choice);
        vm.stopPrank();
    }

    function test_redeemWithPermitRefusesAChangedPrice() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, PRICE, deadline);
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.prank(ADMIN);
        catalog.updateReward(burnReward, 4 ether, 5, address(0), "ipfs://bus-ticket");
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogPriceChanged.selector, burnReward, PRICE, 4 ether));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, choice);
    }

    function test_redeemWithPermitChoiceCannotBeReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        _approve(type(uint256).max); // even with an allowance that covers a second redemption
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.startPrank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), _noPermit(), choice);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, RESIDENT));
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), _noPermit(), choice);
        vm.stopPrank();
        assertEq(token.balanceOf(RESIDENT), 97 ether, "redeemed once");
    }

    function test_redeemWithPermitMalformedChoiceSignatureReverts() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, PRICE, deadline);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, RESIDENT));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, hex"1234");
    }

    function test_redeemWithPermitSurvivesAFrontRunPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _sign(RESIDENT_KEY, 3 ether, deadline);
        vm.prank(STRANGER);
        token.permit(RESIDENT, address(catalog), 3 ether, deadline, v, r, s); // someone submits it first
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), RewardCatalog.PermitSignature(v, r, s), choice);
        assertEq(token.balanceOf(RESIDENT), 97 ether, "redeemed anyway");
    }

    function test_redeemWithPermitFailsWithoutValidPermitOrAllowance() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(0xE11E, 3 ether, deadline); // not the resident's key
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(RewardCatalog.RewardCatalogInsufficientAllowance.selector, RESIDENT, 0, 3 ether)
        );
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, choice);
    }

    function test_redeemWithPermitRejectsAPermitForAnotherAmount() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, 3 ether, deadline); // signed for one unit
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 2, PRICE, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(RewardCatalog.RewardCatalogInsufficientAllowance.selector, RESIDENT, 0, 6 ether)
        );
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 2, PRICE, deadline), permit, choice);
    }

    function test_redeemWithPermitExpiredChoiceReverts() public {
        _approve(3 ether);
        uint256 deadline = block.timestamp - 1;
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, PRICE, deadline);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogExpiredSignature.selector, deadline));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, choice);
        assertEq(catalog.nonces(RESIDENT), 0, "choice nonce not used");
    }

    function test_redeemWithPermitBadPermitUsesExistingAllowance() public {
        _approve(3 ether);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), _noPermit(), choice);
        assertEq(token.balanceOf(RESIDENT), 97 ether, "paid from the allowance");
        assertEq(token.nonces(RESIDENT), 0, "permit not used");
    }

    function test_redeemWithPermitUnknownRewardReverts() public {
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogUnknownReward.selector, 9));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, 9, 1, PRICE, block.timestamp), _noPermit(), "");
    }

    function test_onlyRelayerRedeemsWithPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        RewardCatalog.PermitSignature memory permit = _permit(RESIDENT_KEY, 3 ether, deadline);
        bytes memory choice = _choice(RESIDENT_KEY, burnReward, 1, PRICE, deadline);
        vm.expectRevert(_unauthorized(RESIDENT, catalog.RELAYER_ROLE()));
        vm.prank(RESIDENT);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(RESIDENT, burnReward, 1, PRICE, deadline), permit, choice);
    }

    function testFuzz_redeemWithPermitAnySigner(uint256 key, uint8 quantity) public {
        key = bound(key, 1, 1e70);
        quantity = uint8(bound(quantity, 1, 5));
        address resident = vm.addr(key);
        vm.prank(ADMIN);
        token.mint(resident, 20 ether);
        _relay(key, burnReward, quantity, block.timestamp + 1 days);
        assertEq(token.balanceOf(resident), 20 ether - PRICE * quantity, "paid");
        assertEq(catalog.getReward(burnReward).stock, 5 - quantity, "stock");
    }

    function testFuzz_redeemWithPermitOtherRewardIsRefused(uint256 key, uint256 otherReward) public {
        key = bound(key, 1, 1e70);
        otherReward = bound(otherReward, 1, 2);
        uint256 signedReward = otherReward == burnReward ? shopReward : burnReward;
        uint256 deadline = block.timestamp + 1 days;
        address resident = vm.addr(key);
        bytes memory choice = _choice(key, signedReward, 1, PRICE, deadline);
        RewardCatalog.PermitSignature memory permit = _permit(key, PRICE, deadline);
        vm.expectRevert(abi.encodeWithSelector(RewardCatalog.RewardCatalogInvalidSignature.selector, resident));
        vm.prank(RELAYER);
        catalog.redeemWithPermit(RewardCatalog.RedemptionOrder(resident, otherReward, 1, PRICE, deadline), permit, choice);
    }

    // ---------------------------------------------------------------- MerchantsOnly transfer policy

    function test_merchantsOnlyWorksWhenCatalogIsRegistered() public {
        vm.startPrank(ADMIN);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        token.setMerchant(address(catalog), true); // the deployer's duty; MERCHANT itself is not registered
        vm.stopPrank();
        _approve(type(uint256).max);
        vm.startPrank(RESIDENT);
        catalog.redeem(shopReward, 1);
        catalog.redeem(burnReward, 1);
        vm.stopPrank();
        assertEq(token.balanceOf(MERCHANT), 3 ether, "merchant paid");
        assertEq(token.balanceOf(RESIDENT), 94 ether, "resident paid twice");
    }

    function test_merchantsOnlyBlocksAnUnregisteredCatalog() public {
        vm.prank(ADMIN);
        token.setTransferPolicy(CivicToken.TransferPolicy.MerchantsOnly);
        _approve(type(uint256).max);
        vm.expectRevert(
            abi.encodeWithSelector(CivicToken.CivicTokenTransferNotAllowed.selector, RESIDENT, address(catalog))
        );
        vm.prank(RESIDENT);
        catalog.redeem(shopReward, 1);
    }
}
