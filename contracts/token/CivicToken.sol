// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {BitMaps} from "@openzeppelin/contracts/utils/structs/BitMaps.sol";

/**
 * @title CivicToken
 * @notice The city's reward token: residents earn it for civic actions and spend it on city services.
 *
 * @dev ERC-20 with ERC-2612 permit, burning, pausing and three roles:
 * - `DEFAULT_ADMIN_ROLE` manages roles, the mint cap and period, the transfer policy and the merchant list;
 * - `MINTER_ROLE` mints, one reward at a time ({mint}) or in batches with a one-time id ({mintBatch});
 * - `PAUSER_ROLE` pauses and unpauses every balance change (transfers, mints and burns).
 *
 * Mint cap: at most {mintCap} base units may be minted per period of {mintPeriod} seconds, so a stolen
 * minter key can only mint a bounded amount before the admin revokes it. Periods are fixed windows: the
 * period of a timestamp `t` is `t / mintPeriod` (integer division), so windows start at multiples of the
 * period length since the Unix epoch (with a 1-day period, at 00:00 UTC). A cap of 0 means *no minting at all*
 * (a kill switch for minting that leaves transfers running); the deploy-time cap is `type(uint128).max`
 * (in effect unlimited) and the deployer is expected to set a real one.
 *
 * Transfer policy: under {TransferPolicy.Open} anyone transfers to anyone. Under
 * {TransferPolicy.MerchantsOnly} a transfer passes only if its sender or its recipient is a registered
 * merchant (residents pay merchants and city services; merchants transfer freely), which keeps points from
 * being traded between residents. Mints and burns always pass the policy; pausing still stops them.
 *
 * Batch minting keeps ERC-20 semantics exactly (balances, total supply, one `Transfer(0, recipient, amount)`
 * per reward) but does the per-batch work once: role, pause, batch id, cap and total supply are handled once
 * per batch, not per recipient (see {mintBatch}).
 *
 * Pausing is implemented here rather than with OpenZeppelin's Pausable so that the pause flag shares a storage
 * slot with the transfer policy and the mint cap (one storage read per transfer); the `Paused`/`Unpaused`
 * events keep OpenZeppelin's signatures.
 */
