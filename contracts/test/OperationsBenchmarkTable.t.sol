// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OperationsFixture} from "./utils/OperationsFixture.sol";

/// @notice Gas of recording a position, settling and claiming with 10, 100 and 1,000 participants in the period
/// (half operators with consumption, half investors with expenses; every other position recorded and settled):
/// the cost per participant must not grow with their number (gas at 1,000 within 5% of gas at 10).
contract OperationsBenchmarkTableTest is OperationsFixture {
    struct Figures {
        uint256 record;
        uint256 settle;
        uint256 claim;
    }

    address internal probeDebtor = makeAddr("probeDebtor");
    address internal probeCreditor = makeAddr("probeCreditor");

    function test_benchmark_gasFlatInParticipants() public {
        uint256[3] memory sizes = [uint256(10), 100, 1000];
        Figures[3] memory figures;
        for (uint256 i; i < sizes.length; ++i) {
            uint256 snapshot = vm.snapshotState();
            figures[i] = _measure(sizes[i]);
            vm.revertToState(snapshot);
            emit log_named_uint(string.concat("record a position, ", vm.toString(sizes[i])), figures[i].record);
            emit log_named_uint(string.concat("settle, ", vm.toString(sizes[i])), figures[i].settle);
            emit log_named_uint(string.concat("claim, ", vm.toString(sizes[i])), figures[i].claim);
        }
        assertApproxEqRel(figures[2].record, figures[0].record, 0.05e18);
        assertApproxEqRel(figures[2].settle, figures[0].settle, 0.05e18);
        assertApproxEqRel(figures[2].claim, figures[0].claim, 0.05e18);
    }

    /// `participants` accounts including the two probes, in period 0, closed; measures the probes' actions.
    function _measure(uint256 participants) internal returns (Figures memory figures) {
        address[] memory debtors = new address[](participants / 2 - 1);
        address[] memory creditors = new address[](participants / 2 - 1);
        _makeOperator(probeDebtor);
        _recordConsumption(probeDebtor, 0, 100);
        _credit(probeCreditor, 0, 100e6);
        for (uint256 i; i < debtors.length; ++i) {
            debtors[i] = address(uint160(0x10000 + i));
            creditors[i] = address(uint160(0x20000 + i));
            _makeOperator(debtors[i]);
            _recordConsumption(debtors[i], 0, 100);
            _credit(creditors[i], 0, 100e6);
        }
        _closeThrough(0);
        _recordAll(debtors);
        _recordAll(creditors);
        table.recordPositions(0, _single(probeCreditor));
        for (uint256 i; i < debtors.length; ++i) {
            _settleInFull(debtors[i]);
        }

        table.recordPositions(0, _single(probeDebtor));
        figures.record = vm.lastCallGas().gasTotalUsed;
        figures.settle = _settleInFull(probeDebtor);
        vm.warp(block.timestamp + RECORDING);
        vm.prank(probeCreditor);
        table.claim(0);
        figures.claim = vm.lastCallGas().gasTotalUsed;
    }

    function _recordAll(address[] memory accounts) internal {
        for (uint256 start; start < accounts.length; start += 100) {
            uint256 size = accounts.length - start < 100 ? accounts.length - start : 100;
            address[] memory batch = new address[](size);
            for (uint256 i; i < size; ++i) {
                batch[i] = accounts[start + i];
            }
            table.recordPositions(0, batch);
        }
    }

    function _settleInFull(address debtor) internal returns (uint256 gasUsed) {
        uint256 debt = table.positionOf(debtor, 0).amount;
        deal(address(euro), debtor, debt);
        vm.prank(debtor);
        euro.approve(address(table), debt);
        vm.prank(debtor);
        table.settle(0, debt);
        gasUsed = vm.lastCallGas().gasTotalUsed;
    }
}
