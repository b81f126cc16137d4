// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/**
 * @title PublicFunds
 * @notice Xiong'an's transparent public funds: project budgets in the city's currency (minor units, e.g. fen), and
 * disbursements (contractor payments, payroll batches) that need two people: one proposes, a different one
 * approves. Only an approved disbursement counts as paid, and the paid total of a project never exceeds its budget.
 *
 * @dev Roles: `DEFAULT_ADMIN_ROLE` manages roles; `BUDGET_ROLE` creates projects; `FINANCE_OFFICER_ROLE` proposes
 * disbursements; `FUNDS_APPROVER_ROLE` approves or rejects them; `FUNDS_RELAYER_ROLE` (the city's service account)
 * proposes, approves and rejects on behalf of staff members named by a `staff` reference.
 *
 * Actors: who proposed and who decided is an `actor` word. A direct caller is its address, left-padded
 * (`bytes32(uint256(uint160(account)))`); a relayed staff member is the reference the relayer gives, which must have
 * a non-zero top 96 bits so it can never be mistaken for an account. Approving requires an actor different from the
 * proposer's, whatever the path. The relayed path trusts the relayer to name staff truthfully; it is there because the
 * city's staff act through the service with API keys, not Ethereum keys (see docs/architecture.md).
 *
 * Payroll: one disbursement of category {Category.Payroll} pays many workers; its `documentHash` is the root of a
 * Merkle tree (OpenZeppelin `StandardMerkleTree`, leaf types `["bytes32","uint256","bytes32"]`: worker reference,
 * amount, salt) and {verifyWage} proves one worker's wage against it.
 */
contract PublicFunds is AccessControl {
    /// @notice What a disbursement pays for.
    enum Category {
        Works, // construction and maintenance contracts
        Services, // service contracts
        Goods, // purchases
        Payroll, // many workers' wages at once; payee is zero, documentHash a Merkle root
        Other
    }

    /// @notice Where a disbursement stands.
    enum Status {
        None,
        Proposed,
        Approved,
        Rejected
    }

    /// @notice A project and its budget.
    struct Project {
        uint256 budget; // minor units of `currency`
        uint256 spent; // sum of approved disbursements; never above budget
        bytes3 currency; // ISO 4217 code, e.g. "CNY"
        bytes32 metadataHash; // hash of the project's public description
        string department; // responsible department
    }

    /// @notice A proposed, approved or rejected disbursement.
    struct Disbursement {
        uint256 projectId;
        uint256 amount; // minor units of the project's currency
        address payee; // zero for payroll
        Category category;
        Status status;
        bytes32 documentHash; // invoice or contract hash; the payroll Merkle root
        bytes32 proposer; // actor who proposed
        bytes32 decider; // actor who approved or rejected
    }

    /// @notice Role allowed to create projects.
    bytes32 public constant BUDGET_ROLE = keccak256("BUDGET_ROLE");
    /// @notice Role allowed to propose disbursements.
    bytes32 public constant FINANCE_OFFICER_ROLE = keccak256("FINANCE_OFFICER_ROLE");
    /// @notice Role allowed to approve or reject disbursements.
    bytes32 public constant FUNDS_APPROVER_ROLE = keccak256("FUNDS_APPROVER_ROLE");
    /// @notice Role allowed to act for staff members named by reference.
    bytes32 public constant FUNDS_RELAYER_ROLE = keccak256("FUNDS_RELAYER_ROLE");

    mapping(uint256 projectId => Project) private _projects;
    mapping(uint256 disbursementId => Disbursement) private _disbursements;
    uint256 private _projectCount;
    uint256 private _disbursementCount;

    /// @notice Emitted when project `projectId` was created.
    event ProjectCreated(
        uint256 indexed projectId,
        uint256 budget,
        bytes3 currency,
        bytes32 metadataHash,
        string department
    );
    /// @notice Emitted when `proposer` proposed paying `amount` from project `projectId`.
    event DisbursementProposed(
        uint256 indexed disbursementId,
        uint256 indexed projectId,
        bytes32 indexed proposer,
        address payee,
        uint256 amount,
        Category category,
        bytes32 documentHash
    );
    /// @notice Emitted when `approver` approved disbursement `disbursementId`: it is paid and counted against the budget.
    event DisbursementApproved(
        uint256 indexed disbursementId,
        uint256 indexed projectId,
        bytes32 indexed approver,
        uint256 amount
    );
    /// @notice Emitted when `approver` rejected disbursement `disbursementId`.
    event DisbursementRejected(uint256 indexed disbursementId, uint256 indexed projectId, bytes32 indexed approver);

    /// @notice Thrown when the constructor gets a zero admin address.
    error PublicFundsZeroAddress();
    /// @notice Thrown when a project is given a zero budget.
    error PublicFundsZeroBudget();
    /// @notice Thrown when a currency code is not three upper-case letters.
    error PublicFundsInvalidCurrency(bytes3 currency);
    /// @notice Thrown when no project has id `projectId`.
    error PublicFundsUnknownProject(uint256 projectId);
    /// @notice Thrown when no disbursement has id `disbursementId`.
    error PublicFundsUnknownDisbursement(uint256 disbursementId);
    /// @notice Thrown when a disbursement's amount is zero.
    error PublicFundsZeroAmount();
    /// @notice Thrown when a disbursement has no document hash (or payroll root).
    error PublicFundsMissingDocument();
    /// @notice Thrown when a payee is zero for a payment, or set for a payroll.
    error PublicFundsInvalidPayee(address payee, Category category);
    /// @notice Thrown when paying `amount` from project `projectId` would exceed its `remaining` budget.
    error PublicFundsOverBudget(uint256 projectId, uint256 amount, uint256 remaining);
    /// @notice Thrown when the proposer of a disbursement tries to decide it.
    error PublicFundsSelfApproval(uint256 disbursementId, bytes32 actor);
    /// @notice Thrown when disbursement `disbursementId` was already approved or rejected.
    error PublicFundsNotPending(uint256 disbursementId, Status status);
    /// @notice Thrown when a relayed staff reference could be an account (its top 96 bits are zero).
    error PublicFundsInvalidStaff(bytes32 staff);
    /// @notice Thrown when a wage is checked against a disbursement that is not a payroll.
    error PublicFundsNotPayroll(uint256 disbursementId);

    /**
     * @notice Deploys the funds registry; `admin` gets DEFAULT_ADMIN_ROLE and BUDGET_ROLE.
     * @param admin The administrator (grants officer, approver and relayer roles).
     */
    constructor(address admin) {
        if (admin == address(0)) revert PublicFundsZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(BUDGET_ROLE, admin);
    }

    // ---------------------------------------------------------------- projects

    /**
     * @notice Creates a project. Budget role only.
     * @param budget Minor units of `currency`; not zero.
     * @param currency ISO 4217 code, three upper-case ASCII letters.
     * @param department The responsible department.
     * @param metadataHash Hash of the project's public description.
     * @return projectId The new project's id (ids start at 1).
     */
    function createProject(
        uint256 budget,
        bytes3 currency,
        string calldata department,
        bytes32 metadataHash
    ) external onlyRole(BUDGET_ROLE) returns (uint256 projectId) {
        if (budget == 0) revert PublicFundsZeroBudget();
        for (uint256 i = 0; i < 3; ++i) {
            if (currency[i] < "A" || currency[i] > "Z") revert PublicFundsInvalidCurrency(currency);
        }
        projectId = ++_projectCount;
        _projects[projectId] = Project(budget, 0, currency, metadataHash, department);
        emit ProjectCreated(projectId, budget, currency, metadataHash, department);
    }

    // ---------------------------------------------------------------- disbursements

    /**
     * @notice Proposes a disbursement as the calling finance officer.
     * @param projectId The project paying.
     * @param payee Who is paid; zero for {Category.Payroll}.
     * @param amount Minor units; not zero, at most the project's remaining budget.
     * @param category What it pays for.
     * @param documentHash Hash of the invoice or contract; for a payroll, the Merkle root of its wages.
     * @return disbursementId The new disbursement's id (ids start at 1).
     */
    function propose(
        uint256 projectId,
        address payee,
        uint256 amount,
        Category category,
        bytes32 documentHash
    ) external onlyRole(FINANCE_OFFICER_ROLE) returns (uint256 disbursementId) {
        return _propose(_accountActor(msg.sender), projectId, payee, amount, category, documentHash);
    }

    /**
     * @notice Proposes a disbursement for staff member `staff`. Relayer only.
     * @param staff The proposing staff member's reference (top 96 bits not all zero).
     * @param projectId The project paying.
     * @param payee Who is paid; zero for {Category.Payroll}.
     * @param amount Minor units; not zero, at most the project's remaining budget.
     * @param category What it pays for.
     * @param documentHash Hash of the invoice or contract; for a payroll, the Merkle root of its wages.
     * @return disbursementId The new disbursement's id.
     */
    function proposeFor(
        bytes32 staff,
        uint256 projectId,
        address payee,
        uint256 amount,
        Category category,
        bytes32 documentHash
    ) external onlyRole(FUNDS_RELAYER_ROLE) returns (uint256 disbursementId) {
        return _propose(_staffActor(staff), projectId, payee, amount, category, documentHash);
    }

    /**
     * @notice Approves disbursement `disbursementId` as the calling approver (not its proposer): it is paid.
     * @param disbursementId The disbursement.
     */
    function approve(uint256 disbursementId) external onlyRole(FUNDS_APPROVER_ROLE) {
        _decide(_accountActor(msg.sender), disbursementId, true);
    }

    /**
     * @notice Approves disbursement `disbursementId` for staff member `staff` (not its proposer). Relayer only.
     * @param staff The approving staff member's reference.
     * @param disbursementId The disbursement.
     */
    function approveFor(bytes32 staff, uint256 disbursementId) external onlyRole(FUNDS_RELAYER_ROLE) {
        _decide(_staffActor(staff), disbursementId, true);
    }

    /**
     * @notice Rejects disbursement `disbursementId` as the calling approver (not its proposer).
     * @param disbursementId The disbursement.
     */
    function reject(uint256 disbursementId) external onlyRole(FUNDS_APPROVER_ROLE) {
        _decide(_accountActor(msg.sender), disbursementId, false);
    }

    /**
     * @notice Rejects disbursement `disbursementId` for staff member `staff` (not its proposer). Relayer only.
     * @param staff The rejecting staff member's reference.
     * @param disbursementId The disbursement.
     */
    function rejectFor(bytes32 staff, uint256 disbursementId) external onlyRole(FUNDS_RELAYER_ROLE) {
        _decide(_staffActor(staff), disbursementId, false);
    }

    // ---------------------------------------------------------------- views

    /// @notice Number of projects (the highest id).
    function projectCount() external view returns (uint256) {
        return _projectCount;
    }

    /// @notice Number of disbursements (the highest id).
    function disbursementCount() external view returns (uint256) {
        return _disbursementCount;
    }

    /// @notice Project `projectId`; reverts for an unknown id.
    function getProject(uint256 projectId) external view returns (Project memory) {
        if (projectId == 0 || projectId > _projectCount) revert PublicFundsUnknownProject(projectId);
        return _projects[projectId];
    }

    /// @notice What project `projectId` can still pay.
    function remaining(uint256 projectId) public view returns (uint256) {
        Project storage project = _projects[projectId];
        return project.budget - project.spent;
    }

    /// @notice Disbursement `disbursementId`; reverts for an unknown id.
    function getDisbursement(uint256 disbursementId) external view returns (Disbursement memory) {
        if (disbursementId == 0 || disbursementId > _disbursementCount) {
            revert PublicFundsUnknownDisbursement(disbursementId);
        }
        return _disbursements[disbursementId];
    }

    /**
     * @notice True when payroll `disbursementId`'s root holds the wage (`worker`, `amount`, `salt`) with `proof`.
     * @param disbursementId A payroll disbursement.
     * @param worker The worker's reference (a hash of their id; the salt keeps it private).
     * @param amount The wage, minor units.
     * @param salt The leaf's random salt.
     * @param proof Sibling hashes from the leaf to the root (sorted-pair hashing).
     */
    function verifyWage(
        uint256 disbursementId,
        bytes32 worker,
        uint256 amount,
        bytes32 salt,
        bytes32[] calldata proof
    ) external view returns (bool) {
        Disbursement storage d = _disbursements[disbursementId];
        if (d.status == Status.None) revert PublicFundsUnknownDisbursement(disbursementId);
        if (d.category != Category.Payroll) revert PublicFundsNotPayroll(disbursementId);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(worker, amount, salt))));
        return MerkleProof.verifyCalldata(proof, d.documentHash, leaf);
    }

    // ---------------------------------------------------------------- internals

    function _propose(
        bytes32 actor,
        uint256 projectId,
        address payee,
        uint256 amount,
        Category category,
        bytes32 documentHash
    ) private returns (uint256 disbursementId) {
        if (projectId == 0 || projectId > _projectCount) revert PublicFundsUnknownProject(projectId);
        if (amount == 0) revert PublicFundsZeroAmount();
        if (documentHash == bytes32(0)) revert PublicFundsMissingDocument();
        if ((category == Category.Payroll) != (payee == address(0))) revert PublicFundsInvalidPayee(payee, category);
        uint256 left = remaining(projectId);
        if (amount > left) revert PublicFundsOverBudget(projectId, amount, left);
        disbursementId = ++_disbursementCount;
        _disbursements[disbursementId] = Disbursement(
            projectId,
            amount,
            payee,
            category,
            Status.Proposed,
            documentHash,
            actor,
            bytes32(0)
        );
        emit DisbursementProposed(disbursementId, projectId, actor, payee, amount, category, documentHash);
    }

    function _decide(bytes32 actor, uint256 disbursementId, bool approved) private {
        Disbursement storage d = _disbursements[disbursementId];
        if (d.status == Status.None) revert PublicFundsUnknownDisbursement(disbursementId);
        if (d.status != Status.Proposed) revert PublicFundsNotPending(disbursementId, d.status);
        if (d.proposer == actor) revert PublicFundsSelfApproval(disbursementId, actor);
        d.decider = actor;
        if (!approved) {
            d.status = Status.Rejected;
            emit DisbursementRejected(disbursementId, d.projectId, actor);
            return;
        }
        // Re-checked here: other disbursements of the project may have been approved since this one was proposed.
        Project storage project = _projects[d.projectId];
        uint256 left = project.budget - project.spent;
        if (d.amount > left) revert PublicFundsOverBudget(d.projectId, d.amount, left);
        d.status = Status.Approved;
        project.spent += d.amount;
        emit DisbursementApproved(disbursementId, d.projectId, actor, d.amount);
    }

    function _accountActor(address account) private pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }

    function _staffActor(bytes32 staff) private pure returns (bytes32) {
        if (uint256(staff) >> 160 == 0) revert PublicFundsInvalidStaff(staff);
        return staff;
    }
}
