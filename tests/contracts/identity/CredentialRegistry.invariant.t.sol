// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CredentialRegistry} from "../../../contracts/identity/CredentialRegistry.sol";
import {CheatsTest, Vm} from "../utils/Cheats.sol";

/// @dev Drives the registry as a registrar would: issue, revoke, let time pass, and look at the past.
/// It keeps to a small world (4 DIDs, 3 person keys, 2 types) so that collisions, supersessions and
/// re-bindings happen often; calls that the registry would reject are skipped rather than reverted.
contract CredentialRegistryHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    CredentialRegistry public immutable registry;

    address[4] internal _subjects = [address(0xD1D0), address(0xD1D1), address(0xD1D2), address(0xD1D3)];
    bytes32[3] internal _persons = [keccak256("p0"), keccak256("p1"), keccak256("p2")];
    bytes32[2] internal _types = [keccak256("resident"), keccak256("e-certificate")];

    /// @dev An answer `isValid(subject, type, timestamp)` gave once `timestamp` was in the past.
    struct Observation {
        address subject;
        bytes32 credentialType;
        uint256 timestamp;
        bool valid;
    }

    Observation[] internal _observations;
    uint256 internal constant MAX_OBSERVATIONS = 64;

    uint256 public issued;
    uint256 public revoked;

    constructor(CredentialRegistry registry_) {
        registry = registry_;
    }

    function subjects() external view returns (address[4] memory) {
        return _subjects;
    }

    function persons() external view returns (bytes32[3] memory) {
        return _persons;
    }

    function types() external view returns (bytes32[2] memory) {
        return _types;
    }

    function observationCount() external view returns (uint256) {
        return _observations.length;
    }

    function observation(uint256 i) external view returns (Observation memory) {
        return _observations[i];
    }

    function issue(uint8 subjectSeed, uint8 personSeed, uint8 typeSeed, uint32 duration) external {
        address subject = _subjects[subjectSeed % 4];
        bytes32 person = _persons[personSeed % 3];
        bytes32 credentialType = _types[typeSeed % 2];
        uint256 bound = registry.activeCredentialOf(subject, credentialType);
        if (bound != 0 && registry.getCredential(bound).personKey != person) return; // would revert by design
        uint64 expiresAt = uint64(block.timestamp + 1 + (duration % 10_000));
        registry.issue(subject, credentialType, person, expiresAt, keccak256(abi.encode(issued)), "");
        ++issued;
    }

    function revoke(uint256 idSeed) external {
        uint256 count = registry.credentialCount();
        if (count == 0) return;
        uint256 id = 1 + (idSeed % count);
        if (registry.getCredential(id).revoked) return;
        registry.revoke(id);
        ++revoked;
    }

    function warp(uint16 seconds_) external {
        vm.warp(block.timestamp + 1 + seconds_ % 5_000);
    }

    /// @dev Records what the registry says about a time that is already in the past.
    function observe(uint8 subjectSeed, uint8 typeSeed, uint16 back) external {
        if (_observations.length >= MAX_OBSERVATIONS) return;
        uint256 delta = 1 + back % 20_000;
        if (delta > block.timestamp) return;
        address subject = _subjects[subjectSeed % 4];
        bytes32 credentialType = _types[typeSeed % 2];
        uint256 t = block.timestamp - delta;
        _observations.push(Observation(subject, credentialType, t, registry.isValid(subject, credentialType, t)));
    }
}

