// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title IIdentityOwners
 * @notice The part of ERC-1056 (EthereumDIDRegistry) that other CityToken contracts rely on.
 */
interface IIdentityOwners {
    /// @notice Current owner (controller) of `identity`; the identity itself until ownership changes.
    function identityOwner(address identity) external view returns (address);
}
