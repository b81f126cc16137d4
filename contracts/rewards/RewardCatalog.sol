// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {CivicToken} from "../token/CivicToken.sol";

/**
 * @title RewardCatalog
 * @notice Rewards and city services priced in CivicToken. A resident redeems with an allowance, or the city
 * relays a redemption authorised by the resident's ERC-2612 permit (the resident needs no ETH). Each
 * redemption emits {Redeemed}, which the service turns into a voucher.
 *
 * @dev Roles: `DEFAULT_ADMIN_ROLE` manages roles; `CATALOG_MANAGER_ROLE` lists, edits, activates and
 * deactivates rewards (held by the admin and, on a city deployment, by the service account acting on staff's
 * behalf, which need not hold the admin role); `RELAYER_ROLE` may relay permit-based redemptions.
 *
 * A permit signs an amount, not a reward, so a relayed redemption also carries the resident's EIP-712
 * `Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)`
 * signature in the domain `("CityToken RewardCatalog", "1", chainId, this contract)`, with this catalog's own
 * nonce: the relayer cannot redeem another reward (even one of the same price), another quantity, at another
 * price or after the deadline.
 *
 * Payment: for a burn reward (merchant zero) the catalog burns the tokens from the resident
 * (`burnFrom`). For a merchant reward it pulls the tokens to itself and pays the merchant, so under the
 * token's MerchantsOnly policy the catalog is always a party to both transfers: the deployer must register
 * the catalog address as a merchant on the token (`setMerchant(catalog, true)`); merchants listed here need
 * not be registered on the token themselves. The catalog never keeps a balance between transactions.
 */
