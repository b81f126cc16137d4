// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IIdentityOwners} from "./IIdentityOwners.sol";

/**
 * @title EthereumDIDRegistry
 * @notice ERC-1056 lightweight identity registry behind `did:ethr` identifiers.
 *
 * Every Ethereum address is an identity that it owns until ownership changes. The owner may add expiring
 * delegates (e.g. `veriKey`, `sigAuth`) and publish attributes (public keys `did/pub/...`, service
 * endpoints `did/svc/...`) that live only in events. Each change records the block number of the previous
 * change in `changed`, so resolvers walk the identity's history backwards through event logs.
 *
 * @dev ABI- and event-compatible with uPort's deployed `ethr-did-registry`: same functions, public views
 * (`owners`, `delegates`, `changed`, `nonce`), event signatures, `previousChange` linked list and
 * signed-message scheme, so `ethr-did-resolver`, `ethr-did` and Veramo work against it unchanged.
 * Deliberate differences that tools do not observe:
 * - failures revert with custom errors instead of the strings `bad_actor` / `bad_signature`;
 * - signatures are checked with OpenZeppelin's {ECDSA.tryRecover}: malleable (high-s) or malformed signatures
 *   revert instead of recovering a junk address (standard signers always produce low-s signatures);
 * - `block.timestamp + validity` overflowing reverts with a custom error instead of a panic.
 *
 * As in ERC-1056, changing the owner to the zero address is how a DID is deactivated for resolvers; on chain
 * `identityOwner` then falls back to the identity itself.
 *
 * Signed variants: the identity's current owner signs
 * `keccak256(0x19 ‖ 0x00 ‖ registry ‖ nonce[owner] ‖ identity ‖ functionName ‖ args)` (tightly packed) and
 * anyone may relay it; the owner's nonce is then incremented so a signature is good once.
 */
