// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";
import {IExpenseLedger} from "../../src/interfaces/IExpenseLedger.sol";
import {IPeriodClock} from "../../src/interfaces/IPeriodClock.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {CompensationTable} from "../../src/network/CompensationTable.sol";
import {ExpenseLedger} from "../../src/network/ExpenseLedger.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives the expense ledger with valid calls only: declarations (invoice keys drawn from a small set, so
/// they collide), draws, verdicts by drawn reviewers, redraws, deposit releases, court rulings, closes and time.
/// Ghosts track deposits in and out, each expense's verdicts and what the table should have been credited.
contract ExpenseLedgerHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant MAX_EXPENSES = 24;
    uint256 internal constant INVOICE_KEYS = 24;

    ExpenseLedger internal immutable ledger;
    CompensationTable internal immutable table;
    address internal immutable court;
    address[] internal declarers;

    uint256 public ghostDeposited;
    uint256 public ghostReleased;
    /// Σ validated amounts plus the fees of reviewers on the outcome's side.
    uint256 public ghostCredited;
    mapping(uint256 expenseId => uint256) public ghostValidations;
    mapping(uint256 expenseId => uint256) public ghostRejections;
    mapping(uint256 expenseId => bool) public ghostWonDispute;
    mapping(string action => uint256) public calls;
    string[] internal actions;

    constructor(ExpenseLedger ledger_, CompensationTable table_, address court_, address[] memory declarers_) {
        ledger = ledger_;
        table = table_;
        court = court_;
        declarers = declarers_;
        actions = ["declare", "draw", "validate", "reject", "redraw", "releaseDeposit", "dispute", "rule", "close"];
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function declare(uint256 declarerSeed, uint256 keySeed, uint256 amount) external {
        if (ledger.expenseCount() >= MAX_EXPENSES) return;
        bytes32 invoiceKey = keccak256(abi.encode("invoice", keySeed % INVOICE_KEYS));
        if (!_invoiceFree(invoiceKey)) return;
        uint256 period = table.currentPeriod();
        amount = _bound(amount, 1, 1_000_000e6);
        vm.prank(declarers[declarerSeed % declarers.length]);
        ledger.declare(amount, period, invoiceKey, keccak256(abi.encode(keySeed)), IProjectRegistry.CidCodec.Raw);
        ghostDeposited += ledger.deposit();
        ++calls["declare"];
    }

    function draw(uint256 idSeed, bytes32 seed) external {
        (uint256 expenseId, bool found) = _pickWhere(idSeed, Want.Undrawn);
        if (!found) return;
        _draw(expenseId, seed);
        ++calls["draw"];
    }

    function validate(uint256 idSeed, uint256 slotSeed) external {
        (uint256 expenseId, address reviewer) = _reviewable(idSeed, slotSeed);
        if (reviewer == address(0)) return;
        vm.prank(reviewer);
        ledger.validate(expenseId);
        ++ghostValidations[expenseId];
        ++calls["validate"];
        if (ghostValidations[expenseId] == 2) {
            ghostCredited += ledger.getExpense(expenseId).amount + 2 * ledger.reviewFee();
        }
    }

    function reject(uint256 idSeed, uint256 slotSeed) external {
        (uint256 expenseId, address reviewer) = _reviewable(idSeed, slotSeed);
        if (reviewer == address(0)) return;
        vm.prank(reviewer);
        ledger.reject(expenseId, keccak256("reason"), IProjectRegistry.CidCodec.Raw);
        ++ghostRejections[expenseId];
        ++calls["reject"];
        if (ghostRejections[expenseId] == 2) ghostCredited += 2 * ledger.reviewFee();
    }

    /// Lets the answer window of the slot's reviewer pass, then replaces it.
    function redraw(uint256 idSeed, uint256 slotSeed) external {
        (uint256 expenseId, bool found) = _pickWhere(idSeed, Want.InReview);
        if (!found) return;
        uint256 slot = slotSeed % 3;
        IExpenseLedger.ReviewerSlot memory seat = ledger.reviewersOf(expenseId)[slot];
        if (seat.reviewer == address(0) || seat.verdict != IExpenseLedger.Verdict.None) return;
        uint256 answerBy = uint256(seat.drawnAt) + ledger.answerWindow();
        if (block.timestamp < answerBy) vm.warp(answerBy);
        if (!_inReview(expenseId)) return;
        ledger.redraw(expenseId, slot);
        ++calls["redraw"];
    }

    function releaseDeposit(uint256 idSeed) external {
        (uint256 expenseId, bool found) = _pickWhere(idSeed, Want.Releasable);
        if (!found) return;
        ledger.releaseDeposit(expenseId);
        ghostReleased += ledger.deposit();
        ++calls["releaseDeposit"];
    }

    /// The court opens a dispute for the declarer of a rejected expense within the dispute window.
    function dispute(uint256 idSeed) external {
        (uint256 expenseId, bool found) = _pickWhere(idSeed, Want.Disputable);
        if (!found) return;
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, expense.declarer);
        ++calls["dispute"];
    }

    function rule(uint256 idSeed, uint8 rulingSeed) external {
        (uint256 expenseId, bool found) = _pickWhere(idSeed, Want.Disputed);
        if (!found) return;
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        IDisputeSubject.Ruling ruling = IDisputeSubject.Ruling(rulingSeed % 3);
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, ruling);
        if (ruling == IDisputeSubject.Ruling.ForOpener) {
            ghostWonDispute[expenseId] = true;
            ghostCredited += expense.amount;
        }
        ++calls["rule"];
    }

    /// Closes the next period once it is Closable (periods close in order).
    function close() external {
        uint256 period = table.nextPeriodToClose();
        if (table.phaseOf(period) != IPeriodClock.PeriodPhase.Closable) return;
        table.close(period);
        ++calls["close"];
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1, 4 days));
        vm.roll(block.number + 1);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function actionCount() external view returns (uint256) {
        return actions.length;
    }

    function actionAt(uint256 index) external view returns (string memory) {
        return actions[index];
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    /// What an action needs of the expense it acts on.
    enum Want {
        Undrawn,
        InReview,
        Releasable,
        Disputable,
        Disputed
    }

    /// The first expense from a seeded start that the action can act on, so that few calls are wasted.
    function _pickWhere(uint256 seed, Want want) internal view returns (uint256 expenseId, bool found) {
        uint256 count = ledger.expenseCount();
        for (uint256 i; i < count; ++i) {
            expenseId = (seed % count + i) % count + 1;
            if (_wants(expenseId, want)) return (expenseId, true);
        }
        return (0, false);
    }

    function _wants(uint256 expenseId, Want want) internal view returns (bool) {
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        if (want == Want.Undrawn) return _inReview(expenseId) && expense.drawAnchor != 0;
        if (want == Want.InReview) return _inReview(expenseId);
        if (want == Want.Releasable) return !expense.depositReleased && _releasable(expenseId, expense);
        if (want == Want.Disputable) {
            return expense.status == IExpenseLedger.ExpenseStatus.Rejected
                && block.timestamp < uint256(expense.rejectedAt) + ledger.DISPUTE_WINDOW();
        }
        return expense.status == IExpenseLedger.ExpenseStatus.Disputed;
    }

    function _inReview(uint256 expenseId) internal view returns (bool) {
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        return expense.status == IExpenseLedger.ExpenseStatus.Pending
            && uint8(table.phaseOf(expense.period)) < uint8(IPeriodClock.PeriodPhase.Closable);
    }

    /// A drawn reviewer of a pending expense in review who has not answered and still holds its role (vacant
    /// slots are drawn first, as a reviewer's first transaction would).
    function _reviewable(uint256 idSeed, uint256 slotSeed) internal returns (uint256 expenseId, address) {
        bool found;
        (expenseId, found) = _pickWhere(idSeed, Want.InReview);
        if (!found) return (expenseId, address(0));
        if (ledger.getExpense(expenseId).drawAnchor != 0) _draw(expenseId, keccak256(abi.encode(idSeed, slotSeed)));
        IExpenseLedger.ReviewerSlot[3] memory seats = ledger.reviewersOf(expenseId);
        for (uint256 i; i < 3; ++i) {
            IExpenseLedger.ReviewerSlot memory seat = seats[(slotSeed % 3 + i) % 3];
            if (
                seat.reviewer != address(0) && seat.verdict == IExpenseLedger.Verdict.None
                    && ledger.isEligibleReviewer(seat.reviewer)
            ) return (expenseId, seat.reviewer);
        }
        return (expenseId, address(0));
    }

    /// Mines past the expense's draw block, gives it `seed` as its hash (forge leaves rolled blocks without
    /// one) and draws.
    function _draw(uint256 expenseId, bytes32 seed) internal {
        uint256 anchor = ledger.getExpense(expenseId).drawAnchor;
        if (block.number < anchor + 2) vm.roll(anchor + 2);
        if (block.number - (anchor + 1) <= 256) {
            vm.setBlockhash(anchor + 1, seed == bytes32(0) ? bytes32(uint256(1)) : seed);
        }
        ledger.draw(expenseId);
    }

    function _releasable(uint256 expenseId, IExpenseLedger.Expense memory expense) internal view returns (bool) {
        IExpenseLedger.ExpenseStatus status = expense.status;
        if (status == IExpenseLedger.ExpenseStatus.Pending) return !_inReview(expenseId);
        if (status == IExpenseLedger.ExpenseStatus.Rejected) {
            return block.timestamp >= uint256(expense.rejectedAt) + ledger.DISPUTE_WINDOW();
        }
        return status != IExpenseLedger.ExpenseStatus.Disputed;
    }

    function _invoiceFree(bytes32 invoiceKey) internal view returns (bool) {
        uint256 previousId = ledger.expenseOfInvoice(invoiceKey);
        if (previousId == 0) return true;
        IExpenseLedger.Expense memory previous = ledger.getExpense(previousId);
        IExpenseLedger.ExpenseStatus status = previous.status;
        if (status == IExpenseLedger.ExpenseStatus.Pending) return !_inReview(previousId);
        if (status == IExpenseLedger.ExpenseStatus.Rejected) {
            return block.timestamp >= uint256(previous.rejectedAt) + ledger.DISPUTE_WINDOW();
        }
        return status == IExpenseLedger.ExpenseStatus.Lapsed || status == IExpenseLedger.ExpenseStatus.Forfeited
            || status == IExpenseLedger.ExpenseStatus.Dismissed;
    }
}