contract RewardCatalog is AccessControl, EIP712, Nonces {
    using SafeERC20 for CivicToken;

    /// @notice A reward or city service.
    struct Reward {
        uint256 price; // base units per unit redeemed; never 0
        address merchant; // paid on redemption; address(0): the tokens are burned
        uint64 stock; // units left; UNLIMITED_STOCK never runs out
        bool active; // only active rewards can be redeemed
        string uri; // metadata (name, terms, image), e.g. ipfs://…
    }

    /// @notice What a resident chose and signed for a relayed redemption (EIP-712 `Redemption`, with a nonce).
    struct RedemptionOrder {
        address resident; // the token holder redeeming
        uint256 rewardId; // the reward
        uint256 quantity; // units; not zero
        uint256 price; // base units per unit the resident agreed to
        uint256 deadline; // last timestamp (inclusive) of the choice and of the permit
    }

    /// @notice An ERC-2612 permit signature's parts.
    struct PermitSignature {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice Role allowed to list, edit, activate and deactivate rewards.
    bytes32 public constant CATALOG_MANAGER_ROLE = keccak256("CATALOG_MANAGER_ROLE");
    /// @notice Role allowed to relay permit-based redemptions.
    bytes32 public constant RELAYER_ROLE = keccak256("RELAYER_ROLE");
    /// @notice EIP-712 type hash of the resident's signed choice for {redeemWithPermit}.
    bytes32 public constant REDEMPTION_TYPEHASH = keccak256(
        "Redemption(address resident,uint256 rewardId,uint256 quantity,uint256 price,uint256 nonce,uint256 deadline)"
    );
    /// @notice Stock value meaning "never sold out" (city services).
    uint64 public constant UNLIMITED_STOCK = type(uint64).max;

    /// @notice The token rewards are priced in.
    CivicToken public immutable token;

    mapping(uint256 rewardId => Reward) private _rewards;
    uint256 private _rewardCount;
    uint256 private _redemptionCount;

    /// @notice Emitted when reward `rewardId` was listed (active).
    event RewardAdded(uint256 indexed rewardId, uint256 price, uint64 stock, address indexed merchant, string uri);
    /// @notice Emitted when reward `rewardId`'s price, stock, merchant or metadata changed.
    event RewardUpdated(uint256 indexed rewardId, uint256 price, uint64 stock, address indexed merchant, string uri);
    /// @notice Emitted when reward `rewardId` became redeemable.
    event RewardActivated(uint256 indexed rewardId);
    /// @notice Emitted when reward `rewardId` stopped being redeemable.
    event RewardDeactivated(uint256 indexed rewardId);
    /// @notice Emitted when `resident` redeemed `quantity` units of `rewardId` at `price` base units each.
    event Redeemed(
        uint256 indexed redemptionId,
        address indexed resident,
        uint256 indexed rewardId,
        uint256 quantity,
        uint256 price
    );

    /// @notice Thrown when the constructor gets a zero token or admin address.
    error RewardCatalogZeroAddress();
    /// @notice Thrown when a reward is given a price of zero.
    error RewardCatalogZeroPrice();
    /// @notice Thrown when no reward has id `rewardId`.
    error RewardCatalogUnknownReward(uint256 rewardId);
    /// @notice Thrown when reward `rewardId` is not active.
    error RewardCatalogInactive(uint256 rewardId);
    /// @notice Thrown when a redemption asks for zero units.
    error RewardCatalogZeroQuantity();
    /// @notice Thrown when `requested` units exceed the `available` stock of `rewardId`.
    error RewardCatalogSoldOut(uint256 rewardId, uint256 requested, uint256 available);
    /// @notice Thrown when a relayed redemption's permit failed and the allowance does not cover the cost.
    error RewardCatalogInsufficientAllowance(address resident, uint256 allowance, uint256 cost);
    /// @notice Thrown when a relayed redemption's signed choice expired at `deadline`.
    error RewardCatalogExpiredSignature(uint256 deadline);
    /// @notice Thrown when reward `rewardId` now costs `current` per unit, not the `signed` price the resident agreed to.
    error RewardCatalogPriceChanged(uint256 rewardId, uint256 signed, uint256 current);
    /// @notice Thrown when the redemption signature is not `resident`'s signature of this exact choice (another
    /// reward, quantity, price, deadline, nonce, chain or catalog, or a malformed signature).
    error RewardCatalogInvalidSignature(address resident);
    /// @notice Thrown when activating an active reward or deactivating an inactive one.
    error RewardCatalogActiveUnchanged(uint256 rewardId, bool active);

    /**
     * @notice Deploys the catalog for `token_`; `admin` gets DEFAULT_ADMIN_ROLE, CATALOG_MANAGER_ROLE and
     * RELAYER_ROLE.
     * @param token_ The CivicToken rewards are priced in.
     * @param admin The catalog administrator.
     */
    constructor(CivicToken token_, address admin) EIP712("CityToken RewardCatalog", "1") {
        if (address(token_) == address(0) || admin == address(0)) revert RewardCatalogZeroAddress();
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(CATALOG_MANAGER_ROLE, admin);
        _grantRole(RELAYER_ROLE, admin);
    }

    // ---------------------------------------------------------------- catalog administration

    /**
     * @notice Lists a new, active reward. Catalog manager only.
     * @param price Base units per unit; not zero.
     * @param stock Units available; {UNLIMITED_STOCK} for a service that never runs out.
     * @param merchant Who is paid; address(0) to burn the tokens instead.
     * @param uri Metadata URI.
     * @return rewardId The new reward's id (ids start at 1).
     */
    function addReward(
        uint256 price,
        uint64 stock,
        address merchant,
        string calldata uri
    ) external onlyRole(CATALOG_MANAGER_ROLE) returns (uint256 rewardId) {
        if (price == 0) revert RewardCatalogZeroPrice();
        rewardId = ++_rewardCount;
        _rewards[rewardId] = Reward({price: price, merchant: merchant, stock: stock, active: true, uri: uri});
        emit RewardAdded(rewardId, price, stock, merchant, uri);
    }

    /**
     * @notice Changes a reward's price, stock, merchant and metadata (not its active flag). Catalog manager only.
     * @param rewardId The reward.
     * @param price Base units per unit; not zero.
     * @param stock Units available; {UNLIMITED_STOCK} for unlimited.
     * @param merchant Who is paid; address(0) to burn.
     * @param uri Metadata URI.
     */
    function updateReward(
        uint256 rewardId,
        uint256 price,
        uint64 stock,
        address merchant,
        string calldata uri
    ) external onlyRole(CATALOG_MANAGER_ROLE) {
        if (price == 0) revert RewardCatalogZeroPrice();
        Reward storage reward = _existing(rewardId);
        reward.price = price;
        reward.stock = stock;
        reward.merchant = merchant;
        reward.uri = uri;
        emit RewardUpdated(rewardId, price, stock, merchant, uri);
    }

    /**
     * @notice Makes a reward redeemable. Catalog manager only.
     * @param rewardId An inactive reward.
     */
    function activateReward(uint256 rewardId) external onlyRole(CATALOG_MANAGER_ROLE) {
        Reward storage reward = _existing(rewardId);
        if (reward.active) revert RewardCatalogActiveUnchanged(rewardId, true);
        reward.active = true;
        emit RewardActivated(rewardId);
    }

    /**
     * @notice Stops a reward from being redeemed. Catalog manager only.
     * @param rewardId An active reward.
     */
    function deactivateReward(uint256 rewardId) external onlyRole(CATALOG_MANAGER_ROLE) {
        Reward storage reward = _existing(rewardId);
        if (!reward.active) revert RewardCatalogActiveUnchanged(rewardId, false);
        reward.active = false;
        emit RewardDeactivated(rewardId);
    }

    // ---------------------------------------------------------------- redemption

    /**
     * @notice Redeems `quantity` units of `rewardId`, paying with an allowance the caller gave the catalog.
     * @param rewardId The reward.
     * @param quantity Units to redeem; not zero.
     * @return redemptionId The redemption's id (ids start at 1 and increase by one).
     */
    function redeem(uint256 rewardId, uint256 quantity) external returns (uint256 redemptionId) {
        return _redeem(msg.sender, rewardId, quantity);
    }

    /**
     * @notice Relays a redemption for `order.resident`, who signed their choice (EIP-712 `Redemption` over the
     * fields of `order` and their catalog nonce, see the contract notes) and an ERC-2612 permit for the exact
     * cost (`quantity * price`) to this catalog with the same deadline. Relayer only.
     * @dev The permit is tried, not required: if someone submitted it first (or the allowance already
     * covers the cost) the redemption goes on, so a front-run permit cannot block it. The choice signature is
     * required and uses the resident's nonce ({nonces}) of this catalog.
     * @param order The resident's choice: reward, quantity, price per unit (must be the current price), deadline.
     * @param permit The permit's signature (v, r, s).
     * @param signature The resident's signature of the `Redemption` (65-byte ECDSA, or ERC-1271 data).
     * @return redemptionId The redemption's id.
     */
    function redeemWithPermit(
        RedemptionOrder calldata order,
        PermitSignature calldata permit,
        bytes calldata signature
    ) external onlyRole(RELAYER_ROLE) returns (uint256 redemptionId) {
        address resident = order.resident;
        if (block.timestamp > order.deadline) revert RewardCatalogExpiredSignature(order.deadline);
        uint256 current = _existing(order.rewardId).price;
        if (current != order.price) revert RewardCatalogPriceChanged(order.rewardId, order.price, current);
        bytes32 digest = _hashTypedDataV4(_redemptionHash(order, _useNonce(resident)));
        if (!SignatureChecker.isValidSignatureNow(resident, digest, signature)) {
            revert RewardCatalogInvalidSignature(resident);
        }
        _permitOrAllowance(resident, current * order.quantity, order.deadline, permit);
        return _redeem(resident, order.rewardId, order.quantity);
    }

    // ---------------------------------------------------------------- views

    /**
     * @notice The EIP-712 domain separator of this catalog on the current chain (see also {eip712Domain}).
     * @return The separator of `("CityToken RewardCatalog", "1", block.chainid, address(this))`.
     */
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /**
     * @notice The EIP-712 digest a resident signs for {redeemWithPermit}.
     * @param resident The token holder redeeming.
     * @param rewardId The reward.
     * @param quantity Units.
     * @param price Price per unit.
     * @param redemptionNonce The resident's catalog nonce ({nonces}) at relay time (not named `nonce`: the
     * generated C# binding would clash with the transaction nonce of its message base class).
     * @param deadline Last timestamp at which the choice may be redeemed.
     * @return The typed-data hash.
     */
    function redemptionDigest(
        address resident,
        uint256 rewardId,
        uint256 quantity,
        uint256 price,
        uint256 redemptionNonce,
        uint256 deadline
    ) external view returns (bytes32) {
        return _hashTypedDataV4(_redemptionHash(RedemptionOrder(resident, rewardId, quantity, price, deadline), redemptionNonce));
    }

    /**
     * @notice A reward's listing.
     * @param rewardId The reward.
     * @return The reward (reverts for unknown ids).
     */
    function getReward(uint256 rewardId) external view returns (Reward memory) {
        return _existing(rewardId);
    }

    /// @notice Number of rewards listed so far (ids run from 1 to this number).
    function rewardCount() external view returns (uint256) {
        return _rewardCount;
    }

    /// @notice Number of redemptions so far (the id of the latest one).
    function redemptionCount() external view returns (uint256) {
        return _redemptionCount;
    }

    // ---------------------------------------------------------------- internals

    /// @dev Checks, records (stock, redemption id, event), then moves the tokens.
    function _redeem(address resident, uint256 rewardId, uint256 quantity) private returns (uint256 redemptionId) {
        if (quantity == 0) revert RewardCatalogZeroQuantity();
        Reward storage reward = _existing(rewardId);
        if (!reward.active) revert RewardCatalogInactive(rewardId);
        uint64 stock = reward.stock;
        if (stock != UNLIMITED_STOCK) {
            if (quantity > stock) revert RewardCatalogSoldOut(rewardId, quantity, stock);
            reward.stock = stock - uint64(quantity); // quantity <= stock fits in uint64
        }
        uint256 price = reward.price;
        address merchant = reward.merchant;
        uint256 cost = price * quantity;
        redemptionId = ++_redemptionCount;
        emit Redeemed(redemptionId, resident, rewardId, quantity, price);

        if (merchant == address(0)) {
            token.burnFrom(resident, cost);
        } else {
            token.safeTransferFrom(resident, address(this), cost);
            token.safeTransfer(merchant, cost);
        }
    }

    /// @dev Tries the permit for `cost`; when it fails (already submitted, or none), the allowance must cover `cost`.
    function _permitOrAllowance(address resident, uint256 cost, uint256 deadline, PermitSignature calldata permit)
        private
    {
        try token.permit(resident, address(this), cost, deadline, permit.v, permit.r, permit.s) {} catch {
            uint256 allowance = token.allowance(resident, address(this));
            if (allowance < cost) revert RewardCatalogInsufficientAllowance(resident, allowance, cost);
        }
    }

    /// @dev The EIP-712 struct hash of the `Redemption` of `order` with the resident's catalog nonce `redemptionNonce`.
    function _redemptionHash(RedemptionOrder memory order, uint256 redemptionNonce) private pure returns (bytes32) {
        return keccak256(
            abi.encode(
                REDEMPTION_TYPEHASH,
                order.resident,
                order.rewardId,
                order.quantity,
                order.price,
                redemptionNonce,
                order.deadline
            )
        );
    }

    /// @dev The reward `rewardId`, or a revert if it was never listed.
    function _existing(uint256 rewardId) private view returns (Reward storage reward) {
        reward = _rewards[rewardId];
        if (reward.price == 0) revert RewardCatalogUnknownReward(rewardId);
    }
}
