// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PublicFunds} from "../../../contracts/funds/PublicFunds.sol";
import {CheatsTest} from "../utils/Cheats.sol";

/**
 * @dev Invariant handler for PublicFunds: officers propose random amounts on two projects (directly or relayed for
 * staff, the handler being the relayer), approvers approve or reject random disbursements (sometimes their own proposals). Every call that
 * reverts is swallowed; ghost values record what the contract accepted.
 */
contract PublicFundsHandler is CheatsTest {
    uint256 public constant ACTORS = 3; // accounts holding both roles; staff references relayed by RELAYER
    PublicFunds public immutable funds;
    uint256[2] public projects;

    /// @dev Sum of approved amounts per project, as the handler saw them accepted.
    mapping(uint256 projectId => uint256) public ghostSpent;
    /// @dev Approvals accepted where the decider was the proposer (must stay zero).
    uint256 public ghostSelfApprovals;
    uint256 public ghostApprovals;

    constructor(PublicFunds funds_, uint256[2] memory projects_) {
        funds = funds_;
        projects = projects_;
    }

    function account(uint256 i) public pure returns (address) {
        return address(uint160(0xF00D0 + (i % ACTORS)));
    }

    function staff(uint256 i) public pure returns (bytes32) {
        return keccak256(abi.encode("staff", i % ACTORS));
    }

    function propose(uint256 who, bool relayed, uint256 project, uint256 amount, bool payroll) external {
        uint256 pid = projects[project % 2];
        amount = bound(amount, 0, funds.getProject(pid).budget / 2);
        PublicFunds.Category category = payroll ? PublicFunds.Category.Payroll : PublicFunds.Category.Works;
        address payee = payroll ? address(0) : address(0xC0C0);
        if (relayed) {
            try funds.proposeFor(staff(who), pid, payee, amount, category, keccak256("doc")) {} catch {}
        } else {
            vm.prank(account(who));
            try funds.propose(pid, payee, amount, category, keccak256("doc")) {} catch {}
        }
    }

    function decide(uint256 who, bool relayed, uint256 id, bool approved) external {
        uint256 count = funds.disbursementCount();
        if (count == 0) return;
        id = bound(id, 1, count);
        PublicFunds.Disbursement memory before = funds.getDisbursement(id);
        bytes32 actor = relayed ? staff(who) : bytes32(uint256(uint160(account(who))));
        bool ok;
        if (relayed) {
            // The handler itself holds the relayer role.
            if (approved) {
                try funds.approveFor(actor, id) {
                    ok = true;
                } catch {}
            } else {
                try funds.rejectFor(actor, id) {
                    ok = true;
                } catch {}
            }
        } else {
            vm.prank(account(who));
            if (approved) {
                try funds.approve(id) {
                    ok = true;
                } catch {}
            } else {
                try funds.reject(id) {
                    ok = true;
                } catch {}
            }
        }
        if (ok && approved) {
            ghostSpent[before.projectId] += before.amount;
            ++ghostApprovals;
        }
        if (ok && before.proposer == actor) ++ghostSelfApprovals;
    }
}
