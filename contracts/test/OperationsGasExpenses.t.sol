// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {ExpenseFixture} from "./utils/ExpenseFixture.sol";

/// @notice Gas per expense action as a transaction pays it (see GasTest), in its typical state: the ledger
/// already holds another declarer's deposit and the period already has validated expenses, but the declarer and
/// the reviewers are new to the table (their first credit ever); the `accountsAlreadyInPeriod` variants show a
/// busy period's steady state. Ceilings (issue 12):
/// declare ≤ 150k, review ≤ 70k; a deciding review writes the credits and is met at its storage minimum
/// (docs/decisions.md, "Expenses").
contract OperationsGasExpensesTest is ExpenseFixture {
    uint256 internal expenseId;

    function setUp() public override {
        super.setUp();
        _declare(otherOperator, keccak256("an earlier invoice"));
        // An expense validated earlier in the period, credited to an account that takes no part here.
        vm.prank(address(ledger));
        table.creditExpense(makeAddr("earlier declarer"), 0, AMOUNT);
    }

    function test_gas_declare() public {
        vm.prank(operator);
        ledger.declare(AMOUNT, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
        uint256 gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("declare an expense", gas);
        assertLe(gas, 150_000);
    }

    /// An investor's declaration also checks its role and its registered entity.
    function test_gas_declare_byInvestor() public {
        vm.prank(platform);
        ledger.registerEntity(investor, keccak256("investor"));
        vm.prank(investor);
        ledger.declare(AMOUNT, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
        uint256 gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("declare an expense (approved investor)", gas);
        assertLe(gas, 150_000);
    }

    function test_gas_draw() public {
        expenseId = _declare(operator, INVOICE);
        _mineDrawBlock(expenseId);
        ledger.draw(expenseId);
        emit log_named_uint("draw three reviewers", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_review_first() public {
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        uint256 gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("review (first verdict)", gas);
        assertLe(gas, 70_000);
    }

    function test_gas_review_firstRejection() public {
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _reject(reviewers[0], expenseId);
        uint256 gas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("review (first verdict, a rejection)", gas);
        assertLe(gas, 70_000);
    }

    /// Credits the declarer's expense and two reviewers' fees: three new (account, period) entries in the table.
    function test_gas_review_decidingValidation() public {
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        emit log_named_uint("review (deciding validation)", vm.lastCallGas().gasTotalUsed);
    }

    /// The steady state of a busy period: the declarer and every reviewer already have expenses in it.
    function test_gas_review_decidingValidation_accountsAlreadyInPeriod() public {
        _warmTable();
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        emit log_named_uint(
            "review (deciding validation, accounts already in the period)", vm.lastCallGas().gasTotalUsed
        );
    }

    function test_gas_review_decidingRejection_accountsAlreadyInPeriod() public {
        _warmTable();
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _reject(reviewers[0], expenseId);
        _reject(reviewers[1], expenseId);
        emit log_named_uint(
            "review (deciding rejection, accounts already in the period)", vm.lastCallGas().gasTotalUsed
        );
    }

    /// Every participant here has had an expense (or a fee) credited in period 0 already.
    function _warmTable() internal {
        address[6] memory accounts =
            [operator, otherOperator, administration, validators[0], validators[1], validators[2]];
        for (uint256 i; i < accounts.length; ++i) {
            vm.prank(address(ledger));
            table.creditExpense(accounts[i], 0, 1);
        }
    }

    function test_gas_review_decidingRejection() public {
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _reject(reviewers[0], expenseId);
        _reject(reviewers[1], expenseId);
        emit log_named_uint("review (deciding rejection)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_redraw() public {
        expenseId = _declare(operator, INVOICE);
        _draw(expenseId);
        vm.warp(block.timestamp + ANSWER_WINDOW);
        ledger.redraw(expenseId, 0);
        emit log_named_uint("redraw a silent reviewer", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_releaseDeposit() public {
        expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        ledger.releaseDeposit(expenseId);
        emit log_named_uint("release a deposit", vm.lastCallGas().gasTotalUsed);
    }
}
