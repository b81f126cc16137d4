// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/**
 * @title CivicToken
 * @notice The city's reward token: residents earn it for civic actions and spend it on city services.
 * @dev First slice: ERC-20 with a minter role. Batched, capped minting, permit, pausing and the
 * transfer policy are added by later work on the contract suite.
 */
contract CivicToken is ERC20, AccessControl {
    /// @notice Role allowed to mint rewards.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @notice Thrown when an admin address of zero is given to the constructor.
    error CivicTokenZeroAdmin();

    /**
     * @notice Deploys the token and gives `admin` the admin and minter roles.
     * @param name_ Token name, e.g. "CityToken".
     * @param symbol_ Token symbol, e.g. "CITY".
     * @param admin Address receiving DEFAULT_ADMIN_ROLE and MINTER_ROLE.
     */
    constructor(string memory name_, string memory symbol_, address admin) ERC20(name_, symbol_) {
        if (admin == address(0)) revert CivicTokenZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /**
     * @notice Mints `amount` base units to `to`.
     * @param to Recipient of the new tokens.
     * @param amount Amount in base units (18 decimals).
     */
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
