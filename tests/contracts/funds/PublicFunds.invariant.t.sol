// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PublicFunds} from "../../../contracts/funds/PublicFunds.sol";
import {CheatsTest, InvariantTargets} from "../utils/Cheats.sol";
import {PublicFundsHandler} from "./PublicFundsHandler.sol";

/// @dev Invariants of PublicFunds under random proposals and decisions by accounts holding both roles and by relayed staff.
contract PublicFundsInvariantTest is CheatsTest, InvariantTargets {
    address internal constant ADMIN = address(0xA11CE);
    PublicFunds internal funds;
    PublicFundsHandler internal handler;
    uint256[2] internal projects;

    function setUp() public {
        funds = new PublicFunds(ADMIN);
        vm.startPrank(ADMIN);
        projects[0] = funds.createProject(1_000_000, "CNY", "Roads", bytes32(0));
        projects[1] = funds.createProject(777, "CNY", "Schools", bytes32(0));
        vm.stopPrank();
        handler = new PublicFundsHandler(funds, projects);
        vm.startPrank(ADMIN);
        funds.grantRole(funds.FUNDS_RELAYER_ROLE(), address(handler));
        for (uint256 i = 0; i < handler.ACTORS(); ++i) {
            funds.grantRole(funds.FINANCE_OFFICER_ROLE(), handler.account(i));
            funds.grantRole(funds.FUNDS_APPROVER_ROLE(), handler.account(i));
        }
        vm.stopPrank();
        targetContract(address(handler));
    }

    /// hardhat-config: invariant.runs = 48
    /// hardhat-config: invariant.depth = 40
    function invariant_spentNeverExceedsBudget() public view {
        for (uint256 i = 0; i < 2; ++i) {
            PublicFunds.Project memory p = funds.getProject(projects[i]);
            assertTrue(p.spent <= p.budget, "spent within budget");
            assertEq(p.spent, handler.ghostSpent(projects[i]), "spent equals the approvals accepted");
        }
    }

    /// hardhat-config: invariant.runs = 48
    /// hardhat-config: invariant.depth = 40
    function invariant_noOneDecidesTheirOwnProposal() public view {
        assertEq(handler.ghostSelfApprovals(), 0, "a proposer decided their own disbursement");
        uint256 approvedSum;
        for (uint256 id = 1; id <= funds.disbursementCount(); ++id) {
            PublicFunds.Disbursement memory d = funds.getDisbursement(id);
            if (d.status != PublicFunds.Status.Proposed) {
                assertTrue(d.decider != d.proposer && d.decider != bytes32(0), "decided by someone else");
            }
            if (d.status == PublicFunds.Status.Approved) approvedSum += d.amount;
        }
        assertEq(approvedSum, funds.getProject(projects[0]).spent + funds.getProject(projects[1]).spent, "approved sum");
    }
}
