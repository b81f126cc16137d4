// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/**
 * @title ERC1271TestWallet
 * @notice A minimal smart-contract wallet for tests only (never deployed by scripts/deploy.js, no C# binding):
 * a signature is valid for it when its owner's key signed the hash, as ERC-1271 asks.
 */
contract ERC1271TestWallet is IERC1271 {
    /// @notice The externally owned account whose signatures the wallet accepts.
    address public immutable owner;

    /// @param owner_ The wallet's owner.
    constructor(address owner_) {
        owner = owner_;
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, signature);
        return err == ECDSA.RecoverError.NoError && signer == owner ? IERC1271.isValidSignature.selector : bytes4(0xffffffff);
    }
}