contract EthereumDIDRegistry is IIdentityOwners {
    /// @notice Owner set for an identity; zero means the identity owns itself (see {identityOwner}).
    mapping(address identity => address owner) public owners;

    /// @notice Expiry time of a delegate, keyed by identity, `keccak256(abi.encode(delegateType))` and delegate.
    mapping(address identity => mapping(bytes32 delegateTypeHash => mapping(address delegate => uint256 validTo)))
        public delegates;

    /// @notice Block number of the identity's most recent change (zero if never changed): head of its log list.
    mapping(address identity => uint256 blockNumber) public changed;

    /// @notice Number of signed changes consumed per signer (the identity owner at signing time).
    mapping(address signer => uint256 count) public nonce;

    /**
     * @notice Emitted when the owner of `identity` changed to `owner`.
     * @param identity The identity (DID address).
     * @param owner The new owner; zero marks the DID as deactivated for resolvers.
     * @param previousChange Block of the identity's previous change (zero for the first).
     */
    event DIDOwnerChanged(address indexed identity, address owner, uint256 previousChange);

    /**
     * @notice Emitted when a delegate of `identity` was added or revoked.
     * @param identity The identity (DID address).
     * @param delegateType Delegate type, e.g. `veriKey` or `sigAuth` (bytes32, right-padded UTF-8).
     * @param delegate The delegate address.
     * @param validTo Time until which the delegate is valid (the revocation time when revoked).
     * @param previousChange Block of the identity's previous change (zero for the first).
     */
    event DIDDelegateChanged(
        address indexed identity, bytes32 delegateType, address delegate, uint256 validTo, uint256 previousChange
    );

    /**
     * @notice Emitted when an attribute of `identity` was set or revoked.
     * @param identity The identity (DID address).
     * @param name Attribute name, e.g. `did/pub/Secp256k1/veriKey/hex` or `did/svc/HubService`.
     * @param value Attribute value (key bytes, or UTF-8 service endpoint).
     * @param validTo Time until which the attribute is valid; zero when revoked.
     * @param previousChange Block of the identity's previous change (zero for the first).
     */
    event DIDAttributeChanged(
        address indexed identity, bytes32 name, bytes value, uint256 validTo, uint256 previousChange
    );

    /// @notice `actor` called a change on `identity` without being its owner.
    error EthereumDIDRegistryUnauthorizedActor(address identity, address actor);

    /// @notice A signed change was signed by `signer`, who is not the owner of `identity`.
    error EthereumDIDRegistryUnauthorizedSigner(address identity, address signer);

    /// @notice A signed change carried a malformed or malleable signature.
    error EthereumDIDRegistryInvalidSignature();

    /// @notice `block.timestamp + validity` does not fit in a uint256.
    error EthereumDIDRegistryValidityOverflow(uint256 validity);

    /**
     * @notice Current owner of `identity`: the address set by {changeOwner}, or the identity itself.
     * @param identity The identity (DID address).
     * @return The address allowed to change `identity`.
     */
    function identityOwner(address identity) public view override returns (address) {
        address owner = owners[identity];
        return owner == address(0) ? identity : owner;
    }

    /**
     * @notice Whether `delegate` is an unexpired delegate of `identity` for `delegateType` now.
     * @param identity The identity (DID address).
     * @param delegateType Delegate type, e.g. `veriKey` or `sigAuth`.
     * @param delegate The delegate address.
     * @return True when the delegate's expiry lies in the future.
     */
    function validDelegate(address identity, bytes32 delegateType, address delegate) public view returns (bool) {
        return delegates[identity][_delegateTypeHash(delegateType)][delegate] > block.timestamp;
    }

    /**
     * @notice Sets the owner of `identity` to `newOwner`; the caller must be the current owner.
     * @param identity The identity (DID address).
     * @param newOwner The new owner (zero deactivates the DID for resolvers).
     */
    function changeOwner(address identity, address newOwner) public {
        _checkActor(identity, msg.sender);
        _changeOwner(identity, newOwner);
    }

    /**
     * @notice {changeOwner} authorised by the owner's signature, relayed by anyone.
     * @param identity The identity (DID address).
     * @param sigV Signature `v`.
     * @param sigR Signature `r`.
     * @param sigS Signature `s`.
     * @param newOwner The new owner.
     */
    function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) public {
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19), bytes1(0), address(this), nonce[identityOwner(identity)], identity, "changeOwner", newOwner
            )
        );
        _checkSignature(identity, sigV, sigR, sigS, digest);
        _changeOwner(identity, newOwner);
    }

    /**
     * @notice Adds (or extends) `delegate` as a `delegateType` delegate of `identity` for `validity` seconds.
     * @param identity The identity (DID address).
     * @param delegateType Delegate type, e.g. `veriKey` or `sigAuth`.
     * @param delegate The delegate address.
     * @param validity Seconds from now during which the delegate is valid.
     */
    function addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity) public {
        _checkActor(identity, msg.sender);
        _addDelegate(identity, delegateType, delegate, validity);
    }

    /**
     * @notice {addDelegate} authorised by the owner's signature, relayed by anyone.
     * @param identity The identity (DID address).
     * @param sigV Signature `v`.
     * @param sigR Signature `r`.
     * @param sigS Signature `s`.
     * @param delegateType Delegate type.
     * @param delegate The delegate address.
     * @param validity Seconds from now during which the delegate is valid.
     */
    function addDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate,
        uint256 validity
    ) public {
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "addDelegate",
                delegateType,
                delegate,
                validity
            )
        );
        _checkSignature(identity, sigV, sigR, sigS, digest);
        _addDelegate(identity, delegateType, delegate, validity);
    }

    /**
     * @notice Revokes `delegate` as a `delegateType` delegate of `identity`, effective now.
     * @param identity The identity (DID address).
     * @param delegateType Delegate type.
     * @param delegate The delegate address.
     */
    function revokeDelegate(address identity, bytes32 delegateType, address delegate) public {
        _checkActor(identity, msg.sender);
        _revokeDelegate(identity, delegateType, delegate);
    }

    /**
     * @notice {revokeDelegate} authorised by the owner's signature, relayed by anyone.
     * @param identity The identity (DID address).
     * @param sigV Signature `v`.
     * @param sigR Signature `r`.
     * @param sigS Signature `s`.
     * @param delegateType Delegate type.
     * @param delegate The delegate address.
     */
    function revokeDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate
    ) public {
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "revokeDelegate",
                delegateType,
                delegate
            )
        );
        _checkSignature(identity, sigV, sigR, sigS, digest);
        _revokeDelegate(identity, delegateType, delegate);
    }

    /**
     * @notice Publishes attribute `name` = `value` for `identity`, valid for `validity` seconds (event only).
     * @param identity The identity (DID address).
     * @param name Attribute name, e.g. `did/svc/HubService`.
     * @param value Attribute value.
     * @param validity Seconds from now during which the attribute is valid.
     */
    function setAttribute(address identity, bytes32 name, bytes calldata value, uint256 validity) public {
        _checkActor(identity, msg.sender);
        _setAttribute(identity, name, value, validity);
    }

    /**
     * @notice {setAttribute} authorised by the owner's signature, relayed by anyone.
     * @param identity The identity (DID address).
     * @param sigV Signature `v`.
     * @param sigR Signature `r`.
     * @param sigS Signature `s`.
     * @param name Attribute name.
     * @param value Attribute value.
     * @param validity Seconds from now during which the attribute is valid.
     */
    function setAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value,
        uint256 validity
    ) public {
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19),
                bytes1(0),
                address(this),
                nonce[identityOwner(identity)],
                identity,
                "setAttribute",
                name,
                value,
                validity
            )
        );
        _checkSignature(identity, sigV, sigR, sigS, digest);
        _setAttribute(identity, name, value, validity);
    }

    /**
     * @notice Revokes attribute `name` = `value` of `identity` (event with `validTo` zero).
     * @param identity The identity (DID address).
     * @param name Attribute name.
     * @param value Attribute value being revoked.
     */
    function revokeAttribute(address identity, bytes32 name, bytes calldata value) public {
        _checkActor(identity, msg.sender);
        _revokeAttribute(identity, name, value);
    }

    /**
     * @notice {revokeAttribute} authorised by the owner's signature, relayed by anyone.
     * @param identity The identity (DID address).
     * @param sigV Signature `v`.
     * @param sigR Signature `r`.
     * @param sigS Signature `s`.
     * @param name Attribute name.
     * @param value Attribute value being revoked.
     */
    function revokeAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value
    ) public {
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19), bytes1(0), address(this), nonce[identityOwner(identity)], identity, "revokeAttribute", name, value
            )
        );
        _checkSignature(identity, sigV, sigR, sigS, digest);
        _revokeAttribute(identity, name, value);
    }

    // ------------------------------------------------------------------ internals

    function _changeOwner(address identity, address newOwner) private {
        owners[identity] = newOwner;
        uint256 previousChange = _touch(identity);
        emit DIDOwnerChanged(identity, newOwner, previousChange);
    }

    function _addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity)
        private
    {
        uint256 validTo = _validTo(validity);
        delegates[identity][_delegateTypeHash(delegateType)][delegate] = validTo;
        uint256 previousChange = _touch(identity);
        emit DIDDelegateChanged(identity, delegateType, delegate, validTo, previousChange);
    }

    function _revokeDelegate(address identity, bytes32 delegateType, address delegate) private {
        delegates[identity][_delegateTypeHash(delegateType)][delegate] = block.timestamp;
        uint256 previousChange = _touch(identity);
        emit DIDDelegateChanged(identity, delegateType, delegate, block.timestamp, previousChange);
    }

    function _setAttribute(address identity, bytes32 name, bytes calldata value, uint256 validity) private {
        uint256 validTo = _validTo(validity);
        uint256 previousChange = _touch(identity);
        emit DIDAttributeChanged(identity, name, value, validTo, previousChange);
    }

    function _revokeAttribute(address identity, bytes32 name, bytes calldata value) private {
        uint256 previousChange = _touch(identity);
        emit DIDAttributeChanged(identity, name, value, 0, previousChange);
    }

    /// @dev Moves the head of `identity`'s change list to this block and returns the previous head.
    function _touch(address identity) private returns (uint256 previousChange) {
        previousChange = changed[identity];
        changed[identity] = block.number;
    }

    /// @dev Reverts unless `actor` owns `identity`.
    function _checkActor(address identity, address actor) private view {
        if (actor != identityOwner(identity)) revert EthereumDIDRegistryUnauthorizedActor(identity, actor);
    }

    /// @dev Recovers the signer of `digest`, requires it to own `identity`, and consumes its nonce.
    function _checkSignature(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 digest)
        private
    {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sigV, sigR, sigS);
        if (err != ECDSA.RecoverError.NoError) revert EthereumDIDRegistryInvalidSignature();
        if (signer != identityOwner(identity)) revert EthereumDIDRegistryUnauthorizedSigner(identity, signer);
        unchecked {
            // A uint256 counter incremented once per transaction cannot overflow.
            ++nonce[signer];
        }
    }

    function _validTo(uint256 validity) private view returns (uint256) {
        if (validity > type(uint256).max - block.timestamp) revert EthereumDIDRegistryValidityOverflow(validity);
        return block.timestamp + validity;
    }

    function _delegateTypeHash(bytes32 delegateType) private pure returns (bytes32) {
        return keccak256(abi.encode(delegateType));
    }
}
