// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../../src/interfaces/ICompensationLedger.sol";
import {ICompensationTable} from "../../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../../src/interfaces/IConsumptionLedger.sol";
import {CompensationTable} from "../../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../../src/network/ConsumptionLedger.sol";
import {SettlementToken} from "../../src/network/SettlementToken.sol";
import {NetworkFixture} from "./NetworkFixture.sol";

/// @notice The network plus the operating side's money, clock and consumption, with the deploy script's demo
/// parameters. The expense ledger and the dispute court are plain addresses here (the table and the ledger only
/// check who calls them): tests prank as them.
abstract contract OperationsFixture is NetworkFixture {
    uint256 internal constant PERIOD = 7 days;
    uint256 internal constant GRACE = 2 days;
    uint256 internal constant REVIEW = 3 days;
    uint256 internal constant RECORDING = 2 days;
    uint256 internal constant FEE_BPS = 200;

    address internal expenseLedger = makeAddr("expenseLedger");
    address internal court = makeAddr("court");
    address internal feeder = makeAddr("feeder");
    address internal platformAccount = makeAddr("platform");

    SettlementToken internal euro;
    CompensationTable internal table;
    ConsumptionLedger internal consumption;
    uint256 internal genesisTime;

    function setUp() public virtual override {
        super.setUp();
        vm.chainId(31_337);
        genesisTime = block.timestamp;
        euro = new SettlementToken();
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        table = new CompensationTable(
            participants, euro, expenseLedger, IConsumptionLedger(predicted), platformAccount, _parameters()
        );
        consumption = new ConsumptionLedger(participants, table, court);
        assertEq(address(consumption), predicted);
        assertEq(address(table), address(auctions.compensationLedger()));
        bytes32 feederRole = participants.FEEDER_ROLE();
        vm.prank(governance);
        participants.grantRole(feederRole, feeder);
    }

    /// The real table, created after the auctions: then the node registry and the euro, so three creations on.
    function _auctionLedger() internal virtual override returns (ICompensationLedger) {
        return ICompensationLedger(vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 3));
    }

    function _parameters() internal view returns (ICompensationTable.Parameters memory) {
        return ICompensationTable.Parameters({
            genesis: genesisTime,
            periodLength: PERIOD,
            graceWindow: GRACE,
            reviewWindow: REVIEW,
            recordingWindow: RECORDING,
            platformFeeBps: FEE_BPS
        });
    }

    function _periodStart(uint256 period) internal view returns (uint256) {
        return genesisTime + period * PERIOD;
    }

    /// First second of `period`'s review window.
    function _reviewStart(uint256 period) internal view returns (uint256) {
        return _periodStart(period) + PERIOD + GRACE;
    }

    /// First second `period` is Closable.
    function _closableAt(uint256 period) internal view returns (uint256) {
        return _reviewStart(period) + REVIEW;
    }

    function _makeOperator(address account) internal {
        bytes32 role = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.grantRole(role, account);
    }

    function _recordConsumption(address operator_, uint256 period, uint256 gb) internal {
        vm.prank(feeder);
        consumption.recordConsumption(operator_, period, gb);
    }

    function _credit(address account, uint256 period, uint256 amount) internal {
        vm.prank(expenseLedger);
        table.creditExpense(account, period, amount);
    }

    /// Closes every period up to and including `period` (warping to when `period` is Closable).
    function _closeThrough(uint256 period) internal {
        if (block.timestamp < _closableAt(period)) vm.warp(_closableAt(period));
        for (uint256 p = table.nextPeriodToClose(); p <= period; ++p) {
            table.close(p);
        }
    }

    function _fund(address account, uint256 amount) internal {
        vm.startPrank(account);
        euro.faucet(amount);
        euro.approve(address(table), type(uint256).max);
        vm.stopPrank();
    }

    function _single(address account) internal pure returns (address[] memory accounts) {
        accounts = new address[](1);
        accounts[0] = account;
    }
}
