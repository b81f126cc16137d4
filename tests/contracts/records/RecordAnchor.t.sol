// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {RecordAnchor} from "../../../contracts/records/RecordAnchor.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract RecordAnchorTest is CheatsTest {
    address internal constant ADMIN = address(0xAD);
    address internal constant SERVICE = address(0x5E2);
    address internal constant STRANGER = address(0xBAD);

    // A tree of three records built by @openzeppelin/merkle-tree 1.0.8 (StandardMerkleTree, ["bytes32"]).
    bytes32 internal constant H1 = 0x1111111111111111111111111111111111111111111111111111111111111111;
    bytes32 internal constant H2 = 0x2222222222222222222222222222222222222222222222222222222222222222;
    bytes32 internal constant H3 = 0x3333333333333333333333333333333333333333333333333333333333333333;
    bytes32 internal constant JS_ROOT = 0xa9b9d19e00269b8e357d6b17ae987e7f306e63b8e77615ce706ec522974d2fea;

    RecordAnchor internal anchors;

    event Anchored(bytes32 indexed root, uint256 count);

    function setUp() public {
        vm.warp(1_700_000_000);
        anchors = new RecordAnchor(ADMIN);
        bytes32 role = anchors.ANCHOR_ROLE();
        vm.prank(ADMIN);
        anchors.grantRole(role, SERVICE);
    }

    function test_constructor_wiresRoles() public view {
        assertTrue(anchors.hasRole(anchors.DEFAULT_ADMIN_ROLE(), ADMIN), "admin holds DEFAULT_ADMIN_ROLE");
        assertTrue(anchors.hasRole(anchors.ANCHOR_ROLE(), ADMIN), "admin may anchor");
        assertEq(anchors.ANCHOR_ROLE(), keccak256("ANCHOR_ROLE"), "role id");
        assertEq(anchors.anchorCount(), 0, "nothing anchored");
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(RecordAnchor.RecordAnchorZeroAddress.selector);
        new RecordAnchor(address(0));
    }

    function test_anchor_recordsBlockTimeAndEmits() public {
        vm.roll(42);
        vm.expectEmit(address(anchors));
        emit Anchored(JS_ROOT, 3);
        vm.prank(SERVICE);
        anchors.anchor(JS_ROOT, 3);
        RecordAnchor.Anchor memory a = anchors.anchorOf(JS_ROOT);
        assertEq(a.blockNumber, 42, "block number");
        assertEq(a.timestamp, 1_700_000_000, "block time");
        assertEq(a.count, 3, "count");
        assertTrue(anchors.isAnchored(JS_ROOT), "anchored");
        assertEq(anchors.anchorCount(), 1, "one root");
    }

    function test_anchor_rejectsStrangerZeroRootAndBadCount() public {
        bytes32 role = anchors.ANCHOR_ROLE();
        vm.prank(STRANGER);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, role));
        anchors.anchor(JS_ROOT, 3);
        vm.startPrank(SERVICE);
        vm.expectRevert(RecordAnchor.RecordAnchorZeroRoot.selector);
        anchors.anchor(bytes32(0), 1);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.RecordAnchorInvalidCount.selector, 0));
        anchors.anchor(JS_ROOT, 0);
        uint256 tooMany = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.RecordAnchorInvalidCount.selector, tooMany));
        anchors.anchor(JS_ROOT, tooMany);
        vm.stopPrank();
        assertFalse(anchors.isAnchored(JS_ROOT), "nothing anchored");
    }

    function test_verify_acceptsTheJsLibrarysProofs() public {
        vm.prank(SERVICE);
        anchors.anchor(JS_ROOT, 3);
        bytes32[] memory p1 = new bytes32[](2);
        p1[0] = 0x0f7e1163c9397953c541dc1b3e1fdde14cb0452e6ee4f9e81cd9665cd5f01774;
        p1[1] = 0xf71106156f6c6fb1e886f1022b84b417bc07ade1ba787da2e849607e605475b7;
        bytes32[] memory p3 = new bytes32[](1);
        p3[0] = 0xcb18cb5843115351c1cf5f505b6c5929e5b4480a0f3666d63f5d885c49f4acad;
        (bool ok, uint64 time) = anchors.verify(JS_ROOT, H1, p1);
        assertTrue(ok, "H1 proven");
        assertEq(time, 1_700_000_000, "block time");
        (ok,) = anchors.verify(JS_ROOT, H3, p3);
        assertTrue(ok, "H3 proven");
        (ok, time) = anchors.verify(JS_ROOT, H2, p1);
        assertFalse(ok, "H2 with H1's proof fails");
        assertEq(time, 0, "no time for a failed proof");
    }

    function test_verify_refusesAProofAgainstAnUnanchoredRoot() public view {
        bytes32[] memory p3 = new bytes32[](1);
        p3[0] = 0xcb18cb5843115351c1cf5f505b6c5929e5b4480a0f3666d63f5d885c49f4acad;
        (bool ok,) = anchors.verify(JS_ROOT, H3, p3);
        assertFalse(ok, "a valid proof of a root never anchored proves nothing");
    }

    /// @dev A root anchors once: a second anchor reverts, whoever sends it and whatever its count, and the first
    /// block time and count stand.
    function testFuzz_rootAnchorsOnce(bytes32 root, uint128 count, uint128 secondCount, uint32 later) public {
        vm.assume(root != bytes32(0));
        count = uint128(bound(count, 1, type(uint128).max));
        vm.roll(10);
        vm.prank(SERVICE);
        anchors.anchor(root, count);
        vm.warp(1_700_000_000 + uint256(later));
        vm.roll(11);
        vm.prank(ADMIN);
        vm.expectRevert(abi.encodeWithSelector(RecordAnchor.RecordAnchorAlreadyAnchored.selector, root, uint64(10)));
        anchors.anchor(root, bound(secondCount, 1, type(uint128).max));
        RecordAnchor.Anchor memory a = anchors.anchorOf(root);
        assertEq(a.blockNumber, 10, "first block stands");
        assertEq(a.timestamp, 1_700_000_000, "first time stands");
        assertEq(a.count, count, "first count stands");
        assertEq(anchors.anchorCount(), 1, "counted once");
    }

    /// @dev Any two records: the two-leaf tree's root (sorted pair of leaves) proves each with the other's leaf.
    function testFuzz_twoLeafTreeProvesBothAndNothingElse(bytes32 a, bytes32 b, bytes32 other) public {
        vm.assume(a != b && other != a && other != b);
        bytes32 la = anchors.leafOf(a);
        bytes32 lb = anchors.leafOf(b);
        bytes32 root = la < lb ? keccak256(abi.encode(la, lb)) : keccak256(abi.encode(lb, la));
        vm.prank(SERVICE);
        anchors.anchor(root, 2);
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = lb;
        (bool ok,) = anchors.verify(root, a, proof);
        assertTrue(ok, "a proven");
        proof[0] = la;
        (ok,) = anchors.verify(root, b, proof);
        assertTrue(ok, "b proven");
        (ok,) = anchors.verify(root, other, proof);
        assertFalse(ok, "another record is not");
    }

    function test_leafOf_matchesStandardMerkleTreeEncoding() public view {
        assertEq(anchors.leafOf(H1), keccak256(bytes.concat(keccak256(abi.encode(H1)))), "double-hashed leaf");
    }
}
