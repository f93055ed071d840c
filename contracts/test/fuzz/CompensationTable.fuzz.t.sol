// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OperationsFixture} from "../utils/OperationsFixture.sol";

/// @notice The net arithmetic at its edges: one participant, no consumption, huge and tiny amounts.
contract CompensationTableFuzzTest is OperationsFixture {
    address internal operatorB = makeAddr("operatorB");
    address internal investor = makeAddr("investor");

    function setUp() public override {
        super.setUp();
        _makeOperator(operatorB);
    }

    function _sumOfNets() internal view returns (int256) {
        return table.netPositionOf(operator, 0) + table.netPositionOf(operatorB, 0) + table.netPositionOf(investor, 0)
            + table.netPositionOf(platformAccount, 0);
    }

    /// Alone in a period, an operator pays exactly the platform fee on its own expenses (or nothing without a fee).
    function testFuzz_net_oneParticipant_paysOnlyTheFee(uint256 expenses, uint256 gb) public {
        expenses = bound(expenses, 1, table.MAX_EXPENSE());
        gb = bound(gb, 1, consumption.MAX_CONSUMPTION());
        _recordConsumption(operator, 0, gb);
        _credit(operator, 0, expenses);
        _closeThrough(0);
        uint256 fee = expenses * FEE_BPS / 10_000;
        assertEq(table.netPositionOf(operator, 0), -int256(fee));
        assertEq(table.netPositionOf(platformAccount, 0), int256(fee));
    }

    /// ΣC = 0 voids the period whatever was spent: every position is zero.
    function testFuzz_net_noConsumption_everyPositionZero(uint256 investorExpenses, uint256 operatorExpenses) public {
        investorExpenses = bound(investorExpenses, 1, table.MAX_EXPENSE());
        operatorExpenses = bound(operatorExpenses, 1, table.MAX_EXPENSE());
        _credit(investor, 0, investorExpenses);
        _recordConsumption(operator, 0, 0);
        _credit(operator, 0, operatorExpenses);
        _closeThrough(0);
        assertEq(table.periodTotals(0).platformFee, 0);
        assertEq(table.netPositionOf(investor, 0), 0);
        assertEq(table.netPositionOf(operator, 0), 0);
        assertEq(table.netPositionOf(platformAccount, 0), 0);
        table.recordPositions(0, _single(investor));
        assertFalse(table.hasUnsettledDebt(operator));
    }

    /// Any mix of amounts from 1 unit to the largest: the nets sum to zero or fall short by less than one unit
    /// per consumer (shares round up), never in the creditors' favour.
    function testFuzz_net_anyAmounts_sumToZeroAgainstClaimants(
        uint256 operatorExpenses,
        uint256 investorExpenses,
        uint256 gbA,
        uint256 gbB
    ) public {
        operatorExpenses = bound(operatorExpenses, 1, table.MAX_EXPENSE());
        investorExpenses = bound(investorExpenses, 1, table.MAX_EXPENSE());
        gbA = bound(gbA, 0, consumption.MAX_CONSUMPTION());
        gbB = bound(gbB, 1, consumption.MAX_CONSUMPTION());
        _recordConsumption(operator, 0, gbA);
        _recordConsumption(operatorB, 0, gbB);
        _credit(operator, 0, operatorExpenses);
        _credit(investor, 0, investorExpenses);
        _closeThrough(0);
        int256 sum = _sumOfNets();
        assertLe(sum, 0);
        assertGt(sum, -2);
    }

    /// Tiny amounts against huge consumption: a share of less than one unit still rounds up to one.
    function testFuzz_net_tinyExpenses_sharesRoundUp(uint256 expenses, uint256 gbB) public {
        expenses = bound(expenses, 1, 100);
        gbB = bound(gbB, 1e6, consumption.MAX_CONSUMPTION());
        _recordConsumption(operator, 0, 1);
        _recordConsumption(operatorB, 0, gbB);
        _credit(investor, 0, expenses);
        _closeThrough(0);
        assertEq(table.netPositionOf(operator, 0), -1);
        assertLe(_sumOfNets(), 0);
    }

    /// Settled in full, the creditors of a fuzzed period claim everything but rounding dust, never more.
    function testFuzz_claim_afterFullSettlement_paysCreditorsUpToTheirCredit(uint256 investorExpenses, uint256 gbB)
        public
    {
        investorExpenses = bound(investorExpenses, 1e6, 1e12);
        gbB = bound(gbB, 1, 1e9);
        _recordConsumption(operatorB, 0, gbB);
        _credit(investor, 0, investorExpenses);
        _closeThrough(0);
        address[] memory creditors = new address[](2);
        creditors[0] = investor;
        creditors[1] = platformAccount;
        table.recordPositions(0, creditors);
        uint256 debt = uint256(-table.netPositionOf(operatorB, 0));
        deal(address(euro), operatorB, debt);
        vm.startPrank(operatorB);
        euro.approve(address(table), debt);
        table.settle(0, debt);
        vm.stopPrank();
        vm.warp(block.timestamp + RECORDING);
        vm.prank(investor);
        assertEq(table.claim(0), investorExpenses);
        if (table.netPositionOf(platformAccount, 0) > 0) {
            vm.prank(platformAccount);
            table.claim(0);
        }
        assertEq(euro.balanceOf(address(table)), 0);
    }
}
