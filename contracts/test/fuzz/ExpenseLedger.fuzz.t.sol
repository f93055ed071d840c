// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IExpenseLedger} from "../../src/interfaces/IExpenseLedger.sol";
import {ExpenseFixture} from "../utils/ExpenseFixture.sol";

contract ExpenseLedgerFuzzTest is ExpenseFixture {
    /// Any pool (extra members of each role, some holding two roles, a declarer holding up to three) and any
    /// block hash: every drawn reviewer is eligible, is not the declarer, and the three are distinct.
    function testFuzz_draw_anyPoolAndSeed_neverDeclarerDistinctEligible(
        uint8 extraValidators,
        uint8 extraOperators,
        uint8 extraAdministrations,
        uint8 doubleRoles,
        bool declarerValidates,
        bool declarerAdministers,
        bytes32 seed
    ) public {
        _addMembers(participants.VALIDATOR_ROLE(), "v", extraValidators % 20);
        _addMembers(participants.OPERATOR_ROLE(), "o", extraOperators % 20);
        _addMembers(participants.PUBLIC_ADMINISTRATION_ROLE(), "a", extraAdministrations % 20);
        // Some validators are operators too, so the union has duplicates.
        for (uint256 i; i < doubleRoles % 8; ++i) {
            _grant(participants.OPERATOR_ROLE(), makeAddr(string.concat("v", vm.toString(i))));
        }
        if (declarerValidates) _grant(participants.VALIDATOR_ROLE(), operator);
        if (declarerAdministers) _grant(participants.PUBLIC_ADMINISTRATION_ROLE(), operator);

        uint256 expenseId = _declare(operator, INVOICE);
        vm.roll(block.number + 2);
        vm.assume(seed != bytes32(0));
        vm.setBlockhash(block.number - 1, seed);
        ledger.draw(expenseId);

        address[3] memory reviewers = _reviewersOf(expenseId);
        uint256 filled;
        for (uint256 i; i < 3; ++i) {
            if (reviewers[i] == address(0)) continue;
            ++filled;
            assertTrue(reviewers[i] != operator, "declarer drawn");
            assertTrue(_isEligible(reviewers[i]), "ineligible drawn");
            for (uint256 j; j < i; ++j) {
                assertTrue(reviewers[i] != reviewers[j], "reviewer drawn twice");
            }
        }
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        // Either all three are drawn, or the draw waits for a later block with the filled slots kept.
        assertEq(expense.drawAnchor == 0, filled == 3);
    }

    /// Whatever period the clock is in, a declaration is accepted exactly while its period runs or is in grace.
    function testFuzz_declare_anyTime_onlyRunningOrGrace(uint32 elapsed, uint8 period) public {
        vm.warp(GENESIS + uint256(elapsed) % (10 * PERIOD_LENGTH));
        uint256 start = GENESIS + uint256(period % 10) * PERIOD_LENGTH;
        bool open = block.timestamp >= start && block.timestamp < start + PERIOD_LENGTH + GRACE_WINDOW;
        vm.prank(operator);
        (bool ok,) =
            address(ledger).call(abi.encodeCall(ledger.declare, (AMOUNT, period % 10, INVOICE, EVIDENCE, REGISTRY_RAW)));
        assertEq(ok, open);
    }

    function _addMembers(bytes32 role, string memory prefix, uint256 count) internal {
        for (uint256 i; i < count; ++i) {
            _grant(role, makeAddr(string.concat(prefix, vm.toString(i))));
        }
    }
}
