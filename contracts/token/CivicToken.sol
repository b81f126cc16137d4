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
 * (a kill switch for minting that leaves transfers running). Caps are at most 2^96 - 1 base units (about 79
 * billion tokens per period); the deploy-time cap is that maximum (in effect unlimited) and the deployer is
 * expected to set a real one. The total supply is bounded by 2^117 - 1 base units (about 1.6e17 tokens).
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
 * word (`_state`) with the transfer policy, the total supply and the period's remaining mint allowance: a
 * transfer reads one slot for pause and policy, and a mint reads and writes that one slot for pause, cap
 * accounting and supply (the cap and period slot only when a new period starts); the `Paused`/`Unpaused`
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

    /// @dev Storage slot of OpenZeppelin 5 ERC20's `_balances` mapping (checked by the tests).
    uint256 private constant _BALANCES_SLOT = 0;
    /// @dev Largest mint cap: 2^96 - 1 base units, about 79 billion tokens per period.
    uint256 private constant _MAX_MINT_CAP = type(uint96).max;
    /// @dev Layout of `_state` (see there).
    uint256 private constant _SUPPLY_MASK = (1 << 117) - 1;
    uint256 private constant _REMAINING_SHIFT = 117;
    uint256 private constant _REMAINING_BIAS = 1 << 96;
    uint256 private constant _REMAINING_MASK = (1 << 97) - 1;
    uint256 private constant _PERIOD_END_SHIFT = 214;
    uint256 private constant _PERIOD_END_MAX = (1 << 40) - 1;
    uint256 private constant _POLICY_BIT = 1 << 254;
    uint256 private constant _PAUSED_BIT = 1 << 255;
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
    /// @dev Most base units mintable per period (at most `_MAX_MINT_CAP`); 0 disables minting. Shares a slot
    /// with `_mintPeriod`; a mint reads this slot only when it opens a new period.
    uint96 private _mintCap;
    /// @dev Period length in seconds (never 0).
    uint64 private _mintPeriod;
    /**
     * @dev Everything a balance change reads, packed in one word, so that a transfer reads one slot and a mint
     * (single or batch) reads and writes one slot (plus the settings slot once per period):
     * - bits   0..116: total supply in base units (OpenZeppelin's own `_totalSupply`, slot 2, is never used);
     * - bits 117..213: `remaining + 2^96`, where `remaining = cap - minted` is what the current period may still
     *   mint; negative (down to -(2^96 - 1)) after the cap was lowered below what the period already minted,
     *   so that raising it again gives back exactly `cap - minted`;
     * - bits 214..253: `periodEnd`, the timestamp at which the current period ends, `(index + 1) * period`
     *   (0 before the first mint); a mint at or after it opens a new period with `remaining = cap`;
     * - bit 254: the transfer policy (1 = MerchantsOnly); bit 255: paused.
     * Bounds: the supply stays below 2^117 base units (about 1.6e17 tokens; a mint beyond reverts with Panic
     * 0x11, as checked arithmetic would); `periodEnd` is capped at 2^40 - 1 (year 36812).
     */
    uint256 private _state;

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
    /// @notice Thrown when the amount at `index` of a batch is above 2^160 (far above any mint cap, which is
    /// below 2^96; smaller amounts above the cap revert with {CivicTokenMintCapExceeded}).
    error CivicTokenAmountTooLarge(uint256 index);
    /// @notice Thrown when a mint cap above `maxCap` (2^96 - 1 base units) is given.
    error CivicTokenMintCapTooLarge(uint256 cap, uint256 maxCap);
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
        _mintCap = uint96(_MAX_MINT_CAP);
        _mintPeriod = DEFAULT_MINT_PERIOD;
        _state = _REMAINING_BIAS << _REMAINING_SHIFT; // periodEnd 0: the first mint opens a period
    }

    // ---------------------------------------------------------------- minting

    /**
     * @notice Mints `amount` base units to `to`, within the mint cap of the current period.
     * @param to Recipient of the new tokens.
     * @param amount Amount in base units (18 decimals).
     */
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount); // the cap is applied by {_update}, which every mint goes through
    }

    /**
     * @notice Mints `amounts[i]` to `recipients[i]` for every i, once per `batchId`.
     * @dev Emits one `Transfer(0, recipients[i], amounts[i])` per reward, then {RewardBatchMinted}. The whole
     * batch counts against the mint cap of the current period. A recipient may appear more than once.
     * Checks, in this order: minter role, batch id not zero, batch not empty, lengths equal, batch id unused,
     * then every reward (the first bad one is reported: {CivicTokenZeroRecipient}, {CivicTokenZeroAmount},
     * {CivicTokenAmountTooLarge} above 2^160, or a bare revert for a malformed address word), then pause,
     * then the cap ({CivicTokenMintCapExceeded}) and the supply bound (Panic 0x11). Any failure reverts all.
     * @param batchId Non-zero one-time id chosen by the minter. Ids are kept in a bitmap: numbering batches
     * sequentially (`bytes32(sequence)`) makes 256 consecutive batches share one storage slot (~17,000 gas
     * less per batch than a random id such as a hash).
     * @param recipients Reward recipients; none may be the zero address.
     * @param amounts Amounts in base units, same length as `recipients`; none may be zero (and the batch must
     * fit the remaining allowance of the period, which is below 2^96).
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
        _markBatchMinted(batchId);
        uint256 total = _creditEach(recipients, amounts);
        _recordMint(total); // pause, cap and supply, once for the batch
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
     * @param newCap The new cap in base units, at most 2^96 - 1 (about 79 billion tokens).
     */
    function setMintCap(uint128 newCap) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (newCap > _MAX_MINT_CAP) revert CivicTokenMintCapTooLarge(newCap, _MAX_MINT_CAP);
        uint128 previousCap = _mintCap;
        _mintCap = uint96(newCap);
        uint256 state = _state;
        if (block.timestamp < _periodEnd(state)) {
            // remaining = cap - minted: moves with the cap; stays within (-2^96, 2^96) as both are below 2^96.
            int256 remaining = _remaining(state) + int256(uint256(newCap)) - int256(uint256(previousCap));
            _state = _withRemaining(state, remaining);
        }
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
        _mintPeriod = newPeriod;
        uint256 state = _state;
        if (block.timestamp < _periodEnd(state)) _state = _withPeriodEnd(state, _periodEndAt(newPeriod));
        emit MintPeriodChanged(previousPeriod, newPeriod);
    }

    /// @notice The total supply (kept with the mint accounting; see `_state`).
    function totalSupply() public view override returns (uint256) {
        return _state & _SUPPLY_MASK;
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
        uint256 state = _state;
        if (block.timestamp >= _periodEnd(state)) return 0;
        return uint256(int256(uint256(_mintCap)) - _remaining(state));
    }

    /// @notice Base units that may still be minted in the current period.
    function remainingMintAllowance() public view returns (uint256) {
        uint256 state = _state;
        if (block.timestamp >= _periodEnd(state)) return _mintCap;
        int256 remaining = _remaining(state);
        return remaining > 0 ? uint256(remaining) : 0;
    }

    // ---------------------------------------------------------------- transfer policy

    /**
     * @notice Chooses who may transfer to whom.
     * @param newPolicy Open, or MerchantsOnly (a transfer needs a registered merchant on one side).
     */
    function setTransferPolicy(TransferPolicy newPolicy) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 state = _state;
        TransferPolicy previousPolicy = state & _POLICY_BIT != 0 ? TransferPolicy.MerchantsOnly : TransferPolicy.Open;
        _state = newPolicy == TransferPolicy.MerchantsOnly ? state | _POLICY_BIT : state & ~_POLICY_BIT;
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
        return _state & _POLICY_BIT != 0 ? TransferPolicy.MerchantsOnly : TransferPolicy.Open;
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
        uint256 state = _state;
        if (state & _PAUSED_BIT != 0) revert CivicTokenPaused();
        _state = state | _PAUSED_BIT;
        emit Paused(msg.sender);
    }

    /// @notice Resumes balance changes. Pauser only.
    function unpause() external onlyRole(PAUSER_ROLE) {
        uint256 state = _state;
        if (state & _PAUSED_BIT == 0) revert CivicTokenNotPaused();
        _state = state & ~_PAUSED_BIT;
        emit Unpaused(msg.sender);
    }

    /// @notice Whether balance changes are paused.
    function paused() external view returns (bool) {
        return _state & _PAUSED_BIT != 0;
    }

    // ---------------------------------------------------------------- internals

    /// @dev `periodEnd` of the state word `state`.
    function _periodEnd(uint256 state) private pure returns (uint256) {
        return (state >> _PERIOD_END_SHIFT) & _PERIOD_END_MAX;
    }

    /// @dev `remaining` (signed) of the state word `state`.
    function _remaining(uint256 state) private pure returns (int256) {
        return int256((state >> _REMAINING_SHIFT) & _REMAINING_MASK) - int256(_REMAINING_BIAS);
    }

    /// @dev `state` with `remaining` replaced (`remaining` within (-2^96, 2^96)).
    function _withRemaining(uint256 state, int256 remaining) private pure returns (uint256) {
        uint256 field = uint256(remaining + int256(_REMAINING_BIAS));
        return (state & ~(_REMAINING_MASK << _REMAINING_SHIFT)) | (field << _REMAINING_SHIFT);
    }

    /// @dev `state` with `periodEnd` replaced (`periodEnd` at most 2^40 - 1).
    function _withPeriodEnd(uint256 state, uint256 periodEnd) private pure returns (uint256) {
        return (state & ~(_PERIOD_END_MAX << _PERIOD_END_SHIFT)) | (periodEnd << _PERIOD_END_SHIFT);
    }

    /// @dev End of the period of length `period` that contains `block.timestamp`, capped at 2^40 - 1.
    function _periodEndAt(uint256 period) private view returns (uint256) {
        uint256 end = (block.timestamp / period + 1) * period; // period < 2^64, timestamp < 2^64: no overflow
        return end < _PERIOD_END_MAX ? end : _PERIOD_END_MAX;
    }

    /**
     * @dev Counts a mint of `amount` base units: reverts while paused, then against the current period's cap
     * (with the numbers), then adds it to the total supply (Panic 0x11 beyond 2^117 - 1, like checked
     * arithmetic). Reads and writes `_state` once; reads the settings slot only to open a new period (or to
     * report the cap in the error).
     */
    function _recordMint(uint256 amount) private {
        uint256 state = _state;
        if (state & _PAUSED_BIT != 0) revert CivicTokenPaused();
        uint256 field; // remaining + 2^96, in (0, 2^97)
        if (block.timestamp < _periodEnd(state)) {
            field = (state >> _REMAINING_SHIFT) & _REMAINING_MASK;
        } else {
            field = _REMAINING_BIAS + _mintCap; // a new period: nothing minted yet
            state = _withPeriodEnd(state, _periodEndAt(_mintPeriod));
        }
        // amount <= remaining, compared without adding to `amount` (any uint256 may come from {mint}).
        unchecked {
            if (field < _REMAINING_BIAS || amount > field - _REMAINING_BIAS) {
                uint256 left = field > _REMAINING_BIAS ? field - _REMAINING_BIAS : 0;
                revert CivicTokenMintCapExceeded(amount, left, _mintCap);
            }
            // amount <= remaining < 2^96 from here: neither line below can overflow or go below 2^96.
            uint256 supply = (state & _SUPPLY_MASK) + amount;
            if (supply > _SUPPLY_MASK) _panicOverflow();
            field -= amount;
            _state =
                (state & ~(_SUPPLY_MASK | (_REMAINING_MASK << _REMAINING_SHIFT))) |
                supply |
                (field << _REMAINING_SHIFT);
        }
    }

    /// @dev Records batch id `batchId` in the bitmap (OpenZeppelin BitMaps layout: bit `id & 0xff` of word
    /// `id >> 8`), reading and writing the word once; reverts if it was already recorded.
    function _markBatchMinted(bytes32 batchId) private {
        uint256 seen;
        assembly ("memory-safe") {
            mstore(0x00, shr(8, batchId))
            mstore(0x20, _mintedBatches.slot) // BitMap is a struct whose only member is the mapping
            let slot := keccak256(0x00, 0x40)
            let word := sload(slot)
            let bit := shl(and(batchId, 0xff), 1)
            seen := and(word, bit)
            sstore(slot, or(word, bit))
        }
        if (seen != 0) revert CivicTokenBatchAlreadyMinted(batchId);
    }

    /**
     * @dev Adds `amounts[i]` to the balance of `recipients[i]` and emits `Transfer(0, recipients[i], amounts[i])`
     * for every i, exactly as ERC20's `_update` does for a mint, minus the supply and cap accounting, which the
     * caller does once with {_recordMint}. Returns the sum of the amounts.
     *
     * Checks, without a branch per reward: every recipient is non-zero and a clean 160-bit address word, every
     * amount is non-zero and at most 2^160. Each reward or-accumulates `to | (to - 1)` and `amount - 1`, whose
     * bits 160 and up are all zero exactly when the checks pass (`to - 1` is all ones for 0; `to` has high bits
     * when dirty; `amount - 1` is all ones for 0 and has high bits above 2^160). The loop writes balances and
     * logs before the single check after it; on failure the whole call reverts, so nothing of it persists, and
     * a second pass ({_revertBadReward}) finds the first bad index for the precise error. Amounts of at most
     * 2^160 keep the running total exact (a batch has far fewer than 2^96 rewards); any amount above 2^96 then
     * fails the cap in {_recordMint}.
     *
     * Written in assembly against OpenZeppelin 5 ERC20's storage: `_balances` is the mapping at slot 0 (ERC20 is
     * the first contract with state in this contract's linearization; the tests check the layout), the balance
     * of `a` at `keccak256(abi.encode(a, 0))`. No hook is skipped: this contract's `_update` adds pause (checked
     * once by the caller), the transfer policy (which mints always pass) and the cap and supply accounting (done
     * once by the caller). A future `_update` override must be mirrored here. Balances cannot wrap: each is at
     * most the supply, which the caller keeps below 2^117.
     */
    function _creditEach(
        address[] calldata recipients,
        uint256[] calldata amounts
    ) private returns (uint256 total) {
        uint256 bad;
        assembly ("memory-safe") {
            mstore(0x20, _BALANCES_SLOT) // scratch word 0x20 holds the mapping slot for the whole loop
            let sig := _TRANSFER_EVENT_SIGNATURE // on the stack: solc would otherwise copy it from code each time
            let delta := sub(amounts.offset, recipients.offset)
            let p := recipients.offset
            let end := add(p, shl(5, recipients.length))
            // Unrolled by four (a quarter of the loop bookkeeping): an odd reward first, then a pair, then
            // groups of four, tested at the bottom. Every copy of the body is identical but for the offset of
            // its reward (the tests cover every position in batches of 1 to 6).
            if and(recipients.length, 1) {
                {
                    let to := calldataload(p)
                    let amount := calldataload(add(p, delta))
                    bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                    total := add(total, amount)
                    mstore(0x00, to)
                    let slot := keccak256(0x00, 0x40)
                    sstore(slot, add(sload(slot), amount))
                    mstore(0x00, amount)
                    log3(0x00, 0x20, sig, 0, to)
                }
                p := add(p, 0x20)
            }
            if and(recipients.length, 2) {
                {
                    let to := calldataload(p)
                    let amount := calldataload(add(p, delta))
                    bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                    total := add(total, amount)
                    mstore(0x00, to)
                    let slot := keccak256(0x00, 0x40)
                    sstore(slot, add(sload(slot), amount))
                    mstore(0x00, amount)
                    log3(0x00, 0x20, sig, 0, to)
                }
                {
                    let q := add(p, 0x20)
                    let to := calldataload(q)
                    let amount := calldataload(add(q, delta))
                    bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                    total := add(total, amount)
                    mstore(0x00, to)
                    let slot := keccak256(0x00, 0x40)
                    sstore(slot, add(sload(slot), amount))
                    mstore(0x00, amount)
                    log3(0x00, 0x20, sig, 0, to)
                }
                p := add(p, 0x40)
            }
            if lt(p, end) {
                for {} 1 {} {
                    {
                        let to := calldataload(p)
                        let amount := calldataload(add(p, delta))
                        bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                        total := add(total, amount)
                        mstore(0x00, to)
                        let slot := keccak256(0x00, 0x40)
                        sstore(slot, add(sload(slot), amount))
                        mstore(0x00, amount)
                        log3(0x00, 0x20, sig, 0, to)
                    }
                    {
                        let q := add(p, 0x20)
                        let to := calldataload(q)
                        let amount := calldataload(add(q, delta))
                        bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                        total := add(total, amount)
                        mstore(0x00, to)
                        let slot := keccak256(0x00, 0x40)
                        sstore(slot, add(sload(slot), amount))
                        mstore(0x00, amount)
                        log3(0x00, 0x20, sig, 0, to)
                    }
                    {
                        let q := add(p, 0x40)
                        let to := calldataload(q)
                        let amount := calldataload(add(q, delta))
                        bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                        total := add(total, amount)
                        mstore(0x00, to)
                        let slot := keccak256(0x00, 0x40)
                        sstore(slot, add(sload(slot), amount))
                        mstore(0x00, amount)
                        log3(0x00, 0x20, sig, 0, to)
                    }
                    {
                        let q := add(p, 0x60)
                        let to := calldataload(q)
                        let amount := calldataload(add(q, delta))
                        bad := or(bad, or(or(to, sub(to, 1)), sub(amount, 1)))
                        total := add(total, amount)
                        mstore(0x00, to)
                        let slot := keccak256(0x00, 0x40)
                        sstore(slot, add(sload(slot), amount))
                        mstore(0x00, amount)
                        log3(0x00, 0x20, sig, 0, to)
                    }
                    p := add(p, 0x80)
                    if eq(p, end) {
                        break
                    }
                }
            }
            bad := shr(160, bad)
        }
        if (bad != 0) _revertBadReward(recipients, amounts);
    }

    /// @dev Reverts with the error of the first bad reward of a batch ({_creditEach} found one).
    function _revertBadReward(address[] calldata recipients, uint256[] calldata amounts) private pure {
        for (uint256 i; ; ++i) {
            uint256 to;
            uint256 amount = amounts[i];
            assembly ("memory-safe") {
                to := calldataload(add(recipients.offset, shl(5, i)))
            }
            if (to >> 160 != 0) revert(); // not an ABI-encoded address: Solidity's decoder would reject it too
            if (to == 0) revert CivicTokenZeroRecipient(i);
            if (amount == 0) revert CivicTokenZeroAmount(i);
            if (amount > 1 << 160) revert CivicTokenAmountTooLarge(i);
        }
    }

    /// @dev Reverts with Panic(0x11), the error of an overflowing checked addition.
    function _panicOverflow() private pure {
        assembly ("memory-safe") {
            mstore(0x00, 0x4e487b71)
            mstore(0x20, 0x11)
            revert(0x1c, 0x24)
        }
    }

    /**
     * @dev Every balance change except {mintBatch}'s goes through here: pause (first), then
     * - a mint (`from` zero): the cap and supply accounting of {_recordMint}, then the balance, in assembly
     *   against `_balances` at slot 0 as in {_creditEach} (no overflow: the balance is at most the supply);
     * - a burn (`to` zero): OpenZeppelin's balance check and error, the balance, then the supply in `_state`
     *   (no borrow out of its 128 bits: the value is at most the balance, which is at most the supply);
     * - a transfer: the transfer policy, then OpenZeppelin's ERC-20 accounting (which leaves the supply alone).
     * OpenZeppelin's `_totalSupply` is never written; {totalSupply} reads `_state`.
     * {mintBatch} applies the same rules once per batch.
     */
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            _recordMint(value); // checks the pause first
            assembly ("memory-safe") {
                mstore(0x00, to)
                mstore(0x20, _BALANCES_SLOT)
                let slot := keccak256(0x00, 0x40)
                sstore(slot, add(sload(slot), value))
            }
            emit Transfer(address(0), to, value);
            return;
        }
        uint256 state = _state;
        if (state & _PAUSED_BIT != 0) revert CivicTokenPaused();
        if (to == address(0)) {
            uint256 fromBalance = balanceOf(from);
            if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
            assembly ("memory-safe") {
                mstore(0x00, from)
                mstore(0x20, _BALANCES_SLOT)
                sstore(keccak256(0x00, 0x40), sub(fromBalance, value))
            }
            // value <= balance <= supply: the subtraction stays within the supply bits.
            _state = state - value;
            emit Transfer(from, address(0), value);
        } else {
            if (state & _POLICY_BIT != 0 && !_merchants[from] && !_merchants[to]) {
                revert CivicTokenTransferNotAllowed(from, to);
            }
            super._update(from, to, value);
        }
    }
}
