// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CredentialRegistry} from "../../../contracts/identity/CredentialRegistry.sol";
import {ICredentialStatus} from "../../../contracts/identity/ICredentialStatus.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract CredentialRegistryTest is CheatsTest {
    CredentialRegistry internal registry;

    address internal constant ADMIN = address(0xA11CE);
    address internal constant REGISTRAR = address(0x4E6);
    address internal constant REGISTRAR_2 = address(0x4E7);
    address internal constant STRANGER = address(0xBAD);
    address internal constant DID_A = address(0xD1DA);
    address internal constant DID_B = address(0xD1DB);

    bytes32 internal constant RESIDENT = keccak256("resident");
    bytes32 internal constant E_CERT = keccak256("e-certificate");
    bytes32 internal constant PERSON_1 = keccak256("salt|person-1");
    bytes32 internal constant PERSON_2 = keccak256("salt|person-2");
    bytes32 internal constant DATA = keccak256("credential document");
    string internal constant URI = "ipfs://bafy-credential";

    uint256 internal constant T0 = 1_700_000_000;
    uint64 internal constant YEAR = 365 days;

    function setUp() public {
        vm.warp(T0);
        registry = new CredentialRegistry(ADMIN);
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.startPrank(ADMIN);
        registry.grantRole(role, REGISTRAR);
        registry.grantRole(role, REGISTRAR_2);
        vm.stopPrank();
    }

    function _issue(address subject, bytes32 personKey) internal returns (uint256) {
        vm.prank(REGISTRAR);
        return registry.issue(subject, RESIDENT, personKey, uint64(block.timestamp) + YEAR, DATA, URI);
    }

    // ------------------------------------------------------------------ roles and constructor

    function test_constructor_adminOnlyAdmin() public view {
        assertTrue(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), ADMIN), "admin role");
        assertTrue(!registry.hasRole(registry.REGISTRAR_ROLE(), ADMIN), "admin is not a registrar");
        assertEq(registry.REGISTRAR_ROLE(), keccak256("REGISTRAR_ROLE"), "role id");
        assertEq(registry.credentialCount(), 0, "no credentials");
    }

    function test_constructor_revertsForZeroAdmin() public {
        vm.expectRevert(CredentialRegistry.CredentialRegistryZeroAdmin.selector);
        new CredentialRegistry(address(0));
    }

    function test_issue_revertsForNonRegistrar() public {
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, role));
        vm.prank(STRANGER);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 1), DATA, "");

        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ADMIN, role));
        vm.prank(ADMIN);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 1), DATA, "");
    }

    function test_revoke_revertsForNonRegistrar() public {
        uint256 id = _issue(DID_A, PERSON_1);
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, role));
        vm.prank(STRANGER);
        registry.revoke(id);
        assertTrue(registry.isValid(DID_A, RESIDENT, block.timestamp), "still valid");
    }

    function test_adminRevokesRegistrarRole() public {
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.prank(ADMIN);
        registry.revokeRole(role, REGISTRAR);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REGISTRAR, role));
        vm.prank(REGISTRAR);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 1), DATA, "");
    }

    function test_nonAdminCannotGrantRegistrar() public {
        bytes32 role = registry.REGISTRAR_ROLE();
        bytes32 adminRole = registry.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REGISTRAR, adminRole)
        );
        vm.prank(REGISTRAR);
        registry.grantRole(role, STRANGER);
    }

    function test_supportsInterfaces() public view {
        assertTrue(registry.supportsInterface(type(IAccessControl).interfaceId), "IAccessControl");
    }

    // ------------------------------------------------------------------ issue

    function test_issue_storesEmitsAndIsValid() public {
        uint64 expiresAt = uint64(T0) + YEAR;
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.CredentialIssued(1, DID_A, RESIDENT, PERSON_1, REGISTRAR, uint64(T0), expiresAt, DATA, URI);
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.ClaimSet(REGISTRAR, DID_A, RESIDENT, DATA, T0);
        vm.prank(REGISTRAR);
        uint256 id = registry.issue(DID_A, RESIDENT, PERSON_1, expiresAt, DATA, URI);

        assertEq(id, 1, "first id");
        assertEq(registry.credentialCount(), 1, "count");
        CredentialRegistry.Credential memory c = registry.getCredential(id);
        assertEq(c.subject, DID_A, "subject");
        assertEq(c.issuer, REGISTRAR, "issuer");
        assertEq(c.issuedAt, T0, "issuedAt");
        assertEq(c.expiresAt, expiresAt, "expiresAt");
        assertEq(c.credentialType, RESIDENT, "type");
        assertEq(c.personKey, PERSON_1, "personKey");
        assertEq(c.dataHash, DATA, "dataHash");
        assertEq(keccak256(bytes(c.uri)), keccak256(bytes(URI)), "uri");
        assertTrue(!c.revoked, "not revoked");

        assertEq(registry.activeCredentialOf(DID_A, RESIDENT), id, "active by subject");
        assertEq(registry.activeCredentialOfPerson(PERSON_1, RESIDENT), id, "active by person");
        assertEq(registry.historyLength(DID_A, RESIDENT), 1, "history");
        assertEq(registry.historyAt(DID_A, RESIDENT, 0), id, "history[0]");

        assertTrue(registry.isValid(DID_A, RESIDENT, T0), "valid at issue time");
        assertTrue(!registry.isValid(DID_A, RESIDENT, T0 - 1), "not valid before");
        assertTrue(registry.isValid(DID_A, RESIDENT, expiresAt - 1), "valid until expiry");
        assertTrue(!registry.isValid(DID_A, RESIDENT, expiresAt), "expired at expiresAt");
        assertTrue(!registry.isValid(DID_A, E_CERT, T0), "other type");
        assertTrue(!registry.isValid(DID_B, RESIDENT, T0), "other subject");

        (bool valid, bytes32 personKey) = ICredentialStatus(address(registry)).validCredentialAt(DID_A, RESIDENT, T0);
        assertTrue(valid, "validCredentialAt");
        assertEq(personKey, PERSON_1, "person key");
        (valid, personKey) = registry.validCredentialAt(DID_A, RESIDENT, T0 - 1);
        assertTrue(!valid, "not valid before");
        assertEq(personKey, bytes32(0), "no person key");
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, T0 + 10), id, "credentialIdAt");
    }

    function test_credentialStandingAt_tellsRevocationFromSupersession() public {
        uint256 first = _issue(DID_A, PERSON_1);
        vm.warp(T0 + 10);
        _issue(DID_B, PERSON_1); // the person moved to a new DID: DID_A's credential is superseded
        (bool valid, bytes32 personKey, bool revoked) = registry.credentialStandingAt(DID_A, RESIDENT, T0 + 5);
        assertTrue(valid, "valid before the supersession");
        assertEq(personKey, PERSON_1, "person key");
        assertTrue(!revoked, "superseded is not revoked by a registrar");
        assertTrue(registry.getCredential(first).revocationReason == CredentialRegistry.RevocationReason.Superseded, "reason stored");

        vm.warp(T0 + 20);
        uint256 second = registry.activeCredentialOf(DID_B, RESIDENT);
        vm.prank(REGISTRAR);
        registry.revoke(second);
        (valid, personKey, revoked) = registry.credentialStandingAt(DID_B, RESIDENT, T0 + 15);
        assertTrue(valid, "valid before the revocation");
        assertEq(personKey, PERSON_1, "person key");
        assertTrue(revoked, "revoked by a registrar since");

        (valid, personKey, revoked) = registry.credentialStandingAt(DID_B, RESIDENT, T0 + 20);
        assertTrue(!valid && personKey == bytes32(0) && !revoked, "nothing valid after the revocation");
    }

    function test_issue_uriOnlyAndHashOnly() public {
        vm.startPrank(REGISTRAR);
        uint256 uriOnly = registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0) + 1, bytes32(0), URI);
        uint256 hashOnly = registry.issue(DID_B, E_CERT, PERSON_2, uint64(T0) + 1, DATA, "");
        vm.stopPrank();
        assertEq(registry.getClaim(REGISTRAR, DID_A, RESIDENT), keccak256(bytes(URI)), "uri-only claim value");
        assertEq(registry.getClaim(REGISTRAR, DID_B, E_CERT), DATA, "hash claim value");
        assertEq(registry.getCredential(uriOnly).dataHash, bytes32(0), "no hash stored");
        assertEq(bytes(registry.getCredential(hashOnly).uri).length, 0, "no uri stored");
    }

    function test_issue_revertsForBadInput() public {
        vm.startPrank(REGISTRAR);
        vm.expectRevert(CredentialRegistry.CredentialRegistryZeroSubject.selector);
        registry.issue(address(0), RESIDENT, PERSON_1, uint64(T0) + 1, DATA, URI);
        vm.expectRevert(CredentialRegistry.CredentialRegistryZeroType.selector);
        registry.issue(DID_A, bytes32(0), PERSON_1, uint64(T0) + 1, DATA, URI);
        vm.expectRevert(CredentialRegistry.CredentialRegistryZeroPersonKey.selector);
        registry.issue(DID_A, RESIDENT, bytes32(0), uint64(T0) + 1, DATA, URI);
        vm.expectRevert(CredentialRegistry.CredentialRegistryMissingData.selector);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0) + 1, bytes32(0), "");
        vm.expectRevert(
            abi.encodeWithSelector(CredentialRegistry.CredentialRegistryExpiryNotInFuture.selector, uint64(T0), T0)
        );
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0), DATA, URI);
        vm.expectRevert(
            abi.encodeWithSelector(CredentialRegistry.CredentialRegistryExpiryNotInFuture.selector, uint64(T0 - 1), T0)
        );
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 - 1), DATA, URI);
        vm.stopPrank();
        assertEq(registry.credentialCount(), 0, "nothing issued");
    }

    function test_issue_sameSubjectOtherPersonReverts() public {
        uint256 id = _issue(DID_A, PERSON_1);
        vm.expectRevert(
            abi.encodeWithSelector(
                CredentialRegistry.CredentialRegistrySubjectBoundToOtherPerson.selector, DID_A, RESIDENT, id
            )
        );
        vm.prank(REGISTRAR);
        registry.issue(DID_A, RESIDENT, PERSON_2, uint64(T0) + 1, DATA, URI);

        // After revocation the DID may be bound to another person key.
        vm.prank(REGISTRAR);
        registry.revoke(id);
        vm.warp(T0 + 5);
        uint256 id2 = _issue(DID_A, PERSON_2);
        (, bytes32 personKey) = registry.validCredentialAt(DID_A, RESIDENT, T0 + 5);
        assertEq(personKey, PERSON_2, "rebound");
        assertEq(registry.activeCredentialOf(DID_A, RESIDENT), id2, "active");
    }

    function test_issue_newDidSupersedesPersonsPreviousCredential() public {
        uint256 first = _issue(DID_A, PERSON_1);
        vm.warp(T0 + 100);
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.CredentialRevoked(
            first, DID_A, RESIDENT, PERSON_1, REGISTRAR, uint64(T0 + 100), CredentialRegistry.RevocationReason.Superseded, 2
        );
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.ClaimRemoved(REGISTRAR, DID_A, RESIDENT, T0 + 100);
        uint256 second = _issue(DID_B, PERSON_1);

        assertEq(second, 2, "second id");
        assertTrue(registry.getCredential(first).revoked, "first revoked");
        assertEq(registry.getCredential(first).revokedAt, T0 + 100, "revokedAt");
        assertEq(registry.activeCredentialOf(DID_A, RESIDENT), 0, "old DID has none");
        assertEq(registry.activeCredentialOf(DID_B, RESIDENT), second, "new DID active");
        assertEq(registry.activeCredentialOfPerson(PERSON_1, RESIDENT), second, "person active");
        assertTrue(registry.isValid(DID_A, RESIDENT, T0 + 99), "old DID valid in the past");
        assertTrue(!registry.isValid(DID_A, RESIDENT, T0 + 100), "old DID invalid from supersession");
        assertTrue(registry.isValid(DID_B, RESIDENT, T0 + 100), "new DID valid");
        assertEq(registry.getClaim(REGISTRAR, DID_A, RESIDENT), bytes32(0), "old claim gone");
        assertEq(registry.getClaim(REGISTRAR, DID_B, RESIDENT), DATA, "new claim");
    }

    function test_issue_renewalSameDidKeepsContinuousHistory() public {
        uint256 first = _issue(DID_A, PERSON_1);
        vm.warp(T0 + 1000);
        uint256 second = _issue(DID_A, PERSON_1);
        assertTrue(registry.getCredential(first).revoked, "first superseded");
        assertEq(registry.historyLength(DID_A, RESIDENT), 2, "history");
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, T0 + 999), first, "first before renewal");
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, T0 + 1000), second, "second from renewal");
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, T0 + 1000 + YEAR), 0, "second expires");
    }

    function test_issue_supersedesExpiredCredentialWithoutRewritingHistory() public {
        vm.prank(REGISTRAR);
        uint256 first = registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 10), DATA, "");
        vm.warp(T0 + 50);
        uint256 second = _issue(DID_B, PERSON_1);
        assertTrue(registry.getCredential(first).revoked, "expired one closed");
        assertTrue(registry.isValid(DID_A, RESIDENT, T0 + 9), "past validity kept");
        assertTrue(!registry.isValid(DID_A, RESIDENT, T0 + 10), "ended at expiry, not at supersession");
        assertEq(registry.activeCredentialOfPerson(PERSON_1, RESIDENT), second, "active");
    }

    function test_issue_typesAreIndependent() public {
        _issue(DID_A, PERSON_1);
        vm.prank(REGISTRAR);
        registry.issue(DID_A, E_CERT, PERSON_1, uint64(T0) + 1 days, DATA, "");
        assertTrue(registry.isValid(DID_A, RESIDENT, T0), "resident");
        assertTrue(registry.isValid(DID_A, E_CERT, T0), "e-cert");
        assertEq(registry.activeCredentialOfPerson(PERSON_1, RESIDENT), 1, "resident not superseded");
    }

    function test_issue_sameBlockSupersessionLeavesEmptyInterval() public {
        uint256 first = _issue(DID_A, PERSON_1);
        uint256 second = _issue(DID_A, PERSON_1);
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, T0), second, "latest wins in the same second");
        assertTrue(registry.getCredential(first).revoked, "first revoked");
    }

    // ------------------------------------------------------------------ revoke

    function test_revoke_recordsTimeAndKeepsPast() public {
        uint256 id = _issue(DID_A, PERSON_1);
        vm.warp(T0 + 500);
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.CredentialRevoked(
            id, DID_A, RESIDENT, PERSON_1, REGISTRAR_2, uint64(T0 + 500), CredentialRegistry.RevocationReason.RevokedByRegistrar, 0
        );
        vm.expectEmit(true, true, true, true);
        emit CredentialRegistry.ClaimRemoved(REGISTRAR, DID_A, RESIDENT, T0 + 500);
        vm.prank(REGISTRAR_2); // any registrar may revoke
        registry.revoke(id);

        assertTrue(registry.isValid(DID_A, RESIDENT, T0 + 499), "valid before revocation");
        assertTrue(!registry.isValid(DID_A, RESIDENT, T0 + 500), "invalid from revocation");
        assertEq(registry.activeCredentialOf(DID_A, RESIDENT), 0, "subject pointer cleared");
        assertEq(registry.activeCredentialOfPerson(PERSON_1, RESIDENT), 0, "person pointer cleared");
        assertEq(registry.getClaim(REGISTRAR, DID_A, RESIDENT), bytes32(0), "claim gone");
    }

    function test_revoke_revertsForUnknownAndRevoked() public {
        vm.startPrank(REGISTRAR);
        vm.expectRevert(abi.encodeWithSelector(CredentialRegistry.CredentialRegistryUnknownCredential.selector, 0));
        registry.revoke(0);
        vm.expectRevert(abi.encodeWithSelector(CredentialRegistry.CredentialRegistryUnknownCredential.selector, 1));
        registry.revoke(1);
        uint256 id = registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0) + 1, DATA, "");
        registry.revoke(id);
        vm.expectRevert(abi.encodeWithSelector(CredentialRegistry.CredentialRegistryAlreadyRevoked.selector, id));
        registry.revoke(id);
        // A superseded credential counts as revoked too.
        uint256 a = registry.issue(DID_B, RESIDENT, PERSON_2, uint64(T0) + 1, DATA, "");
        registry.issue(DID_B, RESIDENT, PERSON_2, uint64(T0) + 2, DATA, "");
        vm.expectRevert(abi.encodeWithSelector(CredentialRegistry.CredentialRegistryAlreadyRevoked.selector, a));
        registry.revoke(a);
        vm.stopPrank();
    }

    function test_revoke_expiredCredentialKeepsExpiryAsEnd() public {
        vm.prank(REGISTRAR);
        uint256 id = registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 10), DATA, "");
        vm.warp(T0 + 20);
        vm.prank(REGISTRAR);
        registry.revoke(id);
        assertTrue(registry.isValid(DID_A, RESIDENT, T0 + 9), "valid before expiry");
        assertTrue(!registry.isValid(DID_A, RESIDENT, T0 + 10), "expired");
    }

    function test_getCredential_revertsForUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(CredentialRegistry.CredentialRegistryUnknownCredential.selector, 7));
        registry.getCredential(7);
    }

    // ------------------------------------------------------------------ getClaim (ERC-780)

    function test_getClaim_onlyForIssuerWhileValid() public {
        vm.prank(REGISTRAR);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 100), DATA, URI);
        assertEq(registry.getClaim(REGISTRAR, DID_A, RESIDENT), DATA, "issuer sees value");
        assertEq(registry.getClaim(REGISTRAR_2, DID_A, RESIDENT), bytes32(0), "other issuer sees nothing");
        assertEq(registry.getClaim(REGISTRAR, DID_A, E_CERT), bytes32(0), "other key");
        assertEq(registry.getClaim(REGISTRAR, DID_B, RESIDENT), bytes32(0), "other subject");
        vm.warp(T0 + 100);
        assertEq(registry.getClaim(REGISTRAR, DID_A, RESIDENT), bytes32(0), "expired");
    }

    // ------------------------------------------------------------------ history search

    function test_isValid_binarySearchOverLongHistory() public {
        // 30 renewals, each 100 s apart and valid for 60 s: gaps of 40 s between them.
        uint256 start = T0;
        for (uint256 i = 0; i < 30; ++i) {
            vm.warp(start + i * 100);
            vm.prank(REGISTRAR);
            registry.issue(DID_A, RESIDENT, PERSON_1, uint64(block.timestamp + 60), DATA, "");
        }
        assertEq(registry.historyLength(DID_A, RESIDENT), 30, "history");
        for (uint256 i = 0; i < 30; ++i) {
            uint256 t = start + i * 100;
            assertEq(registry.credentialIdAt(DID_A, RESIDENT, t), i + 1, "start of interval");
            assertEq(registry.credentialIdAt(DID_A, RESIDENT, t + 59), i + 1, "end of interval");
            assertEq(registry.credentialIdAt(DID_A, RESIDENT, t + 60), 0, "gap");
        }
        assertEq(registry.credentialIdAt(DID_A, RESIDENT, start - 1), 0, "before all");
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_validityWindow(uint32 issueDelay, uint32 duration, uint64 query) public {
        vm.assume(duration > 0);
        uint256 issuedAt = T0 + issueDelay;
        vm.warp(issuedAt);
        vm.prank(REGISTRAR);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(issuedAt + duration), DATA, "");
        bool expected = query >= issuedAt && query < issuedAt + duration;
        assertTrue(registry.isValid(DID_A, RESIDENT, query) == expected, "window [issuedAt, expiresAt)");
    }

    function testFuzz_revocationNeverRewritesThePast(uint32 revokeAfter, uint32 query) public {
        uint256 id = _issue(DID_A, PERSON_1);
        uint256 revokeAt = T0 + (uint256(revokeAfter) % YEAR);
        uint256 t = T0 + (uint256(query) % (2 * uint256(YEAR)));
        bool before = registry.isValid(DID_A, RESIDENT, t);
        vm.warp(revokeAt);
        vm.prank(REGISTRAR);
        registry.revoke(id);
        bool afterRevoke = registry.isValid(DID_A, RESIDENT, t);
        if (t < revokeAt) assertTrue(afterRevoke == before, "past answer unchanged");
        else assertTrue(!afterRevoke, "invalid from revocation on");
    }

    function testFuzz_expiryMustBeInFuture(uint64 expiresAt) public {
        if (expiresAt <= T0) {
            vm.expectRevert(
                abi.encodeWithSelector(CredentialRegistry.CredentialRegistryExpiryNotInFuture.selector, expiresAt, T0)
            );
            vm.prank(REGISTRAR);
            registry.issue(DID_A, RESIDENT, PERSON_1, expiresAt, DATA, "");
        } else {
            vm.prank(REGISTRAR);
            uint256 id = registry.issue(DID_A, RESIDENT, PERSON_1, expiresAt, DATA, "");
            assertEq(registry.getCredential(id).expiresAt, expiresAt, "stored");
        }
    }

    function testFuzz_onlyRegistrarIssues(address caller) public {
        vm.assume(caller != REGISTRAR && caller != REGISTRAR_2);
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, role));
        vm.prank(caller);
        registry.issue(DID_A, RESIDENT, PERSON_1, uint64(T0 + 1), DATA, "");
    }
}
