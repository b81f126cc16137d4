// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {PublicFunds} from "../../../contracts/funds/PublicFunds.sol";
import {CheatsTest} from "../utils/Cheats.sol";

contract PublicFundsTest is CheatsTest {
    PublicFunds internal funds;

    address internal constant ADMIN = address(0xA11CE);
    address internal constant OFFICER = address(0x0FF1CE);
    address internal constant APPROVER = address(0xA9907);
    address internal constant BOTH = address(0xB07E); // holds both roles
    address internal constant RELAYER = address(0x4E1A);
    address internal constant STRANGER = address(0xBAD);
    address internal constant CONTRACTOR = address(0xC0C0);
    bytes32 internal constant STAFF_A = keccak256("citytoken-staff:1");
    bytes32 internal constant STAFF_B = keccak256("citytoken-staff:2");
    bytes32 internal constant INVOICE = keccak256("invoice 2026-001");
    uint256 internal constant BUDGET = 1_000_000; // 10,000.00 CNY in fen

    uint256 internal projectId;

    function setUp() public {
        funds = new PublicFunds(ADMIN);
        vm.startPrank(ADMIN);
        funds.grantRole(funds.FINANCE_OFFICER_ROLE(), OFFICER);
        funds.grantRole(funds.FUNDS_APPROVER_ROLE(), APPROVER);
        funds.grantRole(funds.FINANCE_OFFICER_ROLE(), BOTH);
        funds.grantRole(funds.FUNDS_APPROVER_ROLE(), BOTH);
        funds.grantRole(funds.FUNDS_RELAYER_ROLE(), RELAYER);
        projectId = funds.createProject(BUDGET, "CNY", "Roads", keccak256("road 7"));
        vm.stopPrank();
    }

    function _propose(uint256 amount) internal returns (uint256) {
        vm.prank(OFFICER);
        return funds.propose(projectId, CONTRACTOR, amount, PublicFunds.Category.Works, INVOICE);
    }

    function _actor(address account) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }

    // ---------------------------------------------------------------- projects

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(PublicFunds.PublicFundsZeroAddress.selector);
        new PublicFunds(address(0));
    }

    function test_createProject_storesAndEmits() public {
        vm.expectEmit(address(funds));
        emit PublicFunds.ProjectCreated(2, 500, "CHF", bytes32(uint256(7)), "Parks");
        vm.prank(ADMIN);
        uint256 id = funds.createProject(500, "CHF", "Parks", bytes32(uint256(7)));
        assertEq(id, 2, "second project id");
        PublicFunds.Project memory p = funds.getProject(id);
        assertEq(p.budget, 500, "budget");
        assertEq(p.spent, 0, "spent");
        assertTrue(p.currency == "CHF", "currency");
        assertEq(p.department, "Parks", "department");
        assertEq(funds.projectCount(), 2, "count");
    }

    function test_createProject_rejectsBadInput() public {
        vm.startPrank(ADMIN);
        vm.expectRevert(PublicFunds.PublicFundsZeroBudget.selector);
        funds.createProject(0, "CNY", "Roads", bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsInvalidCurrency.selector, bytes3("cny")));
        funds.createProject(1, "cny", "Roads", bytes32(0));
        vm.stopPrank();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, OFFICER, funds.BUDGET_ROLE())
        );
        vm.prank(OFFICER);
        funds.createProject(1, "CNY", "Roads", bytes32(0));
    }

    function test_getProject_revertsForUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsUnknownProject.selector, 9));
        funds.getProject(9);
    }

    // ---------------------------------------------------------------- propose and approve

    function test_proposeThenApprove_countsAgainstBudget() public {
        vm.expectEmit(address(funds));
        emit PublicFunds.DisbursementProposed(1, projectId, _actor(OFFICER), CONTRACTOR, 400, PublicFunds.Category.Works, INVOICE);
        uint256 id = _propose(400);
        assertEq(funds.remaining(projectId), BUDGET, "a proposal is not spent");
        vm.expectEmit(address(funds));
        emit PublicFunds.DisbursementApproved(id, projectId, _actor(APPROVER), 400);
        vm.prank(APPROVER);
        funds.approve(id);
        assertEq(funds.getProject(projectId).spent, 400, "spent");
        assertEq(funds.remaining(projectId), BUDGET - 400, "remaining");
        PublicFunds.Disbursement memory d = funds.getDisbursement(id);
        assertTrue(d.status == PublicFunds.Status.Approved, "approved");
        assertEq(d.proposer, _actor(OFFICER), "proposer");
        assertEq(d.decider, _actor(APPROVER), "approver");
    }

    function test_approve_bySameAccountReverts() public {
        vm.prank(BOTH);
        uint256 id = funds.propose(projectId, CONTRACTOR, 1, PublicFunds.Category.Works, INVOICE);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsSelfApproval.selector, id, _actor(BOTH)));
        vm.prank(BOTH);
        funds.approve(id);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsSelfApproval.selector, id, _actor(BOTH)));
        vm.prank(BOTH);
        funds.reject(id);
    }

    function test_relayed_sameStaffCannotApprove() public {
        vm.prank(RELAYER);
        uint256 id = funds.proposeFor(STAFF_A, projectId, CONTRACTOR, 10, PublicFunds.Category.Services, INVOICE);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsSelfApproval.selector, id, STAFF_A));
        vm.prank(RELAYER);
        funds.approveFor(STAFF_A, id);
        vm.prank(RELAYER);
        funds.approveFor(STAFF_B, id);
        assertEq(funds.getDisbursement(id).decider, STAFF_B, "decider");
    }

    function test_relayed_staffThatLooksLikeAnAccountReverts() public {
        bytes32 officer = _actor(OFFICER);
        uint256 id = _propose(5);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsInvalidStaff.selector, officer));
        vm.prank(RELAYER);
        funds.approveFor(officer, id);
    }

    function test_roles_areRequired() public {
        uint256 id = _propose(5);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, OFFICER, funds.FUNDS_APPROVER_ROLE())
        );
        vm.prank(OFFICER);
        funds.approve(id);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, APPROVER, funds.FINANCE_OFFICER_ROLE())
        );
        vm.prank(APPROVER);
        funds.propose(projectId, CONTRACTOR, 1, PublicFunds.Category.Works, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, STRANGER, funds.FUNDS_RELAYER_ROLE())
        );
        vm.prank(STRANGER);
        funds.approveFor(STAFF_B, id);
    }

    function test_propose_rejectsBadInput() public {
        vm.startPrank(OFFICER);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsUnknownProject.selector, 2));
        funds.propose(2, CONTRACTOR, 1, PublicFunds.Category.Works, INVOICE);
        vm.expectRevert(PublicFunds.PublicFundsZeroAmount.selector);
        funds.propose(projectId, CONTRACTOR, 0, PublicFunds.Category.Works, INVOICE);
        vm.expectRevert(PublicFunds.PublicFundsMissingDocument.selector);
        funds.propose(projectId, CONTRACTOR, 1, PublicFunds.Category.Works, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(PublicFunds.PublicFundsInvalidPayee.selector, address(0), PublicFunds.Category.Works)
        );
        funds.propose(projectId, address(0), 1, PublicFunds.Category.Works, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(PublicFunds.PublicFundsInvalidPayee.selector, CONTRACTOR, PublicFunds.Category.Payroll)
        );
        funds.propose(projectId, CONTRACTOR, 1, PublicFunds.Category.Payroll, INVOICE);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsOverBudget.selector, projectId, BUDGET + 1, BUDGET));
        funds.propose(projectId, CONTRACTOR, BUDGET + 1, PublicFunds.Category.Works, INVOICE);
        vm.stopPrank();
    }

    function test_approve_rechecksBudgetAgainstLaterApprovals() public {
        uint256 first = _propose(BUDGET - 10);
        uint256 second = _propose(20);
        vm.startPrank(APPROVER);
        funds.approve(first);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsOverBudget.selector, projectId, 20, 10));
        funds.approve(second);
        funds.reject(second);
        vm.stopPrank();
        assertTrue(funds.getDisbursement(second).status == PublicFunds.Status.Rejected, "rejected");
        assertEq(funds.remaining(projectId), 10, "remaining");
    }

    function test_decide_onlyOnce() public {
        uint256 id = _propose(5);
        vm.startPrank(APPROVER);
        funds.approve(id);
        vm.expectRevert(
            abi.encodeWithSelector(PublicFunds.PublicFundsNotPending.selector, id, PublicFunds.Status.Approved)
        );
        funds.approve(id);
        vm.expectRevert(
            abi.encodeWithSelector(PublicFunds.PublicFundsNotPending.selector, id, PublicFunds.Status.Approved)
        );
        funds.reject(id);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsUnknownDisbursement.selector, 99));
        funds.approve(99);
        vm.stopPrank();
        assertEq(funds.getProject(projectId).spent, 5, "counted once");
    }

    // ---------------------------------------------------------------- payroll

    function _leaf(bytes32 worker, uint256 amount, bytes32 salt) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(worker, amount, salt))));
    }

    function _pair(bytes32 a, bytes32 b) internal pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    function test_payroll_verifiesEachWage() public {
        bytes32 l0 = _leaf(keccak256("worker-1"), 300, bytes32(uint256(11)));
        bytes32 l1 = _leaf(keccak256("worker-2"), 200, bytes32(uint256(22)));
        bytes32 l2 = _leaf(keccak256("worker-3"), 100, bytes32(uint256(33)));
        bytes32 root = _pair(_pair(l0, l1), l2);
        vm.prank(RELAYER);
        uint256 id = funds.proposeFor(STAFF_A, projectId, address(0), 600, PublicFunds.Category.Payroll, root);
        bytes32[] memory proof = new bytes32[](2);
        proof[0] = l1;
        proof[1] = l2;
        assertTrue(funds.verifyWage(id, keccak256("worker-1"), 300, bytes32(uint256(11)), proof), "worker 1's wage");
        assertFalse(funds.verifyWage(id, keccak256("worker-1"), 301, bytes32(uint256(11)), proof), "another amount");
        assertFalse(funds.verifyWage(id, keccak256("worker-1"), 300, bytes32(uint256(12)), proof), "another salt");
        bytes32[] memory single = new bytes32[](1);
        single[0] = _pair(l0, l1);
        assertTrue(funds.verifyWage(id, keccak256("worker-3"), 100, bytes32(uint256(33)), single), "worker 3's wage");
        uint256 works = _propose(1);
        vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsNotPayroll.selector, works));
        funds.verifyWage(works, keccak256("worker-3"), 100, bytes32(uint256(33)), single);
    }

    // ---------------------------------------------------------------- fuzz

    /// @dev Whatever the amounts and the order of approvals, spent never exceeds the budget, and every approval that
    /// went through fitted in what remained.
    function testFuzz_spentNeverExceedsBudget(uint256 budget, uint256[6] memory amounts, uint256 order) public {
        budget = bound(budget, 1, type(uint128).max);
        vm.prank(ADMIN);
        uint256 pid = funds.createProject(budget, "EUR", "Health", bytes32(0));
        uint256[6] memory ids;
        for (uint256 i = 0; i < 6; ++i) {
            amounts[i] = bound(amounts[i], 1, budget);
            vm.prank(OFFICER);
            ids[i] = funds.propose(pid, CONTRACTOR, amounts[i], PublicFunds.Category.Goods, INVOICE);
        }
        uint256 expected;
        for (uint256 k = 0; k < 6; ++k) {
            uint256 i = (order % 6 + k * 5) % 6; // a fuzzed rotation of the approval order
            uint256 left = budget - expected;
            vm.prank(APPROVER);
            if (amounts[i] > left) {
                vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsOverBudget.selector, pid, amounts[i], left));
                funds.approve(ids[i]);
            } else {
                funds.approve(ids[i]);
                expected += amounts[i];
            }
            assertTrue(funds.getProject(pid).spent <= budget, "spent within budget");
        }
        assertEq(funds.getProject(pid).spent, expected, "spent is the sum of approvals");
    }

    /// @dev Any account holding both roles, and any staff reference, can never decide its own proposal.
    function testFuzz_proposerCannotApprove(address account, bytes32 staff, bool relayed) public {
        vm.assume(account != address(0));
        vm.assume(uint256(staff) >> 160 != 0);
        bytes32 actor;
        uint256 id;
        if (relayed) {
            vm.prank(RELAYER);
            id = funds.proposeFor(staff, projectId, CONTRACTOR, 1, PublicFunds.Category.Other, INVOICE);
            actor = staff;
            vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsSelfApproval.selector, id, actor));
            vm.prank(RELAYER);
            funds.approveFor(staff, id);
        } else {
            vm.startPrank(ADMIN);
            funds.grantRole(funds.FINANCE_OFFICER_ROLE(), account);
            funds.grantRole(funds.FUNDS_APPROVER_ROLE(), account);
            vm.stopPrank();
            vm.prank(account);
            id = funds.propose(projectId, CONTRACTOR, 1, PublicFunds.Category.Other, INVOICE);
            actor = _actor(account);
            vm.expectRevert(abi.encodeWithSelector(PublicFunds.PublicFundsSelfApproval.selector, id, actor));
            vm.prank(account);
            funds.approve(id);
        }
        assertTrue(funds.getDisbursement(id).status == PublicFunds.Status.Proposed, "still pending");
        assertEq(funds.getProject(projectId).spent, 0, "nothing spent");
    }
}
