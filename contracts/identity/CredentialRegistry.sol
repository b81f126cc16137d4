// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ICredentialStatus} from "./ICredentialStatus.sol";

/**
 * @title CredentialRegistry
 * @notice Registrar-issued credentials about `did:ethr` identities (e.g. residency), with a full validity
 * history so that "was this DID a resident at time T?" has one answer forever.
 *
 * A credential binds a subject (DID address) and a credential type (e.g. `keccak256("resident")`) to a
 * person key: a salted hash that the registrar computes off-chain, so the person's real identifier never
 * reaches the chain while one person still counts once however many DIDs they create.
 *
 * Rules:
 * - at most one active (unrevoked) credential per (person key, type): issuing a new one for the same person
 *   key, to the same or another DID, revokes the previous one with reason {RevocationReason.Superseded};
 * - at most one active credential per (subject, type): re-issuing to a DID bound to another person key
 *   reverts (the registrar revokes first if that binding was a mistake);
 * - revocation records its time, so the answer for any time before the current block never changes after
 *   the fact (answers about the current second or the future can still change).
 *
 * A credential is valid at time `t` when `issuedAt <= t < min(expiresAt, revokedAt)`. Per (subject, type)
 * these intervals are ordered and disjoint, so {isValid} binary-searches them: O(log n), no unbounded loop.
 *
 * ERC-780 view: {getClaim}(issuer, subject, key) with `key` = credential type returns, while the subject's
 * credential of that type issued by `issuer` is currently valid, its data hash (or `keccak256(uri)` when it
 * was issued with a URI only), and zero otherwise. {ClaimSet} / {ClaimRemoved} are emitted on issue and
 * revocation (expiry is silent, as it has no transaction).
 */