contract CivicToken is ERC20, ERC20Burnable, ERC20Permit, AccessControl {
    using BitMaps for BitMaps.BitMap;

    /// @notice Who may transfer to whom.
    enum TransferPolicy {
        Open,
        MerchantsOnly
    }

    /// @notice Role allowed to mint rewards.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Role allowed to pause and unpause the token.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @dev Storage slots of OpenZeppelin 5 ERC20's `_balances` and `_totalSupply` (checked by the tests).
    uint256 private constant _BALANCES_SLOT = 0;
    uint256 private constant _TOTAL_SUPPLY_SLOT = 2;
    /// @dev keccak256("Transfer(address,address,uint256)").
    bytes32 private constant _TRANSFER_EVENT_SIGNATURE =
        0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;

    /// @notice Mint period length set at deployment: one day.
    uint64 public constant DEFAULT_MINT_PERIOD = 1 days;

    /// @dev Batch ids already minted, as a bitmap indexed by `uint256(batchId)`: ids that differ only in their
    /// last 8 bits share one storage slot, so sequential ids cost ~5,000 gas to record instead of ~22,100.
    BitMaps.BitMap private _mintedBatches;
    /// @dev Registered merchants and city services (including the reward catalog).
    mapping(address account => bool) private _merchants;
    // Settings read by every balance change, packed in one slot (a transfer reads pause and policy with one
    // SLOAD; a mint reads pause, cap and period with one SLOAD).
    /// @dev Most base units mintable per period; 0 disables minting.
    uint128 private _mintCap;
    /// @dev Period length in seconds (never 0).
    uint64 private _mintPeriod;
    /// @dev Current transfer policy.
    TransferPolicy private _transferPolicy;
    /// @dev Whether balance changes are paused.
    bool private _paused;
    // Mint accounting of the current period, packed in one slot (a mint writes only this slot).
    /// @dev Base units minted in period `_periodIndex`.
    uint128 private _mintedInPeriod;
    /// @dev Index of the period `_mintedInPeriod` counts.
    uint64 private _periodIndex;

    /// @notice Emitted when batch `batchId` minted `total` base units to `count` recipients.
    event RewardBatchMinted(bytes32 indexed batchId, uint256 count, uint256 total);
    /// @notice Emitted when the admin changed the mint cap per period.
    event MintCapChanged(uint128 previousCap, uint128 newCap);
    /// @notice Emitted when the admin changed the mint period length (seconds).
    event MintPeriodChanged(uint64 previousPeriod, uint64 newPeriod);
    /// @notice Emitted when the admin changed the transfer policy.
    event TransferPolicyChanged(TransferPolicy previousPolicy, TransferPolicy newPolicy);
    /// @notice Emitted when the admin registered (`isMerchant` true) or removed a merchant.
    event MerchantUpdated(address indexed account, bool isMerchant);
    /// @notice Emitted when `account` paused the token (same signature as OpenZeppelin's Pausable).
    event Paused(address account);
    /// @notice Emitted when `account` unpaused the token (same signature as OpenZeppelin's Pausable).
    event Unpaused(address account);

    /// @notice Thrown when an admin address of zero is given to the constructor.
    error CivicTokenZeroAdmin();
    /// @notice Thrown when a batch id of zero is given.
    error CivicTokenZeroBatchId();
    /// @notice Thrown when a batch with this id was already minted.
    error CivicTokenBatchAlreadyMinted(bytes32 batchId);
    /// @notice Thrown when a batch has no recipients.
    error CivicTokenEmptyBatch();
    /// @notice Thrown when the recipients and amounts arrays differ in length.
    error CivicTokenBatchLengthMismatch(uint256 recipients, uint256 amounts);
    /// @notice Thrown when the recipient at `index` of a batch is the zero address.
    error CivicTokenZeroRecipient(uint256 index);
    /// @notice Thrown when the amount at `index` of a batch is zero.
    error CivicTokenZeroAmount(uint256 index);
    /// @notice Thrown when minting `requested` base units exceeds the `remaining` allowance of this period.
    error CivicTokenMintCapExceeded(uint256 requested, uint256 remaining, uint256 cap);
    /// @notice Thrown when a mint period length of zero is given.
    error CivicTokenZeroMintPeriod();
    /// @notice Thrown when the zero address is given as a merchant.
    error CivicTokenZeroMerchant();
    /// @notice Thrown when the transfer policy forbids a transfer from `from` to `to`.
    error CivicTokenTransferNotAllowed(address from, address to);
    /// @notice Thrown by a balance change, or by {pause}, while the token is paused.
    error CivicTokenPaused();
    /// @notice Thrown when unpausing a token that is not paused.
    error CivicTokenNotPaused();

    /**
     * @notice Deploys the token and gives `admin` the admin, minter and pauser roles.
     * @dev The policy starts Open, the mint cap unlimited and the mint period {DEFAULT_MINT_PERIOD}.
     * @param name_ Token name, e.g. "CityToken" (also the EIP-712 domain name for permits).
     * @param symbol_ Token symbol, e.g. "CITY".
     * @param admin Address receiving DEFAULT_ADMIN_ROLE, MINTER_ROLE and PAUSER_ROLE.
     */
    constructor(string memory name_, string memory symbol_, address admin) ERC20(name_, symbol_) ERC20Permit(name_) {
        if (admin == address(0)) revert CivicTokenZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _mintCap = type(uint128).max;
        _mintPeriod = DEFAULT_MINT_PERIOD;
        _periodIndex = uint64(block.timestamp / DEFAULT_MINT_PERIOD);
    }

    // ---------------------------------------------------------------- minting

    /**
     * @notice Mints `amount` base units to `to`, within the mint cap of the current period.
     * @param to Recipient of the new tokens.
     * @param amount Amount in base units (18 decimals).
     */
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _useMintAllowance(amount);
        _mint(to, amount);
    }

    /**
     * @notice Mints `amounts[i]` to `recipients[i]` for every i, once per `batchId`.
     * @dev Emits one `Transfer(0, recipients[i], amounts[i])` per reward, then {RewardBatchMinted}. The whole
     * batch counts against the mint cap of the current period. A recipient may appear more than once.
     * @param batchId Non-zero one-time id chosen by the minter. Ids are kept in a bitmap: numbering batches
     * sequentially (`bytes32(sequence)`) makes 256 consecutive batches share one storage slot (~17,000 gas
     * less per batch than a random id such as a hash).
     * @param recipients Reward recipients; none may be the zero address.
     * @param amounts Amounts in base units, same length as `recipients`; none may be zero.
     */
    function mintBatch(
        bytes32 batchId,
        address[] calldata recipients,
        uint256[] calldata amounts
    ) external onlyRole(MINTER_ROLE) {
        if (batchId == bytes32(0)) revert CivicTokenZeroBatchId();
        uint256 count = recipients.length;
        if (count == 0) revert CivicTokenEmptyBatch();
        if (count != amounts.length) revert CivicTokenBatchLengthMismatch(count, amounts.length);
        if (_mintedBatches.get(uint256(batchId))) revert CivicTokenBatchAlreadyMinted(batchId);
        if (_paused) revert CivicTokenPaused();
        _mintedBatches.set(uint256(batchId));

        uint256 total = _creditEach(recipients, amounts);
        _increaseSupply(total);
        _useMintAllowance(total);
        emit RewardBatchMinted(batchId, count, total);
    }

    /**
     * @notice Whether a batch with id `batchId` has been minted.
     * @param batchId The batch id.
     * @return True once {mintBatch} succeeded with this id.
     */
    function isBatchMinted(bytes32 batchId) external view returns (bool) {
        return _mintedBatches.get(uint256(batchId));
    }

    // ---------------------------------------------------------------- mint cap

    /**
     * @notice Sets the most base units mintable per period; 0 stops all minting.
     * @dev Takes effect at once; what was already minted in the current period still counts.
     * @param newCap The new cap in base units.
     */
    function setMintCap(uint128 newCap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint128 previousCap = _mintCap;
        _mintCap = newCap;
        emit MintCapChanged(previousCap, newCap);
    }

    /**
     * @notice Sets the mint period length in seconds.
     * @dev Conservative: what was minted in the current period carries over into the window that contains
     * `block.timestamp` under the new length, so changing the length never frees extra allowance at once.
     * @param newPeriod The new period length in seconds; not zero.
     */
    function setMintPeriod(uint64 newPeriod) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newPeriod == 0) revert CivicTokenZeroMintPeriod();
        uint64 previousPeriod = _mintPeriod;
        if (uint64(block.timestamp / previousPeriod) != _periodIndex) _mintedInPeriod = 0;
        _mintPeriod = newPeriod;
        _periodIndex = uint64(block.timestamp / newPeriod);
        emit MintPeriodChanged(previousPeriod, newPeriod);
    }

    /// @notice The most base units mintable per period (0: minting stopped).
    function mintCap() external view returns (uint128) {
        return _mintCap;
    }

    /// @notice The mint period length in seconds.
    function mintPeriod() external view returns (uint64) {
        return _mintPeriod;
    }

    /// @notice Index of the current mint period: `block.timestamp / mintPeriod()`.
    function currentMintPeriod() public view returns (uint64) {
        return uint64(block.timestamp / _mintPeriod);
    }

    /// @notice Base units minted so far in the current period.
    function mintedInCurrentPeriod() public view returns (uint256) {
        return currentMintPeriod() == _periodIndex ? _mintedInPeriod : 0;
    }

    /// @notice Base units that may still be minted in the current period.
    function remainingMintAllowance() public view returns (uint256) {
        uint256 cap = _mintCap;
        uint256 minted = mintedInCurrentPeriod();
        return minted < cap ? cap - minted : 0;
    }

    // ---------------------------------------------------------------- transfer policy

    /**
     * @notice Chooses who may transfer to whom.
     * @param newPolicy Open, or MerchantsOnly (a transfer needs a registered merchant on one side).
     */
    function setTransferPolicy(TransferPolicy newPolicy) external onlyRole(DEFAULT_ADMIN_ROLE) {
        TransferPolicy previousPolicy = _transferPolicy;
        _transferPolicy = newPolicy;
        emit TransferPolicyChanged(previousPolicy, newPolicy);
    }

    /**
     * @notice Registers or removes a merchant or city service (the reward catalog must be registered too).
     * @param account The merchant's address; not zero.
     * @param isMerchant_ True to register, false to remove.
     */
    function setMerchant(address account, bool isMerchant_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (account == address(0)) revert CivicTokenZeroMerchant();
        _merchants[account] = isMerchant_;
        emit MerchantUpdated(account, isMerchant_);
    }

    /// @notice The current transfer policy.
    function transferPolicy() external view returns (TransferPolicy) {
        return _transferPolicy;
    }

    /**
     * @notice Whether `account` is a registered merchant or city service.
     * @param account The address to look up.
     * @return True if registered.
     */
    function isMerchant(address account) external view returns (bool) {
        return _merchants[account];
    }

    // ---------------------------------------------------------------- pausing

    /// @notice Stops every balance change (transfers, mints, burns). Pauser only.
    function pause() external onlyRole(PAUSER_ROLE) {
        if (_paused) revert CivicTokenPaused();
        _paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Resumes balance changes. Pauser only.
    function unpause() external onlyRole(PAUSER_ROLE) {
        if (!_paused) revert CivicTokenNotPaused();
        _paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Whether balance changes are paused.
    function paused() external view returns (bool) {
        return _paused;
    }

    // ---------------------------------------------------------------- internals

    /**
     * @dev Adds `amounts[i]` to the balance of `recipients[i]` and emits `Transfer(0, recipients[i], amounts[i])`
     * for every i, exactly as ERC20's `_update` does for a mint, minus the total supply update, which the
     * caller makes once with {_increaseSupply}. Reverts on a zero recipient or amount (naming its index), on a
     * malformed address word, and on overflow of the returned `total`.
     *
     * Written in assembly against OpenZeppelin 5 ERC20's storage: `_balances` at slot 0 and `_totalSupply` at
     * slot 2 (ERC20 is the first contract with state in this contract's linearization; the tests check the
     * layout). No hook is skipped: this contract's `_update` only adds pause (checked once by the caller) and
     * the transfer policy (which mints always pass). A future `_update` override must be mirrored here.
     * Balances cannot wrap: each is at most the supply, whose update is overflow-checked.
     */
    function _creditEach(
        address[] calldata recipients,
        uint256[] calldata amounts
    ) private returns (uint256 total) {
        uint256 count = recipients.length;
        uint256 bad; // 1 + index of the first invalid reward, or 0
        bool badIsAmount;
        assembly ("memory-safe") {
            mstore(0x20, _BALANCES_SLOT) // scratch word 0x20 holds the mapping slot for the whole loop
            let delta := sub(amounts.offset, recipients.offset)
            let end := add(recipients.offset, shl(5, count))
            for {
                let p := recipients.offset
            } lt(p, end) {
                p := add(p, 0x20)
            } {
                let to := calldataload(p)
                let amount := calldataload(add(p, delta))
                // One comparison for both "non-zero" and "fits in 160 bits": to - 1 < 2^160 - 1.
                if iszero(and(lt(sub(to, 1), 0xffffffffffffffffffffffffffffffffffffffff), iszero(iszero(amount)))) {
                    if shr(160, to) {
                        revert(0, 0) // not an ABI-encoded address: Solidity's decoder would reject it too
                    }
                    bad := add(shr(5, sub(p, recipients.offset)), 1)
                    badIsAmount := iszero(iszero(to))
                    break
                }
                total := add(total, amount)
                if lt(total, amount) {
                    mstore(0x00, 0x4e487b71) // Panic(uint256) 0x11: arithmetic overflow, like checked math
                    mstore(0x20, 0x11)
                    revert(0x1c, 0x24)
                }
                mstore(0x00, to)
                let slot := keccak256(0x00, 0x40)
                sstore(slot, add(sload(slot), amount))
                mstore(0x00, amount)
                log3(0x00, 0x20, _TRANSFER_EVENT_SIGNATURE, 0, to)
            }
        }
        if (bad != 0) {
            if (badIsAmount) revert CivicTokenZeroAmount(bad - 1);
            revert CivicTokenZeroRecipient(bad - 1);
        }
    }

    /// @dev `_totalSupply += amount`, checked, written once per batch.
    function _increaseSupply(uint256 amount) private {
        assembly ("memory-safe") {
            let supply := sload(_TOTAL_SUPPLY_SLOT)
            let newSupply := add(supply, amount)
            if lt(newSupply, supply) {
                mstore(0x00, 0x4e487b71)
                mstore(0x20, 0x11)
                revert(0x1c, 0x24)
            }
            sstore(_TOTAL_SUPPLY_SLOT, newSupply)
        }
    }

    /**
     * @dev Counts `amount` against the current period's cap, or reverts with the numbers. Rolls the period
     * over when the current window differs from the stored one.
     */
    function _useMintAllowance(uint256 amount) private {
        uint128 cap = _mintCap;
        uint64 period = uint64(block.timestamp / _mintPeriod);
        uint64 storedPeriod = _periodIndex;
        uint256 minted = period == storedPeriod ? _mintedInPeriod : 0;
        uint256 remaining = minted < cap ? cap - minted : 0;
        if (amount > remaining) revert CivicTokenMintCapExceeded(amount, remaining, cap);
        // amount <= cap - minted, so the sum fits in uint128 (cap does).
        _mintedInPeriod = uint128(minted + amount);
        if (period != storedPeriod) _periodIndex = period;
    }

    /**
     * @dev Every balance change except {mintBatch}'s goes through here: pause, then the transfer policy for
     * transfers (not mints or burns), then ERC-20 accounting. {mintBatch} applies the same rules once per batch.
     */
    function _update(address from, address to, uint256 value) internal override {
        if (_paused) revert CivicTokenPaused();
        if (
            from != address(0) &&
            to != address(0) &&
            _transferPolicy == TransferPolicy.MerchantsOnly &&
            !_merchants[from] &&
            !_merchants[to]
        ) revert CivicTokenTransferNotAllowed(from, to);
        super._update(from, to, value);
    }
}
