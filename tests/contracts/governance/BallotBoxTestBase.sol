// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {BallotBox} from "../../../contracts/governance/BallotBox.sol";
import {IIdentityOwners} from "../../../contracts/identity/IIdentityOwners.sol";
import {ICredentialStatus} from "../../../contracts/identity/ICredentialStatus.sol";
import {EthereumDIDRegistry} from "../../../contracts/identity/EthereumDIDRegistry.sol";
import {CredentialRegistry} from "../../../contracts/identity/CredentialRegistry.sol";
import {CheatsTest} from "../utils/Cheats.sol";

/// @dev Shared fixture for BallotBox tests: the REAL EthereumDIDRegistry and CredentialRegistry, a ballot box,
/// residents with keys and credentials, one default ballot, and helpers that drive the registries and sign votes.
abstract contract BallotBoxTestBase is CheatsTest {
    bytes32 internal constant RESIDENT = keccak256("resident");
    bytes32 internal constant OTHER_TYPE = keccak256("e-certificate");

    address internal constant ADMIN = address(0xAD);
    address internal constant REGISTRAR = address(0x5E6);
    address internal constant RELAYER = address(0xCE1A7);
    address internal constant STRANGER = address(0xBAD);

    uint256 internal constant ALICE_PK = 0xA11CE;
    uint256 internal constant BOB_PK = 0xB0B;
    uint256 internal constant CAROL_PK = 0xCA201;
    uint256 internal constant NEW_OWNER_PK = 0x0E1;

    bytes32 internal constant ALICE_PERSON = keccak256("salt/alice");
    bytes32 internal constant BOB_PERSON = keccak256("salt/bob");
    bytes32 internal constant CAROL_PERSON = keccak256("salt/carol");

    uint64 internal constant T0 = 1_700_000_000;
    uint64 internal constant START = T0 + 1 hours;
    uint64 internal constant END = START + 1 days;
    uint8 internal constant OPTIONS = 3;
    uint256 internal constant QUORUM = 2;
    bytes32 internal constant META_HASH = keccak256("ballot text");
    string internal constant META_URI = "ipfs://ballot-1";

    uint64 internal constant EXPIRY = T0 + 365 days;

    EthereumDIDRegistry internal did;
    CredentialRegistry internal creds;
    BallotBox internal box;

    /// @dev Identities are the addresses of the residents' keys (a fresh `did:ethr` owns itself).
    address internal alice;
    address internal bob;
    address internal carol;
    address internal newOwner;

    uint256 internal ballotId;

    /// @dev Last credential id issued to each subject (resident type), for revocation.
    mapping(address subject => uint256 credentialId) internal credentialIdOf;

    function setUp() public virtual {
        vm.warp(T0);
        alice = vm.addr(ALICE_PK);
        bob = vm.addr(BOB_PK);
        carol = vm.addr(CAROL_PK);
        newOwner = vm.addr(NEW_OWNER_PK);

        did = new EthereumDIDRegistry();
        creds = new CredentialRegistry(ADMIN);
        bytes32 registrarRole = creds.REGISTRAR_ROLE();
        vm.prank(ADMIN);
        creds.grantRole(registrarRole, REGISTRAR);
        box = new BallotBox(IIdentityOwners(address(did)), ICredentialStatus(address(creds)), ADMIN);

        _issue(alice, ALICE_PERSON);
        _issue(bob, BOB_PERSON);
        ballotId = _createBallot(START, END);
    }

    // ---------------------------------------------------------------- registry helpers

    function _rotate(address identity, address to) internal {
        vm.prank(did.identityOwner(identity));
        did.changeOwner(identity, to);
    }

    function _issue(address subject, bytes32 personKey) internal {
        _issue(subject, RESIDENT, personKey);
    }

    function _issue(address subject, bytes32 credentialType, bytes32 personKey) internal {
        _issue(subject, credentialType, personKey, EXPIRY);
    }

    function _issue(address subject, bytes32 credentialType, bytes32 personKey, uint64 expiresAt) internal {
        vm.prank(REGISTRAR);
        uint256 id = creds.issue(subject, credentialType, personKey, expiresAt, keccak256("credential data"), "");
        if (credentialType == RESIDENT) credentialIdOf[subject] = id;
    }

    function _revoke(address subject) internal {
        vm.prank(REGISTRAR);
        creds.revoke(credentialIdOf[subject]);
    }

    // ---------------------------------------------------------------- ballot helpers

    function _createBallot(uint64 start, uint64 end) internal returns (uint256 id) {
        vm.prank(ADMIN);
        id = box.createBallot(META_HASH, META_URI, OPTIONS, start, end, QUORUM, RESIDENT);
    }

    function _vote(uint256 id, address identity, uint256 option) internal {
        vm.prank(did.identityOwner(identity));
        box.castVote(id, identity, option);
    }

    // ---------------------------------------------------------------- EIP-712 helpers (built independently)

    function _domainSeparator(uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("CityToken BallotBox"),
                keccak256("1"),
                chainId,
                verifyingContract
            )
        );
    }

    function _digest(
        uint256 chainId,
        address verifyingContract,
        address voter,
        uint256 id,
        uint256 option,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Vote(address voter,uint256 ballotId,uint256 option,uint256 nonce,uint256 deadline)"),
                voter,
                id,
                option,
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked(hex"1901", _domainSeparator(chainId, verifyingContract), structHash));
    }

    function _signDigest(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Signs a vote for this chain and this box with the voter's current nonce.
    function _signVote(uint256 pk, address voter, uint256 id, uint256 option, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return _signDigest(pk, _digest(block.chainid, address(box), voter, id, option, box.nonces(voter), deadline));
    }
}
