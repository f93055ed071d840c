// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IExpenseLedger} from "../../src/interfaces/IExpenseLedger.sol";
import {ExpenseFixture} from "../utils/ExpenseFixture.sol";
import {ExpenseLedgerHandler} from "./ExpenseLedgerHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice Properties of the expense ledger under random declarations, draws, reviews, redraws, deposit
/// releases, court rulings and closes.
contract ExpenseLedgerInvariantTest is ExpenseFixture {
    ExpenseLedgerHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory declarers = new address[](3);
        declarers[0] = operator;
        declarers[1] = otherOperator;
        declarers[2] = administration;
        handler = new ExpenseLedgerHandler(ledger, table, court, declarers);
        targetContract(address(handler));
    }

    /// Every deposit taken is either still held, for an expense whose deposit is unreleased, or was paid out.
    function invariant_depositsAccounted() public view {
        uint256 held;
        for (uint256 id = 1; id <= ledger.expenseCount(); ++id) {
            if (!ledger.getExpense(id).depositReleased) held += DEPOSIT;
        }
        assertEq(token.balanceOf(address(ledger)), held);
        assertEq(handler.ghostDeposited() - handler.ghostReleased(), held);
        assertEq(token.balanceOf(platform) + token.balanceOf(address(ledger)) + _declarersBalance(), _minted());
    }

    /// The outcome always matches two verdicts: decided expenses have exactly two matching ones, pending and
    /// lapsed ones fewer than two of each, and the counts are the verdicts reviewers gave.
    function invariant_outcomeMatchesTwoVerdicts() public view {
        for (uint256 id = 1; id <= ledger.expenseCount(); ++id) {
            IExpenseLedger.Expense memory expense = ledger.getExpense(id);
            assertEq(expense.validations, handler.ghostValidations(id));
            assertEq(expense.rejections, handler.ghostRejections(id));
            IExpenseLedger.ExpenseStatus status = expense.status;
            if (status == IExpenseLedger.ExpenseStatus.Pending || status == IExpenseLedger.ExpenseStatus.Lapsed) {
                assertLt(expense.validations, 2);
                assertLt(expense.rejections, 2);
            } else if (status == IExpenseLedger.ExpenseStatus.Validated && !handler.ghostWonDispute(id)) {
                assertEq(expense.validations, 2);
                assertLt(expense.rejections, 2);
            } else {
                assertEq(expense.rejections, 2);
                assertLt(expense.validations, 2);
            }
        }
    }

    /// The table received exactly the validated amounts and the fees of reviewers on the outcome's side.
    function invariant_creditsMatchOutcomes() public view {
        address[6] memory accounts =
            [operator, otherOperator, administration, validators[0], validators[1], validators[2]];
        uint256 credited;
        for (uint256 period; period <= table.currentPeriod(); ++period) {
            for (uint256 i; i < accounts.length; ++i) {
                credited += _credited(accounts[i], period);
            }
        }
        assertEq(credited, handler.ghostCredited());
    }

    /// Drawn reviewers are never the declarer and never twice on one expense.
    function invariant_reviewersDistinctNeverDeclarer() public view {
        for (uint256 id = 1; id <= ledger.expenseCount(); ++id) {
            address declarer = ledger.getExpense(id).declarer;
            IExpenseLedger.ReviewerSlot[3] memory seats = ledger.reviewersOf(id);
            for (uint256 i; i < 3; ++i) {
                if (seats[i].reviewer == address(0)) continue;
                assertTrue(seats[i].reviewer != declarer);
                for (uint256 j; j < i; ++j) {
                    assertTrue(seats[i].reviewer != seats[j].reviewer);
                }
            }
        }
    }

    function afterInvariant() external view {
        for (uint256 i; i < handler.actionCount(); ++i) {
            string memory action = handler.actionAt(i);
            console.log(action, handler.calls(action));
        }
    }

    function _declarersBalance() internal view returns (uint256) {
        return token.balanceOf(operator) + token.balanceOf(otherOperator) + token.balanceOf(administration)
            + token.balanceOf(investor);
    }

    function _minted() internal pure returns (uint256) {
        return 4 * 100 * DEPOSIT;
    }
}
