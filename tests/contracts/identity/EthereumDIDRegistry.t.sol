// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EthereumDIDRegistry} from "../../../contracts/identity/EthereumDIDRegistry.sol";
import {IIdentityOwners} from "../../../contracts/identity/IIdentityOwners.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract EthereumDIDRegistryTest is CheatsTest {
    EthereumDIDRegistry internal registry;

    uint256 internal constant IDENTITY_PK = 0xA11CE;
    uint256 internal constant OWNER_PK = 0xB0B;
    uint256 internal constant STRANGER_PK = 0xBAD;
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    address internal identity;
    address internal owner;
    address internal stranger;
    address internal constant DELEGATE = address(0xDE1E);
    address internal constant RELAYER = address(0x4E1A);

    bytes32 internal constant VERI_KEY = "veriKey";
    bytes32 internal constant SIG_AUTH = "sigAuth";
    bytes32 internal constant SVC = "did/svc/LinkedDomains";
    bytes internal constant SVC_VALUE = "https://city.example";

    function setUp() public {
        registry = new EthereumDIDRegistry();
        identity = vm.addr(IDENTITY_PK);
        owner = vm.addr(OWNER_PK);
        stranger = vm.addr(STRANGER_PK);
        vm.warp(1_700_000_000);
        vm.roll(100);
    }

    // ------------------------------------------------------------------ helpers

    function _sign(uint256 pk, bytes32 digest) internal pure returns (uint8 v, bytes32 r, bytes32 s) {
        return vm.sign(pk, digest);
    }

    function _digest(bytes memory payload) internal view returns (bytes32) {
        return keccak256(
            abi.encodePacked(bytes1(0x19), bytes1(0), address(registry), registry.nonce(registry.identityOwner(identity)), identity, payload)
        );
    }

    function _changeOwnerDigest(address newOwner) internal view returns (bytes32) {
        return _digest(abi.encodePacked("changeOwner", newOwner));
    }

    function _addDelegateDigest(bytes32 t, address d, uint256 validity) internal view returns (bytes32) {
        return _digest(abi.encodePacked("addDelegate", t, d, validity));
    }

    function _revokeDelegateDigest(bytes32 t, address d) internal view returns (bytes32) {
        return _digest(abi.encodePacked("revokeDelegate", t, d));
    }

    function _setAttributeDigest(bytes32 n, bytes memory value, uint256 validity) internal view returns (bytes32) {
        return _digest(abi.encodePacked("setAttribute", n, value, validity));
    }

    function _revokeAttributeDigest(bytes32 n, bytes memory value) internal view returns (bytes32) {
        return _digest(abi.encodePacked("revokeAttribute", n, value));
    }

    function _giveTo(address newOwner) internal {
        vm.prank(identity);
        registry.changeOwner(identity, newOwner);
    }

    // ------------------------------------------------------------------ identityOwner / changeOwner

    function test_identityOwnsItselfByDefault() public view {
        assertEq(registry.identityOwner(identity), identity, "owner");
        assertEq(registry.owners(identity), address(0), "owners slot");
        assertEq(registry.changed(identity), 0, "changed");
        assertEq(IIdentityOwners(address(registry)).identityOwner(owner), owner, "interface view");
    }

    function test_changeOwner_setsOwnerEmitsAndLinks() public {
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDOwnerChanged(identity, owner, 0);
        _giveTo(owner);
        assertEq(registry.identityOwner(identity), owner, "owner");
        assertEq(registry.owners(identity), owner, "owners slot");
        assertEq(registry.changed(identity), 100, "changed block");

        vm.roll(150);
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDOwnerChanged(identity, stranger, 100);
        vm.prank(owner);
        registry.changeOwner(identity, stranger);
        assertEq(registry.changed(identity), 150, "changed block moves");
    }

    function test_changeOwner_revertsForNonOwner() public {
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, stranger)
        );
        vm.prank(stranger);
        registry.changeOwner(identity, stranger);
    }

    function test_changeOwner_previousOwnerLosesControl() public {
        _giveTo(owner);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, identity)
        );
        vm.prank(identity);
        registry.changeOwner(identity, identity);
    }

    function test_changeOwner_toZeroFallsBackToIdentity() public {
        _giveTo(owner);
        vm.prank(owner);
        registry.changeOwner(identity, address(0));
        assertEq(registry.identityOwner(identity), identity, "ERC-1056: zero owner means the identity");
    }

    function test_changeOwnerSigned_relayedByAnyone() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _changeOwnerDigest(owner));
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDOwnerChanged(identity, owner, 0);
        vm.prank(RELAYER);
        registry.changeOwnerSigned(identity, v, r, s, owner);
        assertEq(registry.identityOwner(identity), owner, "owner");
        assertEq(registry.nonce(identity), 1, "signer nonce consumed");
        assertEq(registry.nonce(owner), 0, "new owner nonce untouched");
    }

    function test_changeOwnerSigned_revertsForWrongSigner() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(STRANGER_PK, _changeOwnerDigest(stranger));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, stranger)
        );
        registry.changeOwnerSigned(identity, v, r, s, stranger);
    }

    function test_changeOwnerSigned_revertsOnReplay() public {
        bytes32 digest = _changeOwnerDigest(identity);
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, digest);
        registry.changeOwnerSigned(identity, v, r, s, identity);
        // The nonce moved on: the same signature now recovers some other address.
        address recovered = ecrecover(_changeOwnerDigest(identity), v, r, s);
        assertTrue(recovered != identity, "replay must not recover the owner");
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.changeOwnerSigned(identity, v, r, s, identity);
    }

    function test_changeOwnerSigned_revertsForTamperedArgument() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _changeOwnerDigest(owner));
        address recovered = ecrecover(_changeOwnerDigest(stranger), v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.changeOwnerSigned(identity, v, r, s, stranger);
    }

    function test_changeOwnerSigned_revertsForPreviousOwnerSignature() public {
        _giveTo(owner);
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _changeOwnerDigest(identity));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, identity)
        );
        registry.changeOwnerSigned(identity, v, r, s, identity);
    }

    function test_changeOwnerSigned_revertsForMalformedSignatures() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _changeOwnerDigest(owner));
        // High-s twin of a valid signature (malleability) is rejected.
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        vm.expectRevert(EthereumDIDRegistry.EthereumDIDRegistryInvalidSignature.selector);
        registry.changeOwnerSigned(identity, v == 27 ? 28 : 27, r, highS, owner);
        // A zero r cannot recover any address.
        vm.expectRevert(EthereumDIDRegistry.EthereumDIDRegistryInvalidSignature.selector);
        registry.changeOwnerSigned(identity, v, bytes32(0), s, owner);
        // The zero identity (which "owns itself" as address zero) cannot be taken over with junk either.
        vm.expectRevert(EthereumDIDRegistry.EthereumDIDRegistryInvalidSignature.selector);
        registry.changeOwnerSigned(address(0), 0, bytes32(0), bytes32(0), owner);
    }

    // ------------------------------------------------------------------ delegates

    function test_addDelegate_validUntilExpiry() public {
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDDelegateChanged(identity, VERI_KEY, DELEGATE, block.timestamp + 1 days, 0);
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);

        assertEq(
            registry.delegates(identity, keccak256(abi.encode(VERI_KEY)), DELEGATE),
            block.timestamp + 1 days,
            "delegates keyed by keccak256(abi.encode(type))"
        );
        assertTrue(registry.validDelegate(identity, VERI_KEY, DELEGATE), "valid now");
        assertTrue(!registry.validDelegate(identity, SIG_AUTH, DELEGATE), "other type not valid");
        assertEq(registry.changed(identity), 100, "changed");
        vm.warp(block.timestamp + 1 days - 1);
        assertTrue(registry.validDelegate(identity, VERI_KEY, DELEGATE), "valid just before expiry");
        vm.warp(block.timestamp + 1);
        assertTrue(!registry.validDelegate(identity, VERI_KEY, DELEGATE), "expired at validTo");
    }

    function test_addDelegate_revertsForNonOwner() public {
        _giveTo(owner);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, identity)
        );
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);
    }

    function test_addDelegate_revertsOnValidityOverflow() public {
        uint256 validity = type(uint256).max - block.timestamp + 1;
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryValidityOverflow.selector, validity)
        );
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, validity);
    }

    function test_addDelegateSigned() public {
        _giveTo(owner);
        vm.roll(101);
        (uint8 v, bytes32 r, bytes32 s) = _sign(OWNER_PK, _addDelegateDigest(SIG_AUTH, DELEGATE, 7 days));
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDDelegateChanged(identity, SIG_AUTH, DELEGATE, block.timestamp + 7 days, 100);
        vm.prank(RELAYER);
        registry.addDelegateSigned(identity, v, r, s, SIG_AUTH, DELEGATE, 7 days);
        assertTrue(registry.validDelegate(identity, SIG_AUTH, DELEGATE), "valid");
        assertEq(registry.nonce(owner), 1, "owner nonce");
        assertEq(registry.changed(identity), 101, "changed");
    }

    function test_addDelegateSigned_revertsForWrongSignerAndReplay() public {
        bytes32 digest = _addDelegateDigest(VERI_KEY, DELEGATE, 1 days);
        (uint8 v, bytes32 r, bytes32 s) = _sign(STRANGER_PK, digest);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, stranger)
        );
        registry.addDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE, 1 days);

        (v, r, s) = _sign(IDENTITY_PK, digest);
        registry.addDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE, 1 days);
        address recovered = ecrecover(_addDelegateDigest(VERI_KEY, DELEGATE, 1 days), v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.addDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE, 1 days);
    }

    function test_revokeDelegate_endsValidityNow() public {
        vm.startPrank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);
        vm.roll(120);
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDDelegateChanged(identity, VERI_KEY, DELEGATE, block.timestamp, 100);
        registry.revokeDelegate(identity, VERI_KEY, DELEGATE);
        vm.stopPrank();
        assertTrue(!registry.validDelegate(identity, VERI_KEY, DELEGATE), "revoked");
        assertEq(registry.delegates(identity, keccak256(abi.encode(VERI_KEY)), DELEGATE), block.timestamp, "validTo");
        assertEq(registry.changed(identity), 120, "changed");
    }

    function test_revokeDelegate_revertsForNonOwner() public {
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, DELEGATE)
        );
        vm.prank(DELEGATE);
        registry.revokeDelegate(identity, VERI_KEY, DELEGATE);
        assertTrue(registry.validDelegate(identity, VERI_KEY, DELEGATE), "still valid");
    }

    function test_revokeDelegateSigned() public {
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _revokeDelegateDigest(VERI_KEY, DELEGATE));
        vm.prank(RELAYER);
        registry.revokeDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE);
        assertTrue(!registry.validDelegate(identity, VERI_KEY, DELEGATE), "revoked");
        assertEq(registry.nonce(identity), 1, "nonce");

        address recovered = ecrecover(_revokeDelegateDigest(VERI_KEY, DELEGATE), v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.revokeDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE);
    }

    function test_revokeDelegateSigned_revertsForWrongSigner() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(STRANGER_PK, _revokeDelegateDigest(VERI_KEY, DELEGATE));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, stranger)
        );
        registry.revokeDelegateSigned(identity, v, r, s, VERI_KEY, DELEGATE);
    }

    // ------------------------------------------------------------------ attributes

    function test_setAttribute_emitsAndLinks() public {
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDAttributeChanged(identity, SVC, SVC_VALUE, block.timestamp + 30 days, 0);
        vm.prank(identity);
        registry.setAttribute(identity, SVC, SVC_VALUE, 30 days);
        assertEq(registry.changed(identity), 100, "changed");
    }

    function test_setAttribute_revertsForNonOwnerAndOverflow() public {
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, stranger)
        );
        vm.prank(stranger);
        registry.setAttribute(identity, SVC, SVC_VALUE, 30 days);

        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryValidityOverflow.selector, type(uint256).max)
        );
        vm.prank(identity);
        registry.setAttribute(identity, SVC, SVC_VALUE, type(uint256).max);
        assertEq(registry.changed(identity), 0, "nothing changed");
    }

    function test_setAttributeSigned() public {
        _giveTo(owner);
        (uint8 v, bytes32 r, bytes32 s) = _sign(OWNER_PK, _setAttributeDigest(SVC, SVC_VALUE, 1 days));
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDAttributeChanged(identity, SVC, SVC_VALUE, block.timestamp + 1 days, 100);
        vm.prank(RELAYER);
        registry.setAttributeSigned(identity, v, r, s, SVC, SVC_VALUE, 1 days);
        assertEq(registry.nonce(owner), 1, "nonce");

        address recovered = ecrecover(_setAttributeDigest(SVC, SVC_VALUE, 1 days), v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.setAttributeSigned(identity, v, r, s, SVC, SVC_VALUE, 1 days);
    }

    function test_setAttributeSigned_revertsForWrongSigner() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(STRANGER_PK, _setAttributeDigest(SVC, SVC_VALUE, 1 days));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, stranger)
        );
        registry.setAttributeSigned(identity, v, r, s, SVC, SVC_VALUE, 1 days);
    }

    function test_revokeAttribute_emitsZeroValidTo() public {
        vm.startPrank(identity);
        registry.setAttribute(identity, SVC, SVC_VALUE, 1 days);
        vm.roll(130);
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDAttributeChanged(identity, SVC, SVC_VALUE, 0, 100);
        registry.revokeAttribute(identity, SVC, SVC_VALUE);
        vm.stopPrank();
        assertEq(registry.changed(identity), 130, "changed");
    }

    function test_revokeAttribute_revertsForNonOwner() public {
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, stranger)
        );
        vm.prank(stranger);
        registry.revokeAttribute(identity, SVC, SVC_VALUE);
    }

    function test_revokeAttributeSigned() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(IDENTITY_PK, _revokeAttributeDigest(SVC, SVC_VALUE));
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDAttributeChanged(identity, SVC, SVC_VALUE, 0, 0);
        vm.prank(RELAYER);
        registry.revokeAttributeSigned(identity, v, r, s, SVC, SVC_VALUE);
        assertEq(registry.nonce(identity), 1, "nonce");

        address recovered = ecrecover(_revokeAttributeDigest(SVC, SVC_VALUE), v, r, s);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, recovered)
        );
        registry.revokeAttributeSigned(identity, v, r, s, SVC, SVC_VALUE);
    }

    function test_revokeAttributeSigned_revertsForWrongSigner() public {
        (uint8 v, bytes32 r, bytes32 s) = _sign(STRANGER_PK, _revokeAttributeDigest(SVC, SVC_VALUE));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, stranger)
        );
        registry.revokeAttributeSigned(identity, v, r, s, SVC, SVC_VALUE);
    }

    function test_sameBlockChangesKeepPreviousChange() public {
        vm.startPrank(identity);
        registry.setAttribute(identity, SVC, SVC_VALUE, 1 days);
        vm.roll(200);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, 1 days);
        // A second change in block 200 points back to block 200 itself (resolvers read all logs of a block).
        vm.expectEmit(true, true, true, true);
        emit EthereumDIDRegistry.DIDDelegateChanged(identity, SIG_AUTH, DELEGATE, block.timestamp + 1 days, 200);
        registry.addDelegate(identity, SIG_AUTH, DELEGATE, 1 days);
        vm.stopPrank();
        assertEq(registry.changed(identity), 200, "changed");
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_delegateValidityWindow(uint64 validity, uint64 elapsed) public {
        vm.prank(identity);
        registry.addDelegate(identity, VERI_KEY, DELEGATE, validity);
        vm.warp(block.timestamp + elapsed);
        assertTrue(
            registry.validDelegate(identity, VERI_KEY, DELEGATE) == (elapsed < validity), "valid iff before validTo"
        );
    }

    function testFuzz_signedChangeOwnerBySigner(uint256 pk, address newOwner) public {
        pk = 1 + (pk % (SECP256K1_N - 1));
        address signerIdentity = vm.addr(pk);
        bytes32 digest = keccak256(
            abi.encodePacked(
                bytes1(0x19), bytes1(0), address(registry), registry.nonce(signerIdentity), signerIdentity, "changeOwner", newOwner
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        vm.prank(RELAYER);
        registry.changeOwnerSigned(signerIdentity, v, r, s, newOwner);
        assertEq(registry.identityOwner(signerIdentity), newOwner == address(0) ? signerIdentity : newOwner, "owner");
        assertEq(registry.nonce(signerIdentity), 1, "nonce");
    }

    function testFuzz_signatureFromAnyOtherKeyRejected(uint256 pk, bytes32 name, uint32 validity) public {
        pk = 1 + (pk % (SECP256K1_N - 1));
        vm.assume(pk != IDENTITY_PK);
        address signer = vm.addr(pk);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, _setAttributeDigest(name, SVC_VALUE, validity));
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedSigner.selector, identity, signer)
        );
        registry.setAttributeSigned(identity, v, r, s, name, SVC_VALUE, validity);
    }

    function testFuzz_onlyOwnerChanges(address caller, address newOwner) public {
        vm.assume(caller != identity);
        vm.expectRevert(
            abi.encodeWithSelector(EthereumDIDRegistry.EthereumDIDRegistryUnauthorizedActor.selector, identity, caller)
        );
        vm.prank(caller);
        registry.changeOwner(identity, newOwner);
    }
}
