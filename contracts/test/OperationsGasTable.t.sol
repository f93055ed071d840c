// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OperationsFixture} from "./utils/OperationsFixture.sol";

/// @notice Gas per compensation-table and consumption action as a transaction pays it (see GasTest), in a typical
/// state: every participant already took part in the previous period, which is closed, recorded and settled, so
/// accounts, bitmaps and balances exist. Ceilings (issue 12): record consumption ≤ 80k, validate consumption ≤
/// 60k, close ≤ 100k, record a position ≤ 70k, settle ≤ 80k, claim ≤ 80k.
contract OperationsGasTableTest is OperationsFixture {
    address internal operatorB = makeAddr("operatorB");
    address internal investor = makeAddr("investor");

    function setUp() public override {
        super.setUp();
        _makeOperator(operatorB);
        _fund(operatorB, 100_000e6);
        _fund(investor, 1e6);
        _fund(operator, 1e6);
        _period(0);
        _closeThrough(0);
        address[] memory accounts = new address[](3);
        accounts[0] = operator;
        accounts[1] = investor;
        accounts[2] = platformAccount;
        table.recordPositions(0, accounts);
        uint256 debt = uint256(-table.netPositionOf(operatorB, 0));
        vm.prank(operatorB);
        table.settle(0, debt);
        vm.warp(_periodStart(1) + 1 days);
    }

    /// operator 100 GB with 400 € of expenses, operatorB 300 GB, the investor 1,000 €.
    function _period(uint256 period) internal {
        _recordConsumption(operator, period, 100);
        _recordConsumption(operatorB, period, 300);
        _credit(operator, period, 400e6);
        _credit(investor, period, 1000e6);
    }

    function _closedPeriodOne() internal {
        _period(1);
        _closeThrough(1);
    }

    function test_gas_recordConsumption() public {
        _recordConsumption(operator, 1, 100);
        _recordConsumption(operatorB, 1, 300);
        emit log_named_uint("record consumption", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 80_000);
    }

    /// An operator's first fact ever also creates its bitmap word and its account slot (two new slots, ~37k),
    /// which is what keeps every later fact and every record of its positions under their ceilings.
    function test_gas_recordConsumption_firstFactEver() public {
        address newcomer = makeAddr("newOperator");
        _makeOperator(newcomer);
        _recordConsumption(operator, 1, 100);
        _recordConsumption(newcomer, 1, 300);
        emit log_named_uint("record consumption (first fact ever)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_validateConsumption() public {
        _recordConsumption(operator, 1, 100);
        vm.prank(operator);
        consumption.validateConsumption(1);
        emit log_named_uint("validate consumption", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 60_000);
    }

    function test_gas_close() public {
        _period(1);
        vm.warp(_closableAt(1));
        table.close(1);
        emit log_named_uint("close a period", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 100_000);
    }

    /// A debtor's position: the largest record (it counts a debt on the account too).
    function test_gas_recordPosition_debtor() public {
        _closedPeriodOne();
        table.recordPositions(1, _single(operatorB));
        emit log_named_uint("record a position (debtor)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 70_000);
    }

    function test_gas_recordPosition_creditor() public {
        _closedPeriodOne();
        table.recordPositions(1, _single(investor));
        emit log_named_uint("record a position (creditor)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 70_000);
    }

    /// The same record found through the account's bitmap (what declare, settle and claim do): ~3k more for the
    /// next period to close, the bitmap word and the cursor.
    function test_gas_recordPositionsOf_debtor() public {
        _closedPeriodOne();
        table.recordPositionsOf(operatorB);
        emit log_named_uint("record positions of an account (debtor)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 72_000);
    }

    /// Settling in full a position recorded earlier.
    function test_gas_settle() public {
        _closedPeriodOne();
        table.recordPositions(1, _single(operatorB));
        uint256 debt = table.positionOf(operatorB, 1).amount;
        vm.prank(operatorB);
        table.settle(1, debt);
        emit log_named_uint("settle", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 80_000);
    }

    /// Settling also records the debtor's own position on the way.
    function test_gas_settle_unrecorded() public {
        _closedPeriodOne();
        vm.prank(operatorB);
        table.settle(1, 100e6);
        emit log_named_uint("settle (records the position first)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_claim() public {
        _closedPeriodOne();
        address[] memory accounts = new address[](2);
        accounts[0] = operatorB;
        accounts[1] = investor;
        table.recordPositions(1, accounts);
        uint256 debt = table.positionOf(operatorB, 1).amount;
        vm.prank(operatorB);
        table.settle(1, debt);
        vm.warp(block.timestamp + RECORDING);
        vm.prank(investor);
        table.claim(1);
        emit log_named_uint("claim", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 80_000);
    }
}