contract CredentialRegistry is AccessControl, ICredentialStatus {
    /// @notice Role allowed to issue and revoke credentials.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice Why a credential was revoked.
    enum RevocationReason {
        /// A registrar revoked it explicitly.
        RevokedByRegistrar,
        /// A newer credential of the same type for the same person key replaced it.
        Superseded
    }

    /// @notice A credential as stored (7 storage slots; URIs over 31 bytes take more).
    struct Credential {
        address subject; // DID identity the credential is about
        uint64 issuedAt; // block time of issue: start of validity
        address issuer; // registrar who issued it
        uint64 expiresAt; // end of validity unless revoked earlier
        uint64 revokedAt; // block time of revocation (meaningful when `revoked`)
        bool revoked; // revoked by a registrar or superseded
        RevocationReason revocationReason; // why (meaningful when `revoked`); packed with `revokedAt`
        bytes32 credentialType; // e.g. keccak256("resident")
        bytes32 personKey; // salted person hash computed off-chain
        bytes32 dataHash; // hash of the off-chain credential data, or zero
        string uri; // location of the off-chain credential data, or empty
    }

    /// @dev Credential id => credential. Ids start at 1; zero means "none".
    mapping(uint256 id => Credential) private _credentials;

    /// @dev Unrevoked credential per (person key, type), zero if none.
    mapping(bytes32 personKey => mapping(bytes32 credentialType => uint256 id)) private _activeByPerson;

    /// @dev Unrevoked credential per (subject, type), zero if none.
    mapping(address subject => mapping(bytes32 credentialType => uint256 id)) private _activeBySubject;

    /// @dev Every credential ever issued per (subject, type), in issuance order (ordered, disjoint intervals).
    mapping(address subject => mapping(bytes32 credentialType => uint256[] ids)) private _history;

    /// @dev Number of credentials issued so far (the last id).
    uint256 private _credentialCount;

    /**
     * @notice Emitted when a credential was issued.
     * @param credentialId New credential id.
     * @param subject DID identity (address) the credential is about.
     * @param credentialType Credential type, e.g. `keccak256("resident")`.
     * @param personKey Salted person key the credential stands for.
     * @param issuer Registrar who issued it.
     * @param issuedAt Issue time (block time).
     * @param expiresAt Expiry time.
     * @param dataHash Hash of the off-chain credential data (may be zero when `uri` is set).
     * @param uri Where the off-chain credential data lives (may be empty when `dataHash` is set).
     */
    event CredentialIssued(
        uint256 indexed credentialId,
        address indexed subject,
        bytes32 indexed credentialType,
        bytes32 personKey,
        address issuer,
        uint64 issuedAt,
        uint64 expiresAt,
        bytes32 dataHash,
        string uri
    );

    /**
     * @notice Emitted when a credential was revoked.
     * @param credentialId Revoked credential id.
     * @param subject DID identity the credential is about.
     * @param credentialType Credential type.
     * @param personKey Person key of the credential.
     * @param revokedBy Registrar whose transaction revoked it.
     * @param revokedAt Revocation time (block time); the credential is invalid from this time on.
     * @param reason Why it was revoked.
     * @param supersededBy Id of the credential that replaced it (zero unless `reason` is Superseded).
     */
    event CredentialRevoked(
        uint256 indexed credentialId,
        address indexed subject,
        bytes32 indexed credentialType,
        bytes32 personKey,
        address revokedBy,
        uint64 revokedAt,
        RevocationReason reason,
        uint256 supersededBy
    );

    /**
     * @notice ERC-780: claim `key` about `subject` by `issuer` was set to `value`.
     * @param issuer Registrar who issued the credential.
     * @param subject DID identity.
     * @param key Credential type.
     * @param value Data hash (or `keccak256(uri)`), as returned by {getClaim}.
     * @param updatedAt Block time.
     */
    event ClaimSet(
        address indexed issuer, address indexed subject, bytes32 indexed key, bytes32 value, uint256 updatedAt
    );

    /**
     * @notice ERC-780: claim `key` about `subject` by `issuer` was removed.
     * @param issuer Registrar who issued the revoked credential.
     * @param subject DID identity.
     * @param key Credential type.
     * @param removedAt Block time.
     */
    event ClaimRemoved(address indexed issuer, address indexed subject, bytes32 indexed key, uint256 removedAt);

    /// @notice Zero admin given to the constructor.
    error CredentialRegistryZeroAdmin();

    /// @notice Zero subject address.
    error CredentialRegistryZeroSubject();

    /// @notice Zero credential type.
    error CredentialRegistryZeroType();

    /// @notice Zero person key.
    error CredentialRegistryZeroPersonKey();

    /// @notice Neither a data hash nor a URI was given.
    error CredentialRegistryMissingData();

    /// @notice `expiresAt` is not after the current block time `now`.
    error CredentialRegistryExpiryNotInFuture(uint64 expiresAt, uint256 now);

    /// @notice No credential has id `credentialId`.
    error CredentialRegistryUnknownCredential(uint256 credentialId);

    /// @notice Credential `credentialId` was already revoked.
    error CredentialRegistryAlreadyRevoked(uint256 credentialId);

    /// @notice `subject` already holds active credential `credentialId` of this type for another person key.
    error CredentialRegistrySubjectBoundToOtherPerson(address subject, bytes32 credentialType, uint256 credentialId);

    /**
     * @notice Deploys the registry; `admin` may grant REGISTRAR_ROLE (it is not a registrar itself).
     * @param admin Address receiving DEFAULT_ADMIN_ROLE.
     */
    constructor(address admin) {
        if (admin == address(0)) revert CredentialRegistryZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ------------------------------------------------------------------ registrar actions

    /**
     * @notice Issues a credential of `credentialType` about `subject` for `personKey`, valid from now until
     * `expiresAt`. Supersedes (revokes) the person's previous active credential of this type, if any.
     * @param subject DID identity (address) the credential is about.
     * @param credentialType Credential type, e.g. `keccak256("resident")`.
     * @param personKey Salted hash identifying the person, computed off-chain by the registrar.
     * @param expiresAt Expiry time, strictly after the current block time.
     * @param dataHash Hash of the off-chain credential data (zero allowed when `uri` is given).
     * @param uri Location of the off-chain credential data (empty allowed when `dataHash` is given).
     * @return credentialId The new credential's id.
     */
    function issue(
        address subject,
        bytes32 credentialType,
        bytes32 personKey,
        uint64 expiresAt,
        bytes32 dataHash,
        string calldata uri
    ) external onlyRole(REGISTRAR_ROLE) returns (uint256 credentialId) {
        if (subject == address(0)) revert CredentialRegistryZeroSubject();
        if (credentialType == bytes32(0)) revert CredentialRegistryZeroType();
        if (personKey == bytes32(0)) revert CredentialRegistryZeroPersonKey();
        if (dataHash == bytes32(0) && bytes(uri).length == 0) revert CredentialRegistryMissingData();
        if (expiresAt <= block.timestamp) revert CredentialRegistryExpiryNotInFuture(expiresAt, block.timestamp);
        uint256 bySubject = _activeBySubject[subject][credentialType];
        if (bySubject != 0 && _credentials[bySubject].personKey != personKey) {
            revert CredentialRegistrySubjectBoundToOtherPerson(subject, credentialType, bySubject);
        }

        credentialId = ++_credentialCount;
        // By the invariants, an active credential of `subject` for this person is also the person's active one.
        uint256 previous = _activeByPerson[personKey][credentialType];
        if (previous != 0) _revoke(previous, RevocationReason.Superseded, credentialId);

        Credential storage c = _credentials[credentialId];
        c.subject = subject;
        c.issuedAt = uint64(block.timestamp);
        c.issuer = msg.sender;
        c.expiresAt = expiresAt;
        c.credentialType = credentialType;
        c.personKey = personKey;
        c.dataHash = dataHash;
        c.uri = uri;
        _activeByPerson[personKey][credentialType] = credentialId;
        _activeBySubject[subject][credentialType] = credentialId;
        _history[subject][credentialType].push(credentialId);
        _emitIssued(credentialId, c, uri);
    }

    /**
     * @notice Revokes credential `credentialId` from now on (its validity before now is kept).
     * @param credentialId Id of an issued, unrevoked credential.
     */
    function revoke(uint256 credentialId) external onlyRole(REGISTRAR_ROLE) {
        if (credentialId == 0 || credentialId > _credentialCount) {
            revert CredentialRegistryUnknownCredential(credentialId);
        }
        if (_credentials[credentialId].revoked) revert CredentialRegistryAlreadyRevoked(credentialId);
        _revoke(credentialId, RevocationReason.RevokedByRegistrar, 0);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ICredentialStatus
    function isValid(address subject, bytes32 credentialType, uint256 timestamp) external view returns (bool) {
        return _validAt(subject, credentialType, timestamp) != 0;
    }

    /// @inheritdoc ICredentialStatus
    function validCredentialAt(address subject, bytes32 credentialType, uint256 timestamp)
        external
        view
        returns (bool valid, bytes32 personKey)
    {
        uint256 id = _validAt(subject, credentialType, timestamp);
        if (id != 0) return (true, _credentials[id].personKey);
        return (false, bytes32(0));
    }

    /// @inheritdoc ICredentialStatus
    function credentialStandingAt(address subject, bytes32 credentialType, uint256 timestamp)
        external
        view
        returns (bool valid, bytes32 personKey, bool revokedByRegistrar)
    {
        uint256 id = _validAt(subject, credentialType, timestamp);
        if (id == 0) return (false, bytes32(0), false);
        Credential storage c = _credentials[id];
        return (true, c.personKey, c.revoked && c.revocationReason == RevocationReason.RevokedByRegistrar);
    }

    /**
     * @notice Id of the credential of `subject` and `credentialType` valid at `timestamp` (zero if none).
     * @param subject DID identity.
     * @param credentialType Credential type.
     * @param timestamp Any time, past or present.
     * @return credentialId The valid credential's id, or zero.
     */
    function credentialIdAt(address subject, bytes32 credentialType, uint256 timestamp)
        external
        view
        returns (uint256 credentialId)
    {
        return _validAt(subject, credentialType, timestamp);
    }

    /**
     * @notice ERC-780 claim view. `key` is a credential type; the value is the data hash (or `keccak256(uri)`
     * for a URI-only credential) of `subject`'s currently valid credential of that type when `issuer` issued
     * it, and zero otherwise (none, expired, revoked, or issued by someone else).
     * @param issuer Registrar address.
     * @param subject DID identity.
     * @param key Credential type.
     * @return value The claim value, or zero.
     */
    function getClaim(address issuer, address subject, bytes32 key) external view returns (bytes32 value) {
        uint256 id = _activeBySubject[subject][key];
        if (id == 0) return bytes32(0);
        Credential storage c = _credentials[id];
        if (c.issuer != issuer || c.expiresAt <= block.timestamp) return bytes32(0);
        return _claimValue(c.dataHash, c.uri);
    }

    /**
     * @notice The stored credential `credentialId`.
     * @param credentialId Credential id.
     * @return The credential; reverts if unknown.
     */
    function getCredential(uint256 credentialId) external view returns (Credential memory) {
        if (credentialId == 0 || credentialId > _credentialCount) {
            revert CredentialRegistryUnknownCredential(credentialId);
        }
        return _credentials[credentialId];
    }

    /**
     * @notice The unrevoked credential of `subject` and `credentialType` (zero if none; it may have expired).
     * @param subject DID identity.
     * @param credentialType Credential type.
     * @return credentialId The id, or zero.
     */
    function activeCredentialOf(address subject, bytes32 credentialType) external view returns (uint256) {
        return _activeBySubject[subject][credentialType];
    }

    /**
     * @notice The unrevoked credential of `personKey` and `credentialType` (zero if none; it may have expired).
     * @param personKey Person key.
     * @param credentialType Credential type.
     * @return credentialId The id, or zero.
     */
    function activeCredentialOfPerson(bytes32 personKey, bytes32 credentialType) external view returns (uint256) {
        return _activeByPerson[personKey][credentialType];
    }

    /**
     * @notice How many credentials of `credentialType` were ever issued to `subject`.
     * @param subject DID identity.
     * @param credentialType Credential type.
     * @return The count.
     */
    function historyLength(address subject, bytes32 credentialType) external view returns (uint256) {
        return _history[subject][credentialType].length;
    }

    /**
     * @notice The `index`-th credential (in issuance order) of `credentialType` issued to `subject`.
     * @param subject DID identity.
     * @param credentialType Credential type.
     * @param index Position, below {historyLength}.
     * @return The credential id.
     */
    function historyAt(address subject, bytes32 credentialType, uint256 index) external view returns (uint256) {
        return _history[subject][credentialType][index];
    }

    /**
     * @notice Number of credentials issued so far; ids run from 1 to this number.
     * @return The count.
     */
    function credentialCount() external view returns (uint256) {
        return _credentialCount;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Emits the issue events for the just-stored credential `c` (split out to keep the stack shallow).
    function _emitIssued(uint256 id, Credential storage c, string calldata uri) private {
        emit CredentialIssued(
            id, c.subject, c.credentialType, c.personKey, c.issuer, c.issuedAt, c.expiresAt, c.dataHash, uri
        );
        emit ClaimSet(c.issuer, c.subject, c.credentialType, _claimValue(c.dataHash, uri), c.issuedAt);
    }

    /// @dev Marks `id` revoked now, clears its active pointers and emits the events.
    function _revoke(uint256 id, RevocationReason reason, uint256 supersededBy) private {
        Credential storage c = _credentials[id];
        uint64 revokedAt = uint64(block.timestamp);
        c.revokedAt = revokedAt;
        c.revoked = true;
        c.revocationReason = reason;
        address subject = c.subject;
        bytes32 credentialType = c.credentialType;
        bytes32 personKey = c.personKey;
        delete _activeBySubject[subject][credentialType];
        delete _activeByPerson[personKey][credentialType];
        emit CredentialRevoked(id, subject, credentialType, personKey, msg.sender, revokedAt, reason, supersededBy);
        emit ClaimRemoved(c.issuer, subject, credentialType, revokedAt);
    }

    /**
     * @dev Binary search over the (subject, type) history: the last credential issued at or before
     * `timestamp` is the only candidate, since earlier ones ended no later than it started.
     */
    function _validAt(address subject, bytes32 credentialType, uint256 timestamp) private view returns (uint256) {
        uint256[] storage ids = _history[subject][credentialType];
        uint256 low = 0;
        uint256 high = ids.length;
        // Find the first index whose issuedAt is after `timestamp`.
        while (low < high) {
            uint256 mid = (low + high) / 2;
            if (_credentials[ids[mid]].issuedAt > timestamp) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if (low == 0) return 0;
        uint256 id = ids[low - 1];
        Credential storage c = _credentials[id];
        uint256 end = c.expiresAt;
        if (c.revoked && c.revokedAt < end) end = c.revokedAt;
        return timestamp < end ? id : 0;
    }

    function _claimValue(bytes32 dataHash, string memory uri) private pure returns (bytes32) {
        return dataHash != bytes32(0) ? dataHash : keccak256(bytes(uri));
    }
}
