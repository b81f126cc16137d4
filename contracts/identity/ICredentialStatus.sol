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
}
