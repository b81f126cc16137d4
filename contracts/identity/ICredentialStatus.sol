// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title ICredentialStatus
 * @notice What other CityToken contracts ask the CredentialRegistry: was a DID identity's credential of a
 * given type valid at a given time, and which person (salted person key) does it stand for.
 */
interface ICredentialStatus {
    /// @notice True when `subject` held a valid (issued, unexpired, unrevoked) credential of `credentialType` at `timestamp`.
    function isValid(address subject, bytes32 credentialType, uint256 timestamp) external view returns (bool);

    /**
     * @notice Like {isValid}, and also returns the person key of the credential that was valid then
     * (zero when none was), so callers can count one person once however many DIDs they hold.
     */
    function validCredentialAt(address subject, bytes32 credentialType, uint256 timestamp)
        external
        view
        returns (bool valid, bytes32 personKey);

    /**
     * @notice Like {validCredentialAt}, and also whether that credential has since been revoked by a registrar
     * (fraud, error) as opposed to superseded by a newer credential of the same person (renewal, a new DID).
     * @param subject DID identity (address).
     * @param credentialType Credential type.
     * @param timestamp Any time, past or present.
     * @return valid True when a credential of `subject` and `credentialType` was valid at `timestamp`.
     * @return personKey Its person key (zero when none was valid).
     * @return revokedByRegistrar True when that credential is now revoked by a registrar (at any time after `timestamp`).
     */
    function credentialStandingAt(address subject, bytes32 credentialType, uint256 timestamp)
        external
        view
        returns (bool valid, bytes32 personKey, bool revokedByRegistrar);
}