contract CredentialRegistryInvariantTest is CheatsTest {
    CredentialRegistry internal registry;
    CredentialRegistryHandler internal handler;
    address internal constant ADMIN = address(0xA11CE);

    function setUp() public {
        vm.warp(1_700_000_000);
        registry = new CredentialRegistry(ADMIN);
        handler = new CredentialRegistryHandler(registry);
        bytes32 role = registry.REGISTRAR_ROLE();
        vm.prank(ADMIN);
        registry.grantRole(role, address(handler));
    }

    /// @dev Foundry-style target selection: only the handler is called by the invariant fuzzer.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /**
     * At most one unrevoked credential per (person key, type) and per (subject, type), and the active
     * pointers name exactly those credentials.
     * hardhat-config: invariant.runs = 64
     * hardhat-config: invariant.depth = 40
     */
    function invariant_oneActivePerPersonAndPerSubject() public view {
        uint256 count = registry.credentialCount();
        bytes32[2] memory types = handler.types();
        bytes32[3] memory persons = handler.persons();
        address[4] memory subjects = handler.subjects();
        for (uint256 k = 0; k < 2; ++k) {
            for (uint256 p = 0; p < 3; ++p) {
                uint256 active;
                for (uint256 id = 1; id <= count; ++id) {
                    CredentialRegistry.Credential memory c = registry.getCredential(id);
                    if (!c.revoked && c.personKey == persons[p] && c.credentialType == types[k]) {
                        assertEq(active, 0, "two active credentials for one person key");
                        active = id;
                    }
                }
                assertEq(registry.activeCredentialOfPerson(persons[p], types[k]), active, "person pointer");
            }
            for (uint256 s = 0; s < 4; ++s) {
                uint256 active;
                for (uint256 id = 1; id <= count; ++id) {
                    CredentialRegistry.Credential memory c = registry.getCredential(id);
                    if (!c.revoked && c.subject == subjects[s] && c.credentialType == types[k]) {
                        assertEq(active, 0, "two active credentials for one subject");
                        active = id;
                    }
                }
                assertEq(registry.activeCredentialOf(subjects[s], types[k]), active, "subject pointer");
            }
        }
    }

    /**
     * Validity at past times never changes after the fact: every answer recorded for a past time is
     * still the answer now, whatever was issued, superseded or revoked since.
     * hardhat-config: invariant.runs = 64
     * hardhat-config: invariant.depth = 40
     */
    function invariant_pastValidityIsImmutable() public view {
        uint256 n = handler.observationCount();
        for (uint256 i = 0; i < n; ++i) {
            CredentialRegistryHandler.Observation memory o = handler.observation(i);
            assertTrue(
                registry.isValid(o.subject, o.credentialType, o.timestamp) == o.valid, "past validity changed"
            );
        }
    }

    /**
     * Per (subject, type) the validity intervals are ordered and disjoint, and isValid agrees with a naive
     * scan of the whole history at interval boundaries.
     * hardhat-config: invariant.runs = 64
     * hardhat-config: invariant.depth = 40
     */
    function invariant_historyOrderedDisjointAndSearchAgreesWithScan() public view {
        bytes32[2] memory types = handler.types();
        address[4] memory subjects = handler.subjects();
        for (uint256 k = 0; k < 2; ++k) {
            for (uint256 s = 0; s < 4; ++s) {
                uint256 len = registry.historyLength(subjects[s], types[k]);
                uint256 previousEnd;
                for (uint256 i = 0; i < len; ++i) {
                    CredentialRegistry.Credential memory c =
                        registry.getCredential(registry.historyAt(subjects[s], types[k], i));
                    uint256 end = c.revoked && c.revokedAt < c.expiresAt ? c.revokedAt : c.expiresAt;
                    assertTrue(previousEnd <= c.issuedAt, "intervals overlap or are out of order");
                    if (end > c.issuedAt) previousEnd = end;
                    _checkAgainstScan(subjects[s], types[k], c.issuedAt, len);
                    if (end > 0) _checkAgainstScan(subjects[s], types[k], end - 1, len);
                    _checkAgainstScan(subjects[s], types[k], end, len);
                }
            }
        }
    }

    function _checkAgainstScan(address subject, bytes32 credentialType, uint256 t, uint256 len) internal view {
        bool naive;
        for (uint256 i = 0; i < len; ++i) {
            CredentialRegistry.Credential memory c =
                registry.getCredential(registry.historyAt(subject, credentialType, i));
            uint256 end = c.revoked && c.revokedAt < c.expiresAt ? c.revokedAt : c.expiresAt;
            if (c.issuedAt <= t && t < end) naive = true;
        }
        assertTrue(registry.isValid(subject, credentialType, t) == naive, "binary search disagrees with scan");
    }
}
