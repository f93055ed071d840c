// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../src/interfaces/ICompensationLedger.sol";
import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {IExpenseLedger} from "../src/interfaces/IExpenseLedger.sol";
import {IParticipantRegistry} from "../src/interfaces/IParticipantRegistry.sol";
import {IPeriodClock} from "../src/interfaces/IPeriodClock.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {ExpenseLedger} from "../src/network/ExpenseLedger.sol";
import {ExpenseFixture} from "./utils/ExpenseFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract ExpenseLedgerTest is ExpenseFixture {
    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function _deploy(address court_, uint256 fee, uint256 deposit_, uint256 window) internal returns (ExpenseLedger) {
        return new ExpenseLedger(table, participants, token, court_, platform, fee, deposit_, window);
    }

    function test_constructor_setsParameters() public view {
        assertEq(address(ledger.table()), address(table));
        assertEq(address(ledger.participants()), address(participants));
        assertEq(address(ledger.settlementToken()), address(token));
        assertEq(ledger.court(), court);
        assertEq(ledger.platform(), platform);
        assertEq(ledger.reviewFee(), REVIEW_FEE);
        assertEq(ledger.deposit(), DEPOSIT);
        assertEq(ledger.answerWindow(), ANSWER_WINDOW);
        assertEq(ledger.REVIEWERS(), 3);
        assertEq(ledger.QUORUM(), 2);
        assertEq(ledger.expenseCount(), 0);
    }

    function test_constructor_zeroAddress_reverts() public {
        vm.expectRevert(IExpenseLedger.ExpenseZeroAddress.selector);
        _deploy(address(0), REVIEW_FEE, DEPOSIT, ANSWER_WINDOW);
        vm.expectRevert(IExpenseLedger.ExpenseZeroAddress.selector);
        new ExpenseLedger(
            ICompensationLedger(address(0)), participants, token, court, platform, REVIEW_FEE, DEPOSIT, ANSWER_WINDOW
        );
        vm.expectRevert(IExpenseLedger.ExpenseZeroAddress.selector);
        new ExpenseLedger(
            table, IParticipantRegistry(address(0)), token, court, platform, REVIEW_FEE, DEPOSIT, ANSWER_WINDOW
        );
        vm.expectRevert(IExpenseLedger.ExpenseZeroAddress.selector);
        new ExpenseLedger(table, participants, IERC20(address(0)), court, platform, REVIEW_FEE, DEPOSIT, ANSWER_WINDOW);
        vm.expectRevert(IExpenseLedger.ExpenseZeroAddress.selector);
        new ExpenseLedger(table, participants, token, court, address(0), REVIEW_FEE, DEPOSIT, ANSWER_WINDOW);
    }

    function test_constructor_badReviewFee_reverts() public {
        uint256 max = ledger.MAX_REVIEW_FEE();
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadReviewFee.selector, 0, max));
        _deploy(court, 0, DEPOSIT, ANSWER_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadReviewFee.selector, max + 1, max));
        _deploy(court, max + 1, DEPOSIT, ANSWER_WINDOW);
    }

    function test_constructor_depositBelowTwoFees_reverts() public {
        uint256 max = ledger.MAX_DEPOSIT();
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseBadDeposit.selector, 2 * REVIEW_FEE - 1, 2 * REVIEW_FEE, max)
        );
        _deploy(court, REVIEW_FEE, 2 * REVIEW_FEE - 1, ANSWER_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadDeposit.selector, max + 1, 2 * REVIEW_FEE, max));
        _deploy(court, REVIEW_FEE, max + 1, ANSWER_WINDOW);
    }

    function test_constructor_badAnswerWindow_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseBadAnswerWindow.selector, 1 hours - 1, 1 hours, 30 days)
        );
        _deploy(court, REVIEW_FEE, DEPOSIT, 1 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseBadAnswerWindow.selector, 30 days + 1, 1 hours, 30 days)
        );
        _deploy(court, REVIEW_FEE, DEPOSIT, 30 days + 1);
    }

    /*//////////////////////////////////////////////////////////////
                                DECLARE
    //////////////////////////////////////////////////////////////*/

    function test_declare_byOperator_storesPendingAndPullsDeposit() public {
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseDeclared(
            1, operator, 0, AMOUNT, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw, block.number
        );
        uint256 expenseId = _declare(operator, INVOICE);
        assertEq(expenseId, 1);
        assertEq(ledger.expenseCount(), 1);
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        assertEq(expense.declarer, operator);
        assertEq(expense.amount, AMOUNT);
        assertEq(expense.period, 0);
        assertEq(uint8(expense.status), uint8(IExpenseLedger.ExpenseStatus.Pending));
        assertEq(expense.drawAnchor, block.number);
        assertEq(ledger.expenseOfInvoice(INVOICE), expenseId);
        assertEq(token.balanceOf(address(ledger)), DEPOSIT);
        assertEq(_reviewersOf(expenseId)[0], address(0));
    }

    function test_declare_byAdministration_succeeds() public {
        uint256 expenseId = _declare(administration, INVOICE);
        assertEq(ledger.getExpense(expenseId).declarer, administration);
    }

    function test_declare_inGraceWindow_succeeds() public {
        vm.warp(block.timestamp + PERIOD_LENGTH + 1);
        vm.prank(operator);
        uint256 expenseId = ledger.declare(AMOUNT, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.DagPb);
        assertEq(ledger.getExpense(expenseId).period, 0);
    }

    function test_declare_unapprovedInvestor_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvestorNotApproved.selector, investor));
        _declare(investor, INVOICE);
    }

    function test_declare_approvedInvestor_succeeds() public {
        vm.prank(platform);
        ledger.registerEntity(investor, keccak256("investor tax id"));
        uint256 expenseId = _declare(investor, INVOICE);
        assertEq(ledger.getExpense(expenseId).declarer, investor);
    }

    function test_declare_administrationAlsoUnapprovedInvestor_succeeds() public {
        vm.prank(administration);
        participants.joinAsInvestor();
        uint256 expenseId = _declare(administration, INVOICE);
        assertEq(ledger.getExpense(expenseId).declarer, administration);
    }

    /// An approved investor who is also a validator and an administration still needs three other reviewers.
    function test_declare_investorWithReviewingRoles_countsThemOut() public {
        vm.prank(platform);
        ledger.registerEntity(investor, keccak256("investor tax id"));
        _grant(participants.VALIDATOR_ROLE(), investor);
        _grant(participants.PUBLIC_ADMINISTRATION_ROLE(), investor);
        _revoke(participants.VALIDATOR_ROLE(), validators[0]);
        _revoke(participants.VALIDATOR_ROLE(), validators[1]);
        _revoke(participants.VALIDATOR_ROLE(), validators[2]);
        _revoke(participants.OPERATOR_ROLE(), otherOperator);
        // Pool: the investor (validator), the operator, the administration and the investor (administration).
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseTooFewReviewers.selector, 2, 3));
        _declare(investor, INVOICE);
        _grant(participants.VALIDATOR_ROLE(), validators[0]);
        assertEq(ledger.getExpense(_declare(investor, INVOICE)).declarer, investor);
    }

    function test_declare_outsider_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotDeclarer.selector, outsider));
        _declare(outsider, INVOICE);
    }

    function test_declare_validatorOnly_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotDeclarer.selector, validators[0]));
        _declare(validators[0], INVOICE);
    }

    /// Period 0: the operator consumed everything and declared nothing, the administration's expense was
    /// validated. After close the operator owes; its next declaration records that debt and is refused.
    function test_declare_unsettledDebtor_reverts() public {
        vm.prank(feeder);
        consumption.recordConsumption(operator, 0, 100);
        vm.prank(address(ledger));
        table.creditExpense(administration, 0, AMOUNT);
        vm.warp(_reviewWindowEnd(0));
        table.close(0);
        assertFalse(table.hasUnsettledDebt(operator));
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseUnsettledDebt.selector, operator));
        _declare(operator, INVOICE);
    }

    function test_declare_recordsDeclarerPositions() public {
        vm.expectCall(address(table), abi.encodeCall(ICompensationLedger.recordPositionsOf, (operator)));
        _declare(operator, INVOICE);
    }

    function test_declare_badAmount_reverts() public {
        uint256 max = ledger.MAX_AMOUNT();
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadAmount.selector, 0, max));
        ledger.declare(0, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadAmount.selector, max + 1, max));
        ledger.declare(max + 1, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
        vm.stopPrank();
    }

    function test_declare_emptyEvidenceOrKey_reverts() public {
        vm.startPrank(operator);
        vm.expectRevert(IExpenseLedger.ExpenseEmptyEvidence.selector);
        ledger.declare(AMOUNT, 0, INVOICE, bytes32(0), IProjectRegistry.CidCodec.Raw);
        vm.expectRevert(IExpenseLedger.ExpenseEmptyInvoiceKey.selector);
        ledger.declare(AMOUNT, 0, bytes32(0), EVIDENCE, IProjectRegistry.CidCodec.Raw);
        vm.stopPrank();
    }

    function test_declare_upcomingPeriod_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpensePeriodNotOpen.selector, 1, IPeriodClock.PeriodPhase.Upcoming)
        );
        vm.prank(operator);
        ledger.declare(AMOUNT, 1, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
    }

    function test_declare_periodInReview_reverts() public {
        vm.warp(block.timestamp + PERIOD_LENGTH + GRACE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpensePeriodNotOpen.selector, 0, IPeriodClock.PeriodPhase.Review)
        );
        vm.prank(operator);
        ledger.declare(AMOUNT, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
    }

    function test_declare_closedPeriod_reverts() public {
        vm.warp(_reviewWindowEnd(0));
        table.close(0);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpensePeriodNotOpen.selector, 0, IPeriodClock.PeriodPhase.Closed)
        );
        vm.prank(operator);
        ledger.declare(AMOUNT, 0, INVOICE, EVIDENCE, IProjectRegistry.CidCodec.Raw);
    }

    function test_declare_tooFewReviewers_revertsWithCount() public {
        _revoke(participants.VALIDATOR_ROLE(), validators[0]);
        _revoke(participants.VALIDATOR_ROLE(), validators[1]);
        _revoke(participants.VALIDATOR_ROLE(), validators[2]);
        // Left: the other operator and the administration.
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseTooFewReviewers.selector, 2, 3));
        _declare(operator, INVOICE);
        assertEq(ledger.eligibleReviewerCount(operator), 2);
    }

    function test_declare_withoutAllowance_reverts() public {
        vm.prank(operator);
        token.approve(address(ledger), DEPOSIT - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(ledger), DEPOSIT - 1, DEPOSIT
            )
        );
        _declare(operator, INVOICE);
    }

    function test_declare_invoiceOfPendingExpense_reverts() public {
        _declare(operator, INVOICE);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvoiceKeyTaken.selector, INVOICE, 1));
        _declare(otherOperator, INVOICE);
    }

    function test_declare_invoiceOfValidatedExpense_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        vm.warp(_reviewWindowEnd(0));
        table.close(0);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvoiceKeyTaken.selector, INVOICE, expenseId));
        _declare(operator, INVOICE);
    }

    function test_declare_invoiceOfRejectedInDisputeWindow_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvoiceKeyTaken.selector, INVOICE, expenseId));
        _declare(operator, INVOICE);
    }

    function test_declare_invoiceUndecidedAtClose_isDeclaredAgainLater() public {
        uint256 first = _declare(operator, INVOICE);
        vm.warp(_reviewWindowEnd(0));
        table.close(0);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseStatusChanged(first, IExpenseLedger.ExpenseStatus.Lapsed);
        uint256 second = _declare(operator, INVOICE);
        assertEq(ledger.getExpense(second).period, table.currentPeriod());
        assertEq(ledger.expenseOfInvoice(INVOICE), second);
        assertEq(uint8(ledger.getExpense(first).status), uint8(IExpenseLedger.ExpenseStatus.Lapsed));
    }

    function test_declare_invoiceOfFinalRejection_isDeclaredAgain() public {
        (uint256 first,) = _rejected();
        vm.warp(block.timestamp + ledger.DISPUTE_WINDOW());
        uint256 second = _declare(operator, INVOICE);
        assertEq(uint8(ledger.getExpense(first).status), uint8(IExpenseLedger.ExpenseStatus.Forfeited));
        assertEq(ledger.expenseOfInvoice(INVOICE), second);
    }

    /*//////////////////////////////////////////////////////////////
                                  DRAW
    //////////////////////////////////////////////////////////////*/

    function test_draw_laterBlock_drawsThreeDistinctEligibleReviewers() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        for (uint256 i; i < 3; ++i) {
            assertTrue(reviewers[i] != address(0));
            assertTrue(reviewers[i] != operator);
            assertTrue(_isEligible(reviewers[i]));
            for (uint256 j; j < i; ++j) {
                assertTrue(reviewers[i] != reviewers[j]);
            }
            assertEq(ledger.reviewersOf(expenseId)[i].drawnAt, block.timestamp);
        }
        assertEq(ledger.getExpense(expenseId).drawAnchor, 0);
    }

    function test_draw_emitsReviewerDrawn() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _mineDrawBlock(expenseId);
        vm.recordLogs();
        ledger.draw(expenseId);
        assertEq(vm.getRecordedLogs().length, 3);
    }

    function test_draw_sameOrNextBlock_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseDrawNotReady.selector, expenseId, block.number + 2)
        );
        ledger.draw(expenseId);
        vm.roll(block.number + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseDrawNotReady.selector, expenseId, block.number + 1)
        );
        ledger.draw(expenseId);
    }

    function test_draw_twice_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _draw(expenseId);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNothingToDraw.selector, expenseId));
        ledger.draw(expenseId);
    }

    function test_draw_unknownExpense_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotFound.selector, 7));
        ledger.draw(7);
    }

    function test_draw_pastHorizon_reanchorsThenDraws() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.roll(block.number + 300);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseDrawDeferred(expenseId, block.number, 6);
        ledger.draw(expenseId);
        assertEq(ledger.getExpense(expenseId).drawAnchor, block.number);
        assertEq(_reviewersOf(expenseId)[0], address(0));
        address[3] memory reviewers = _draw(expenseId);
        assertTrue(reviewers[2] != address(0));
    }

    function test_draw_poolShrankBelowThree_defersWithFilledSlots() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _revoke(participants.VALIDATOR_ROLE(), validators[0]);
        _revoke(participants.VALIDATOR_ROLE(), validators[1]);
        _revoke(participants.VALIDATOR_ROLE(), validators[2]);
        address[3] memory reviewers = _draw(expenseId);
        assertEq(reviewers[2], address(0));
        assertEq(ledger.getExpense(expenseId).drawAnchor, block.number);
    }

    function test_draw_afterReviewWindow_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.warp(_reviewWindowEnd(0));
        vm.roll(block.number + 2);
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseReviewClosed.selector, expenseId, 0, IPeriodClock.PeriodPhase.Closable
            )
        );
        ledger.draw(expenseId);
    }

    /*//////////////////////////////////////////////////////////////
                                 REVIEW
    //////////////////////////////////////////////////////////////*/

    function test_validate_byDrawnReviewer_recordsVerdict() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseReviewed(
            expenseId, reviewers[1], IExpenseLedger.Verdict.Validate, bytes32(0), IProjectRegistry.CidCodec.Raw
        );
        _validate(reviewers[1], expenseId);
        assertEq(uint8(ledger.reviewersOf(expenseId)[1].verdict), uint8(IExpenseLedger.Verdict.Validate));
        assertEq(ledger.getExpense(expenseId).validations, 1);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Pending));
    }

    function test_validate_firstReview_drawsLazily() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _mineDrawBlock(expenseId);
        // Whoever the draw picks can review in the same transaction that draws.
        uint256 snapshot = vm.snapshotState();
        ledger.draw(expenseId);
        address first = _reviewersOf(expenseId)[0];
        vm.revertToState(snapshot);
        _validate(first, expenseId);
        assertEq(_reviewersOf(expenseId)[0], first);
        assertEq(ledger.getExpense(expenseId).validations, 1);
    }

    function test_validate_beforeDraw_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseNotDrawnReviewer.selector, expenseId, validators[0])
        );
        _validate(validators[0], expenseId);
    }

    function test_validate_notDrawn_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        address notDrawn = _firstNotIn(reviewers);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotDrawnReviewer.selector, expenseId, notDrawn));
        _validate(notDrawn, expenseId);
    }

    function test_validate_byDeclarer_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _draw(expenseId);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotDrawnReviewer.selector, expenseId, operator));
        _validate(operator, expenseId);
    }

    function test_validate_twice_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseAlreadyReviewed.selector, expenseId, reviewers[0]));
        _reject(reviewers[0], expenseId);
    }

    function test_validate_reviewerLostRole_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _revokeAll(reviewers[0]);
        vm.expectRevert(
            abi.encodeWithSelector(IExpenseLedger.ExpenseReviewerNotEligible.selector, expenseId, reviewers[0])
        );
        _validate(reviewers[0], expenseId);
    }

    function test_validate_afterReviewWindow_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        vm.warp(_reviewWindowEnd(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseReviewClosed.selector, expenseId, 0, IPeriodClock.PeriodPhase.Closable
            )
        );
        _validate(reviewers[0], expenseId);
    }

    function test_validate_inReviewWindow_succeeds() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        vm.warp(_reviewWindowEnd(0) - 1);
        _validate(reviewers[0], expenseId);
        assertEq(ledger.getExpense(expenseId).validations, 1);
    }

    function test_validate_twoValidations_validatesAndCreditsExpenseAndFees() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseValidated(expenseId, 0, AMOUNT);
        _validate(reviewers[1], expenseId);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Validated));
        assertEq(_credited(operator, 0), AMOUNT);
        assertEq(_credited(reviewers[0], 0), REVIEW_FEE);
        assertEq(_credited(reviewers[1], 0), REVIEW_FEE);
        assertEq(_credited(reviewers[2], 0), 0);
        // The operator's expense waits for its consumption; fees of reviewers without consumption count now.
        (uint256 counted, uint256 waiting,,) = table.entryOf(operator, 0);
        assertEq(counted + waiting, AMOUNT);
    }

    function test_validate_splitThenValidation_losingRejecterEarnsNothing() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _reject(reviewers[1], expenseId);
        _validate(reviewers[2], expenseId);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Validated));
        assertEq(_credited(reviewers[1], 0), 0);
        assertEq(_credited(reviewers[2], 0), REVIEW_FEE);
    }

    function test_validate_decidedExpense_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseWrongStatus.selector, expenseId, IExpenseLedger.ExpenseStatus.Validated
            )
        );
        _validate(reviewers[2], expenseId);
    }

    function test_reject_twoRejections_rejectsAndCreditsRejectersFees() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _reject(reviewers[0], expenseId);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseRejected(expenseId, block.timestamp + ledger.DISPUTE_WINDOW());
        _reject(reviewers[2], expenseId);
        IExpenseLedger.Expense memory expense = ledger.getExpense(expenseId);
        assertEq(uint8(expense.status), uint8(IExpenseLedger.ExpenseStatus.Rejected));
        assertEq(expense.rejectedAt, block.timestamp);
        assertEq(_credited(operator, 0), 0);
        assertEq(_credited(reviewers[0], 0), REVIEW_FEE);
        assertEq(_credited(reviewers[2], 0), REVIEW_FEE);
    }

    function test_reject_emptyReason_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        vm.expectRevert(IExpenseLedger.ExpenseEmptyReason.selector);
        vm.prank(reviewers[0]);
        ledger.reject(expenseId, bytes32(0), IProjectRegistry.CidCodec.Raw);
    }

    /*//////////////////////////////////////////////////////////////
                                 REDRAW
    //////////////////////////////////////////////////////////////*/

    function test_redraw_afterAnswerWindow_emptiesSlotAndNextDrawFillsIt() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        vm.warp(block.timestamp + ANSWER_WINDOW);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ReviewerReplaced(expenseId, 1, reviewers[1], block.number);
        ledger.redraw(expenseId, 1);
        assertEq(_reviewersOf(expenseId)[1], address(0));
        address[3] memory redrawn = _draw(expenseId);
        assertEq(redrawn[0], reviewers[0]);
        assertEq(redrawn[2], reviewers[2]);
        assertTrue(redrawn[1] != address(0) && redrawn[1] != operator);
        assertTrue(redrawn[1] != redrawn[0] && redrawn[1] != redrawn[2]);
    }

    function test_redraw_reviewerLostRole_succeedsAtOnce() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _revokeAll(reviewers[0]);
        ledger.redraw(expenseId, 0);
        assertEq(_reviewersOf(expenseId)[0], address(0));
    }

    function test_redraw_withinAnswerWindow_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        _draw(expenseId);
        uint256 answerBy = block.timestamp + ANSWER_WINDOW;
        vm.warp(answerBy - 1);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseAnswerWindowOpen.selector, expenseId, 0, answerBy));
        ledger.redraw(expenseId, 0);
    }

    function test_redraw_answeredReviewer_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[2], expenseId);
        vm.warp(block.timestamp + ANSWER_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseReviewerAnswered.selector, expenseId, 2));
        ledger.redraw(expenseId, 2);
    }

    function test_redraw_vacantSlot_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseSlotVacant.selector, expenseId, 0));
        ledger.redraw(expenseId, 0);
    }

    function test_redraw_badSlot_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseBadSlot.selector, 3));
        ledger.redraw(1, 3);
    }

    function test_redraw_decidedExpense_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseWrongStatus.selector, expenseId, IExpenseLedger.ExpenseStatus.Rejected
            )
        );
        ledger.redraw(expenseId, 2);
    }

    /*//////////////////////////////////////////////////////////////
                                DEPOSITS
    //////////////////////////////////////////////////////////////*/

    function test_releaseDeposit_validated_returnsToDeclarer() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        uint256 before = token.balanceOf(operator);
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.DepositReleased(expenseId, operator, DEPOSIT);
        vm.prank(outsider);
        ledger.releaseDeposit(expenseId);
        assertEq(token.balanceOf(operator), before + DEPOSIT);
        assertTrue(ledger.getExpense(expenseId).depositReleased);
    }

    function test_releaseDeposit_twice_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        address[3] memory reviewers = _draw(expenseId);
        _validate(reviewers[0], expenseId);
        _validate(reviewers[1], expenseId);
        ledger.releaseDeposit(expenseId);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseDepositReleased.selector, expenseId));
        ledger.releaseDeposit(expenseId);
    }

    function test_releaseDeposit_pendingInReview_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseDepositHeld.selector,
                expenseId,
                IExpenseLedger.ExpenseStatus.Pending,
                _reviewWindowEnd(0)
            )
        );
        ledger.releaseDeposit(expenseId);
    }

    function test_releaseDeposit_undecidedAfterReviewWindow_lapsesAndReturns() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.warp(_reviewWindowEnd(0));
        uint256 before = token.balanceOf(operator);
        ledger.releaseDeposit(expenseId);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Lapsed));
        assertEq(token.balanceOf(operator), before + DEPOSIT);
    }

    function test_releaseDeposit_rejectedInDisputeWindow_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseDepositHeld.selector,
                expenseId,
                IExpenseLedger.ExpenseStatus.Rejected,
                block.timestamp + ledger.DISPUTE_WINDOW()
            )
        );
        ledger.releaseDeposit(expenseId);
    }

    function test_releaseDeposit_rejectedAfterDisputeWindow_forfeitsToPlatform() public {
        (uint256 expenseId,) = _rejected();
        vm.warp(block.timestamp + ledger.DISPUTE_WINDOW());
        ledger.releaseDeposit(expenseId);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Forfeited));
        assertEq(token.balanceOf(platform), DEPOSIT);
        assertEq(token.balanceOf(address(ledger)), 0);
    }

    function test_releaseDeposit_disputed_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseDepositHeld.selector, expenseId, IExpenseLedger.ExpenseStatus.Disputed, 0
            )
        );
        ledger.releaseDeposit(expenseId);
    }

    function test_releaseDeposit_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotFound.selector, 1));
        ledger.releaseDeposit(1);
    }

    /*//////////////////////////////////////////////////////////////
                                ENTITIES
    //////////////////////////////////////////////////////////////*/

    function test_registerEntity_byPlatform_storesAndClears() public {
        bytes32 entity = keccak256("B12345678");
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.EntityRegistered(investor, entity);
        vm.prank(platform);
        ledger.registerEntity(investor, entity);
        assertEq(ledger.entityHashOf(investor), entity);
        vm.prank(platform);
        ledger.registerEntity(investor, bytes32(0));
        assertEq(ledger.entityHashOf(investor), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvestorNotApproved.selector, investor));
        _declare(investor, INVOICE);
    }

    function test_registerEntity_outsider_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotPlatform.selector, governance));
        vm.prank(governance);
        ledger.registerEntity(investor, keccak256("x"));
    }

    /*//////////////////////////////////////////////////////////////
                                DISPUTES
    //////////////////////////////////////////////////////////////*/

    function test_onDisputeOpened_byCourtForDeclarer_marksDisputed() public {
        (uint256 expenseId,) = _rejected();
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseDisputed(expenseId);
        vm.prank(court);
        (address respondent, bool exempt) = ledger.onDisputeOpened(expenseId, operator);
        assertEq(respondent, platform);
        assertTrue(exempt);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Disputed));
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseInvoiceKeyTaken.selector, INVOICE, expenseId));
        _declare(operator, INVOICE);
    }

    function test_onDisputeOpened_notCourt_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotCourt.selector, operator));
        vm.prank(operator);
        ledger.onDisputeOpened(expenseId, operator);
    }

    function test_onDisputeOpened_notDeclarer_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotDisputer.selector, expenseId, otherOperator));
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, otherOperator);
    }

    function test_onDisputeOpened_notRejected_reverts() public {
        uint256 expenseId = _declare(operator, INVOICE);
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseWrongStatus.selector, expenseId, IExpenseLedger.ExpenseStatus.Pending
            )
        );
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, operator);
    }

    function test_onDisputeOpened_afterDisputeWindow_reverts() public {
        (uint256 expenseId,) = _rejected();
        uint256 endedAt = block.timestamp + ledger.DISPUTE_WINDOW();
        vm.warp(endedAt);
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseDisputeWindowClosed.selector, expenseId, endedAt));
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, operator);
    }

    function _disputed() internal returns (uint256 expenseId) {
        (expenseId,) = _rejected();
        vm.prank(court);
        ledger.onDisputeOpened(expenseId, operator);
    }

    function test_onDisputeResolved_forOpenerInOpenPeriod_validatesInDeclaredPeriod() public {
        uint256 expenseId = _disputed();
        vm.expectEmit(address(ledger));
        emit IExpenseLedger.ExpenseValidated(expenseId, 0, AMOUNT);
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.ForOpener);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Validated));
        assertEq(_credited(operator, 0), AMOUNT);
        ledger.releaseDeposit(expenseId);
        assertEq(token.balanceOf(address(ledger)), 0);
    }

    function test_onDisputeResolved_forOpenerAfterClose_validatesInCurrentPeriod() public {
        uint256 expenseId = _disputed();
        vm.warp(_reviewWindowEnd(0));
        table.close(0);
        uint256 current = table.currentPeriod();
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.ForOpener);
        assertEq(_credited(operator, current), AMOUNT);
        assertEq(_credited(operator, 0), 0);
    }

    function test_onDisputeResolved_forRespondent_forfeitsDeposit() public {
        uint256 expenseId = _disputed();
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.ForRespondent);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Forfeited));
        ledger.releaseDeposit(expenseId);
        assertEq(token.balanceOf(platform), DEPOSIT);
        _declare(operator, INVOICE);
    }

    function test_onDisputeResolved_tie_dismissesAndReturnsDeposit() public {
        uint256 expenseId = _disputed();
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.Tie);
        assertEq(uint8(ledger.getExpense(expenseId).status), uint8(IExpenseLedger.ExpenseStatus.Dismissed));
        uint256 before = token.balanceOf(operator);
        ledger.releaseDeposit(expenseId);
        assertEq(token.balanceOf(operator), before + DEPOSIT);
        assertEq(_credited(operator, 0), 0);
    }

    function test_onDisputeResolved_notCourt_reverts() public {
        uint256 expenseId = _disputed();
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotCourt.selector, outsider));
        vm.prank(outsider);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.ForOpener);
    }

    function test_onDisputeResolved_notDisputed_reverts() public {
        (uint256 expenseId,) = _rejected();
        vm.expectRevert(
            abi.encodeWithSelector(
                IExpenseLedger.ExpenseWrongStatus.selector, expenseId, IExpenseLedger.ExpenseStatus.Rejected
            )
        );
        vm.prank(court);
        ledger.onDisputeResolved(expenseId, IDisputeSubject.Ruling.ForOpener);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_eligibleReviewerCount_subtractsDeclarerRoles() public {
        assertEq(ledger.eligibleReviewerCount(operator), 5);
        assertEq(ledger.eligibleReviewerCount(outsider), 6);
        _grant(participants.VALIDATOR_ROLE(), operator);
        assertEq(ledger.eligibleReviewerCount(operator), 5);
    }

    function test_isEligibleReviewer_byRole() public view {
        assertTrue(ledger.isEligibleReviewer(validators[0]));
        assertTrue(ledger.isEligibleReviewer(otherOperator));
        assertTrue(ledger.isEligibleReviewer(administration));
        assertFalse(ledger.isEligibleReviewer(investor));
        assertFalse(ledger.isEligibleReviewer(outsider));
    }

    function test_getExpense_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IExpenseLedger.ExpenseNotFound.selector, 1));
        ledger.getExpense(1);
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function _firstNotIn(address[3] memory reviewers) internal view returns (address) {
        address[5] memory pool = [validators[0], validators[1], validators[2], otherOperator, administration];
        for (uint256 i; i < pool.length; ++i) {
            if (pool[i] != reviewers[0] && pool[i] != reviewers[1] && pool[i] != reviewers[2]) return pool[i];
        }
        revert("every eligible account was drawn");
    }

    function _revokeAll(address account) internal {
        _revoke(participants.VALIDATOR_ROLE(), account);
        _revoke(participants.OPERATOR_ROLE(), account);
        _revoke(participants.PUBLIC_ADMINISTRATION_ROLE(), account);
    }
}
