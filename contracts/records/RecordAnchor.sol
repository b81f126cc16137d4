// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/**
 * @title RecordAnchor
 * @notice Publishes the roots of Merkle trees of record hashes (Estonia's KSI idea): once a root is anchored,
 * anyone holding a record, its proof and the root can show that the record existed unchanged at the root's
 * block time, without trusting the registry's operator.
 *
 * @dev Trees are OpenZeppelin `StandardMerkleTree`s with leaf encoding `["bytes32"]`: a record hash `h` becomes
 * the leaf `keccak256(bytes.concat(keccak256(abi.encode(h))))` (double hashing keeps a leaf from ever equalling an
 * inner node) and pairs are hashed sorted, so `MerkleProof.verify` and the JS library's `verify` accept the same
 * proofs. Roles: `DEFAULT_ADMIN_ROLE` manages roles; `ANCHOR_ROLE` (the city's service account) anchors roots.
 * A root is anchored once: its block time is the proof's time, so it must never move.
 */
contract RecordAnchor is AccessControl {
    /// @notice May anchor roots.
    bytes32 public constant ANCHOR_ROLE = keccak256("ANCHOR_ROLE");

    /// @notice Where and when a root was anchored, and how many records its tree holds.
    struct Anchor {
        uint64 blockNumber; // 0: never anchored
        uint64 timestamp;
        uint128 count;
    }

    mapping(bytes32 root => Anchor) private _anchors;

    /// @notice Number of roots anchored so far.
    uint256 public anchorCount;

    /// @notice A root of a tree of `count` record hashes was published.
    event Anchored(bytes32 indexed root, uint256 count);

    /// @notice An address argument was zero.
    error RecordAnchorZeroAddress();
    /// @notice The zero root cannot be anchored (it would look like "never anchored").
    error RecordAnchorZeroRoot();
    /// @notice A tree holds at least one record and fewer than 2^128.
    error RecordAnchorInvalidCount(uint256 count);
    /// @notice This root is already anchored; its first block time stands.
    error RecordAnchorAlreadyAnchored(bytes32 root, uint64 blockNumber);

    constructor(address admin) {
        if (admin == address(0)) revert RecordAnchorZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ANCHOR_ROLE, admin);
    }

    /**
     * @notice Anchors `root`, the root of a tree of `count` record hashes. Reverts when it was anchored before.
     */
    function anchor(bytes32 root, uint256 count) external onlyRole(ANCHOR_ROLE) {
        if (root == bytes32(0)) revert RecordAnchorZeroRoot();
        if (count == 0 || count > type(uint128).max) revert RecordAnchorInvalidCount(count);
        Anchor storage a = _anchors[root];
        if (a.blockNumber != 0) revert RecordAnchorAlreadyAnchored(root, a.blockNumber);
        _anchors[root] = Anchor(uint64(block.number), uint64(block.timestamp), uint128(count));
        unchecked {
            ++anchorCount;
        }
        emit Anchored(root, count);
    }

    /// @notice Where and when `root` was anchored (block number 0: never).
    function anchorOf(bytes32 root) external view returns (Anchor memory) {
        return _anchors[root];
    }

    /// @notice Whether `root` has been anchored.
    function isAnchored(bytes32 root) public view returns (bool) {
        return _anchors[root].blockNumber != 0;
    }

    /// @notice The `StandardMerkleTree` leaf (encoding `["bytes32"]`) of a record hash.
    function leafOf(bytes32 hash) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(hash))));
    }

    /**
     * @notice True when `root` is anchored and `proof` proves that `hash` is a record of its tree.
     * @return ok whether the proof holds for an anchored root
     * @return timestamp the root's block time (0 when `ok` is false)
     */
    function verify(bytes32 root, bytes32 hash, bytes32[] calldata proof) external view returns (bool ok, uint64 timestamp) {
        Anchor storage a = _anchors[root];
        if (a.blockNumber == 0 || !MerkleProof.verifyCalldata(proof, root, leafOf(hash))) {
            return (false, 0);
        }
        return (true, a.timestamp);
    }
}
