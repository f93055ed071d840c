// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../../src/interfaces/IConsumptionLedger.sol";
import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";
import {IPeriodClock} from "../../src/interfaces/IPeriodClock.sol";
import {CompensationTable} from "../../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../../src/network/ConsumptionLedger.sol";
import {SettlementToken} from "../../src/network/SettlementToken.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives periods through facts (consumption, expenses, disputes and rulings), close, recording, settling
/// and claiming with valid calls only, and keeps what each action should have done in ghost variables.
contract CompensationTableHandler is Test {
    CompensationTable internal immutable table;
    ConsumptionLedger internal immutable ledger;
    SettlementToken internal immutable euro;
    address internal immutable expenseLedger;
    address internal immutable court;
    address internal immutable feeder;
    /// Operators first, then accounts without consumption; the platform last.
    address[] internal accounts;
    uint256 internal immutable operatorCount;

    /// Successful calls per action.
    mapping(string action => uint256) public calls;
    string[] internal actions;
    /// Per period: Σ settled and Σ claimed by the handler's calls.
    mapping(uint256 period => uint256) public settledIn;
    mapping(uint256 period => uint256) public claimedIn;
    uint256 public totalSettled;
    uint256 public totalClaimed;
    /// Each account's net position as it was right after its period closed.
    mapping(address account => mapping(uint256 period => int256)) public netAtClose;

    constructor(
        CompensationTable table_,
        ConsumptionLedger ledger_,
        SettlementToken euro_,
        address expenseLedger_,
        address court_,
        address feeder_,
        address[] memory accounts_,
        uint256 operatorCount_
    ) {
        table = table_;
        ledger = ledger_;
        euro = euro_;
        expenseLedger = expenseLedger_;
        court = court_;
        feeder = feeder_;
        accounts = accounts_;
        operatorCount = operatorCount_;
        actions = [
            "recordConsumption",
            "validateConsumption",
            "creditExpense",
            "openDispute",
            "resolveDispute",
            "recordAgain",
            "close",
            "recordPositions",
            "recordPositionsOf",
            "settle",
            "claim",
            "warp"
        ];
    }

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function accountAt(uint256 index) external view returns (address) {
        return accounts[index];
    }

    /*//////////////////////////////////////////////////////////////
                                  FACTS
    //////////////////////////////////////////////////////////////*/

    function recordConsumption(uint256 operatorSeed, uint256 periodSeed, uint256 gb) external {
        address operator = accounts[operatorSeed % operatorCount];
        uint256 period = _openPeriod(periodSeed);
        if (ledger.recordOf(operator, period).state != IConsumptionLedger.RecordState.None) return;
        gb = _bound(gb, 0, 1e6);
        vm.prank(feeder);
        ledger.recordConsumption(operator, period, gb);
        ++calls["recordConsumption"];
    }

    function validateConsumption(uint256 operatorSeed, uint256 periodSeed) external {
        address operator = accounts[operatorSeed % operatorCount];
        (uint256 period, bool found) = _reviewablePeriod(periodSeed);
        if (!found || ledger.recordOf(operator, period).state != IConsumptionLedger.RecordState.Recorded) return;
        vm.prank(operator);
        ledger.validateConsumption(period);
        ++calls["validateConsumption"];
    }

    function creditExpense(uint256 accountSeed, uint256 periodSeed, uint256 amount) external {
        address account = accounts[accountSeed % (accounts.length - 1)];
        uint256 current = table.currentPeriod();
        uint256 period = current - (periodSeed % 3 > current ? current : periodSeed % 3);
        IPeriodClock.PeriodPhase phase = table.phaseOf(period);
        if (phase == IPeriodClock.PeriodPhase.Closed) return;
        amount = _bound(amount, 1, 1e12);
        vm.prank(expenseLedger);
        table.creditExpense(account, period, amount);
        ++calls["creditExpense"];
    }

    function openDispute(uint256 operatorSeed, uint256 periodSeed) external {
        address operator = accounts[operatorSeed % operatorCount];
        (uint256 period, bool found) = _reviewablePeriod(periodSeed);
        if (!found || ledger.recordOf(operator, period).state != IConsumptionLedger.RecordState.Recorded) return;
        uint256 subject = ledger.subjectIdOf(operator, period);
        vm.prank(court);
        ledger.onDisputeOpened(subject, operator);
        ++calls["openDispute"];
    }

    /// Rulings come at any time, also after the period closed.
    function resolveDispute(uint256 operatorSeed, uint256 periodSeed, uint8 rulingSeed) external {
        address operator = accounts[operatorSeed % operatorCount];
        uint256 period = periodSeed % (table.currentPeriod() + 1);
        if (ledger.recordOf(operator, period).state != IConsumptionLedger.RecordState.Disputed) return;
        uint256 subject = ledger.subjectIdOf(operator, period);
        vm.prank(court);
        ledger.onDisputeResolved(subject, IDisputeSubject.Ruling(rulingSeed % 3));
        ++calls["resolveDispute"];
    }

    function recordAgain(uint256 operatorSeed, uint256 periodSeed, uint256 gb) external {
        address operator = accounts[operatorSeed % operatorCount];
        uint256 period = periodSeed % (table.currentPeriod() + 1);
        if (ledger.recordOf(operator, period).state != IConsumptionLedger.RecordState.Voided) return;
        vm.prank(feeder);
        ledger.recordConsumption(operator, period, _bound(gb, 0, 1e6));
        ++calls["recordAgain"];
    }

    /*//////////////////////////////////////////////////////////////
                                SETTLEMENT
    //////////////////////////////////////////////////////////////*/

    /// Lets time pass until the next period is closable (when that is at most ten days away), then closes it.
    function close() external {
        uint256 period = table.nextPeriodToClose();
        uint256 closableAt =
            table.genesis() + (period + 1) * table.periodLength() + table.graceWindow() + table.reviewWindow();
        if (block.timestamp < closableAt) {
            if (closableAt - block.timestamp > 10 days) return;
            vm.warp(closableAt);
        }
        table.close(period);
        for (uint256 i; i < accounts.length; ++i) {
            netAtClose[accounts[i]][period] = table.netPositionOf(accounts[i], period);
        }
        ++calls["close"];
    }

    function recordPositions(uint256 periodSeed, uint256 accountSeed, uint256 count) external {
        uint256 closed = table.nextPeriodToClose();
        if (closed == 0) return;
        uint256 period = periodSeed % closed;
        address[] memory batch = new address[](_bound(count, 1, accounts.length));
        for (uint256 i; i < batch.length; ++i) {
            batch[i] = accounts[(accountSeed % accounts.length + i) % accounts.length];
        }
        table.recordPositions(period, batch);
        ++calls["recordPositions"];
    }

    function recordPositionsOf(uint256 accountSeed) external {
        table.recordPositionsOf(accounts[accountSeed % accounts.length]);
        ++calls["recordPositionsOf"];
    }

    /// Pays part or all of the first open debt found from a random account in a random closed period.
    function settle(uint256 accountSeed, uint256 periodSeed, uint256 fraction) external {
        uint256 closed = table.nextPeriodToClose();
        if (closed == 0) return;
        uint256 period = periodSeed % closed;
        for (uint256 i; i < accounts.length; ++i) {
            address account = accounts[(accountSeed % accounts.length + i) % accounts.length];
            int256 net = table.netPositionOf(account, period);
            if (net >= 0) continue;
            uint256 remaining = uint256(-net) - table.positionOf(account, period).paid;
            if (remaining == 0) continue;
            uint256 amount = fraction % 2 == 0 ? remaining : _bound(fraction, 1, remaining);
            _settle(account, period, amount);
            return;
        }
    }

    /// Lets the recording window of a random closed period end if it has not, then the first creditor found
    /// from a random account settles its own debts and claims, whenever debtors paid in enough (on every other
    /// call, after the period's debtors all paid).
    function claim(uint256 accountSeed, uint256 periodSeed) external {
        uint256 closed = table.nextPeriodToClose();
        if (closed == 0) return;
        uint256 period = periodSeed % closed;
        uint256 recordingEndsAt = table.periodTotals(period).recordingEndsAt;
        if (block.timestamp < recordingEndsAt) vm.warp(recordingEndsAt);
        for (uint256 i; i < accounts.length; ++i) {
            address account = accounts[(accountSeed % accounts.length + i) % accounts.length];
            if (table.netPositionOf(account, period) <= 0) continue;
            _settleEverything(account, closed);
            vm.prank(account);
            table.recordPositionsOf(account);
            uint256 claimable = table.claimableOf(account, period);
            if (claimable == 0 && accountSeed % 2 == 0) {
                _settlePeriod(period);
                claimable = table.claimableOf(account, period);
            }
            if (claimable == 0) continue;
            vm.prank(account);
            uint256 paid = table.claim(period);
            assertEq(paid, claimable);
            claimedIn[period] += paid;
            totalClaimed += paid;
            ++calls["claim"];
            return;
        }
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1 hours, 4 days));
        ++calls["warp"];
    }

    /// Logs how often each action succeeded (issue 12 asks for the handler call counts).
    function logCalls() external {
        for (uint256 i; i < actions.length; ++i) {
            emit log_named_uint(actions[i], calls[actions[i]]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    function _settle(address account, uint256 period, uint256 amount) private {
        _fund(account, amount);
        vm.prank(account);
        table.settle(period, amount);
        settledIn[period] += amount;
        totalSettled += amount;
        ++calls["settle"];
    }

    /// Every debtor of `period` pays the rest of its debt there (so some claims run on a fully paid period).
    function _settlePeriod(uint256 period) private {
        for (uint256 i; i < accounts.length; ++i) {
            int256 net = table.netPositionOf(accounts[i], period);
            if (net >= 0) continue;
            uint256 remaining = uint256(-net) - table.positionOf(accounts[i], period).paid;
            if (remaining != 0) _settle(accounts[i], period, remaining);
        }
    }

    /// Records all of `account`'s positions and pays every open debt among them.
    function _settleEverything(address account, uint256 closed) private {
        for (uint256 round; round < 4; ++round) {
            table.recordPositionsOf(account);
        }
        for (uint256 p; p < closed; ++p) {
            ICompensationTable.Position memory position = table.positionOf(account, p);
            if (position.kind == ICompensationTable.PositionKind.Debt && position.paid < position.amount) {
                _settle(account, p, position.amount - position.paid);
            }
        }
    }

    /// Debts can exceed one faucet call, so the balance is dealt.
    function _fund(address account, uint256 amount) private {
        deal(address(euro), account, euro.balanceOf(account) + amount);
        vm.prank(account);
        euro.approve(address(table), amount);
    }

    /// The current period, or the previous one while it is in its grace window.
    function _openPeriod(uint256 seed) private view returns (uint256 period) {
        period = table.currentPeriod();
        if (seed % 2 == 1 && period > 0 && table.phaseOf(period - 1) == IPeriodClock.PeriodPhase.Grace) --period;
    }

    /// A period in its review window, if there is one (at most the two before the current one).
    function _reviewablePeriod(uint256 seed) private view returns (uint256 period, bool found) {
        uint256 current = table.currentPeriod();
        for (uint256 back = 1; back <= 2 && back <= current; ++back) {
            period = current - back;
            IPeriodClock.PeriodPhase phase = table.phaseOf(period);
            if (phase <= IPeriodClock.PeriodPhase.Review && (seed % 2 == 0 || back == 2)) return (period, true);
        }
        if (table.phaseOf(current) <= IPeriodClock.PeriodPhase.Review) return (current, true);
    }
}
