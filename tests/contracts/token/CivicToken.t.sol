// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CivicToken} from "../../../contracts/token/CivicToken.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract CivicTokenTest is CheatsTest {
    CivicToken internal token;
    address internal constant ADMIN = address(0xA11CE);
    address internal constant RESIDENT = address(0xB0B);

    function setUp() public {
        token = new CivicToken("CityToken", "CITY", ADMIN);
    }

    function test_adminHoldsAdminAndMinterRoles() public view {
        assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), ADMIN), "admin role");
        assertTrue(token.hasRole(token.MINTER_ROLE(), ADMIN), "minter role");
        assertTrue(!token.hasRole(token.MINTER_ROLE(), address(this)), "deployer is not minter");
    }

    function test_minterMints() public {
        vm.prank(ADMIN);
        token.mint(RESIDENT, 5 ether);
        assertEq(token.balanceOf(RESIDENT), 5 ether, "balance");
        assertEq(token.totalSupply(), 5 ether, "supply");
    }

    function test_nonMinterCannotMint() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, RESIDENT, token.MINTER_ROLE()
            )
        );
        vm.prank(RESIDENT);
        token.mint(RESIDENT, 1);
    }

    function test_zeroAdminReverts() public {
        vm.expectRevert(CivicToken.CivicTokenZeroAdmin.selector);
        new CivicToken("CityToken", "CITY", address(0));
    }

    function testFuzz_mintAddsExactly(address to, uint128 amount) public {
        vm.assume(to != address(0));
        vm.prank(ADMIN);
        token.mint(to, amount);
        assertEq(token.balanceOf(to), amount, "balance");
    }
}
