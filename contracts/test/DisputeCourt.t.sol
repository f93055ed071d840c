// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../src/interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {IParticipantRegistry} from "../src/interfaces/IParticipantRegistry.sol";
import {DisputeCourt} from "../src/network/DisputeCourt.sol";
import {DisputeFixture} from "./utils/DisputeFixture.sol";
import {DisputeSubjectFixture} from "./utils/DisputeSubjectFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

contract DisputeCourtTest is DisputeFixture {
    IDisputeSubject.Ruling internal constant FOR_OPENER = IDisputeSubject.Ruling.ForOpener;
    IDisputeSubject.Ruling internal constant FOR_RESPONDENT = IDisputeSubject.Ruling.ForRespondent;
    IDisputeSubject.Ruling internal constant TIE = IDisputeSubject.Ruling.Tie;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_constructor_wiresEverything() public view {
        assertEq(court.settlementToken(), address(token));
        assertEq(court.participantRegistry(), address(participants));
        assertEq(address(court.consumptionLedger()), address(consumption));
        assertEq(address(court.expenseLedger()), address(expenses));
        assertEq(court.stageFee(IDisputeCourt.Stage.Conciliation), CONCILIATION_FEE);
        assertEq(court.stageFee(IDisputeCourt.Stage.Mediation), MEDIATION_FEE);
        assertEq(court.stageFee(IDisputeCourt.Stage.Arbitration), ARBITRATION_FEE);
        (uint256 response, uint256 decision, uint256 appeal) = court.windows();
        assertEq(response, RESPONSE_WINDOW);
        assertEq(decision, DECISION_WINDOW);
        assertEq(appeal, APPEAL_WINDOW);
        assertTrue(court.hasRole(court.RESOLVER_MANAGER_ROLE(), governance));
        assertTrue(court.hasRole(court.DEFAULT_ADMIN_ROLE(), governance));
        assertEq(court.getResolvers().length, POOL_SIZE);
        assertEq(court.MIN_RESOLVERS(), 3);
        assertEq(court.MAX_RESOLVERS(), 32);
        assertEq(court.disputeCount(), 0);
    }

    function test_constructor_zeroAddress_reverts() public {
        IDisputeCourt.Parameters memory parameters = _parameters();
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "admin"));
        new DisputeCourt(address(0), token, participants, consumption, expenses, parameters);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "token"));
        new DisputeCourt(governance, IERC20(address(0)), participants, consumption, expenses, parameters);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "participants"));
        new DisputeCourt(governance, token, IParticipantRegistry(address(0)), consumption, expenses, parameters);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "consumptionLedger"));
        new DisputeCourt(governance, token, participants, IDisputeSubject(address(0)), expenses, parameters);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "expenseLedger"));
        new DisputeCourt(governance, token, participants, consumption, IDisputeSubject(address(0)), parameters);
    }

    function test_constructor_parameterOutOfBounds_reverts() public {
        IDisputeCourt.Parameters memory parameters = _parameters();
        parameters.conciliationFee = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeParameterOutOfBounds.selector, "conciliationFee", 0, 1, uint256(1e12)
            )
        );
        _deployCourt(parameters);
        parameters = _parameters();
        parameters.arbitrationFee = 1e12 + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeParameterOutOfBounds.selector, "arbitrationFee", 1e12 + 1, 1, uint256(1e12)
            )
        );
        _deployCourt(parameters);
        parameters = _parameters();
        parameters.mediationFee = 0;
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeCourt.DisputeParameterOutOfBounds.selector, "mediationFee", 0, 1, 1e12)
        );
        _deployCourt(parameters);
        parameters = _parameters();
        parameters.responseWindow = 1 hours - 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeParameterOutOfBounds.selector, "responseWindow", 1 hours - 1, 1 hours, 90 days
            )
        );
        _deployCourt(parameters);
        parameters = _parameters();
        parameters.decisionWindow = 90 days + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeParameterOutOfBounds.selector, "decisionWindow", 90 days + 1, 1 hours, 90 days
            )
        );
        _deployCourt(parameters);
        parameters = _parameters();
        parameters.appealWindow = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeParameterOutOfBounds.selector, "appealWindow", 0, 1 hours, 90 days
            )
        );
        _deployCourt(parameters);
    }

    /*//////////////////////////////////////////////////////////////
                              OPEN DISPUTE
    //////////////////////////////////////////////////////////////*/

    function test_openDispute_consumption_recordsAndPullsTheFee() public {
        uint256 balance = token.balanceOf(operator);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeOpened(
            1, consumption, 7, operator, feeder, true, CONCILIATION_FEE, EVIDENCE, CODEC, 0, block.number + 1
        );
        uint256 disputeId = _openConsumption(7);
        assertEq(disputeId, 1);
        assertEq(court.disputeCount(), 1);
        assertEq(token.balanceOf(operator), balance - CONCILIATION_FEE);
        assertEq(token.balanceOf(address(court)), CONCILIATION_FEE);
        assertEq(consumption.openedBy(7), operator);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(address(dispute.subject), address(consumption));
        assertEq(dispute.subjectId, 7);
        assertEq(dispute.opener, operator);
        assertEq(dispute.respondent, feeder);
        assertTrue(dispute.respondentExempt);
        assertEq(uint256(dispute.stage), uint256(IDisputeCourt.Stage.Conciliation));
        // An exempt respondent matches nothing: the stage waits for its resolver at once.
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingResolver));
        assertEq(dispute.deadline, 0);
        assertEq(dispute.seedBlock, block.number + 1);
        assertEq(dispute.depositsHeld, CONCILIATION_FEE);
    }

    function test_openDispute_expense_namesThePlatform() public {
        vm.prank(operator);
        uint256 disputeId = court.openDispute(expenses, 3, EVIDENCE, CODEC);
        assertEq(court.getDispute(disputeId).respondent, platform);
        assertEq(expenses.openedBy(3), operator);
    }

    function test_openDispute_unknownSubject_reverts() public {
        DisputeSubjectFixture stranger = new DisputeSubjectFixture(feeder, true);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeUnknownSubject.selector, address(stranger)));
        court.openDispute(stranger, 1, EVIDENCE, CODEC);
    }

    /// The consumption ledger's ids hold an address above a period: the court keeps the whole word.
    function test_openDispute_fullWidthSubjectId_isKept() public {
        uint256 subjectId = (uint256(uint160(operator)) << 96) | 7;
        uint256 disputeId = _openConsumption(subjectId);
        assertEq(court.getDispute(disputeId).subjectId, subjectId);
        assertEq(consumption.openedBy(subjectId), operator);
    }

    function test_openDispute_emptyEvidence_reverts() public {
        vm.prank(operator);
        vm.expectRevert(IDisputeCourt.DisputeEmptyCid.selector);
        court.openDispute(consumption, 1, bytes32(0), CODEC);
    }

    function test_openDispute_subjectRefuses_reverts() public {
        consumption.setUndisputable(1);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(DisputeSubjectFixture.SubjectNotDisputable.selector, 1));
        court.openDispute(consumption, 1, EVIDENCE, CODEC);
    }

    function test_openDispute_respondentIsOpener_reverts() public {
        consumption.setRespondent(operator, true);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeInvalidRespondent.selector, operator));
        court.openDispute(consumption, 1, EVIDENCE, CODEC);
    }

    function test_openDispute_zeroRespondent_reverts() public {
        consumption.setRespondent(address(0), true);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeInvalidRespondent.selector, address(0)));
        court.openDispute(consumption, 1, EVIDENCE, CODEC);
    }

    /// Three resolvers, one of them the opener: two remain besides the parties.
    function test_openDispute_tooFewResolversBesidesParties_reverts() public {
        vm.startPrank(governance);
        court.removeResolver(pool[0]);
        court.removeResolver(pool[1]);
        court.removeResolver(pool[2]);
        court.addResolver(operator);
        vm.stopPrank();
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeTooFewResolvers.selector, 2, 3));
        court.openDispute(consumption, 1, EVIDENCE, CODEC);
    }

    function test_openDispute_withoutAllowance_reverts() public {
        vm.prank(operator);
        token.approve(address(court), 0);
        vm.prank(operator);
        vm.expectRevert();
        court.openDispute(consumption, 1, EVIDENCE, CODEC);
    }

    /*//////////////////////////////////////////////////////////////
                               OPEN CLAIM
    //////////////////////////////////////////////////////////////*/

    function test_openClaim_betweenParticipants_waitsForTheResponse() public {
        uint256 disputeId = _openClaim();
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(address(dispute.subject), address(0));
        assertEq(dispute.subjectId, 0);
        assertEq(dispute.opener, claimant);
        assertEq(dispute.respondent, defendant);
        assertFalse(dispute.respondentExempt);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingResponse));
        assertEq(dispute.deadline, block.timestamp + RESPONSE_WINDOW);
        (uint256 response, uint256 decision, uint256 appeal) = court.deadlinesOf(disputeId);
        assertEq(response, block.timestamp + RESPONSE_WINDOW);
        assertEq(decision, 0);
        assertEq(appeal, 0);
    }

    function test_openClaim_openerNotParticipant_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotParticipant.selector, outsider));
        court.openClaim(defendant, EVIDENCE, CODEC);
    }

    function test_openClaim_respondentNotParticipant_reverts() public {
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotParticipant.selector, outsider));
        court.openClaim(outsider, EVIDENCE, CODEC);
    }

    function test_openClaim_againstItself_reverts() public {
        vm.prank(claimant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeInvalidRespondent.selector, claimant));
        court.openClaim(claimant, EVIDENCE, CODEC);
    }

    function test_openClaim_emptyEvidence_reverts() public {
        vm.prank(claimant);
        vm.expectRevert(IDisputeCourt.DisputeEmptyCid.selector);
        court.openClaim(defendant, bytes32(0), CODEC);
    }

    /*//////////////////////////////////////////////////////////////
                                RESPOND
    //////////////////////////////////////////////////////////////*/

    function test_respond_sameBlock_fundsAndWaitsForTheSeed() public {
        uint256 disputeId = _openClaim();
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResponded(
            disputeId, IDisputeCourt.Stage.Conciliation, defendant, CONCILIATION_FEE, EVIDENCE, CODEC
        );
        _respond(disputeId, defendant);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingResolver));
        assertEq(dispute.depositsHeld, 2 * CONCILIATION_FEE);
        assertEq(token.balanceOf(address(court)), 2 * CONCILIATION_FEE);
    }

    function test_respond_afterTheSeedBlock_assignsAtOnce() public {
        uint256 disputeId = _openClaim();
        vm.roll(block.number + 2);
        _respond(disputeId, defendant);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingDecision));
        assertTrue(court.isResolver(dispute.resolvers[0]));
        (, uint256 decision,) = court.deadlinesOf(disputeId);
        assertEq(decision, block.timestamp + DECISION_WINDOW);
    }

    /// The respondent answered after the seed block left the 256-block horizon: the seed moves to the next block.
    function test_respond_pastTheHorizon_renewsTheSeed() public {
        uint256 disputeId = _openClaim();
        vm.roll(block.number + 300);
        vm.expectEmit(address(court));
        emit IDisputeCourt.ResolverSeedRenewed(disputeId, block.number + 1);
        _respond(disputeId, defendant);
        assertEq(uint256(court.getDispute(disputeId).status), uint256(IDisputeCourt.DisputeStatus.AwaitingResolver));
        assertTrue(court.isResolver(_assign(disputeId)));
    }

    function test_respond_byTheOpener_reverts() public {
        uint256 disputeId = _openClaim();
        vm.prank(claimant);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeCourt.DisputeNotYourTurn.selector, disputeId, claimant, defendant)
        );
        court.respond(disputeId, EVIDENCE, CODEC);
    }

    function test_respond_afterTheDeadline_reverts() public {
        uint256 disputeId = _openClaim();
        uint256 deadline = block.timestamp + RESPONSE_WINDOW;
        vm.warp(deadline + 1);
        vm.prank(defendant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlinePassed.selector, disputeId, deadline));
        court.respond(disputeId, EVIDENCE, CODEC);
    }

    function test_respond_emptyEvidence_reverts() public {
        uint256 disputeId = _openClaim();
        vm.prank(defendant);
        vm.expectRevert(IDisputeCourt.DisputeEmptyCid.selector);
        court.respond(disputeId, bytes32(0), CODEC);
    }

    function test_respond_exemptRespondent_reverts() public {
        uint256 disputeId = _openConsumption(1);
        vm.prank(feeder);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.AwaitingResolver,
                IDisputeCourt.DisputeStatus.AwaitingResponse
            )
        );
        court.respond(disputeId, EVIDENCE, CODEC);
    }

    function test_respond_unknownDispute_reverts() public {
        vm.prank(defendant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotFound.selector, 9));
        court.respond(9, EVIDENCE, CODEC);
    }

    /*//////////////////////////////////////////////////////////////
                            ASSIGN RESOLVER
    //////////////////////////////////////////////////////////////*/

    function test_assignResolver_afterTheSeedBlock_picksAPoolMember() public {
        uint256 disputeId = _openConsumption(1);
        vm.roll(block.number + 2);
        vm.prank(outsider);
        court.assignResolver(disputeId);
        address resolver = _resolverOf(disputeId);
        assertTrue(court.isResolver(resolver));
        assertEq(uint256(court.getDispute(disputeId).status), uint256(IDisputeCourt.DisputeStatus.AwaitingDecision));
    }

    function test_assignResolver_beforeTheSeedIsMined_reverts() public {
        uint256 disputeId = _openConsumption(1);
        vm.roll(block.number + 1);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeSeedNotReady.selector, disputeId, block.number));
        court.assignResolver(disputeId);
    }

    function test_assignResolver_pastTheHorizon_renewsTheSeed() public {
        uint256 disputeId = _openConsumption(1);
        vm.roll(block.number + 300);
        vm.expectEmit(address(court));
        emit IDisputeCourt.ResolverSeedRenewed(disputeId, block.number + 1);
        court.assignResolver(disputeId);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingResolver));
        assertEq(dispute.seedBlock, block.number + 1);
        vm.roll(block.number + 2);
        court.assignResolver(disputeId);
        assertTrue(court.isResolver(_resolverOf(disputeId)));
    }

    function test_assignResolver_skipsResolversWhoAreParties() public {
        vm.startPrank(governance);
        court.addResolver(claimant);
        court.addResolver(defendant);
        vm.stopPrank();
        for (uint256 i; i < 12; ++i) {
            uint256 disputeId = _assignedClaim();
            address resolver = _resolverOf(disputeId);
            assertTrue(resolver != claimant && resolver != defendant);
        }
    }

    function test_assignResolver_notFunded_reverts() public {
        uint256 disputeId = _openClaim();
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.AwaitingResponse,
                IDisputeCourt.DisputeStatus.AwaitingResolver
            )
        );
        court.assignResolver(disputeId);
    }

    /// Governance emptied the pool after the opening: nobody can decide, so the stage lapses and refunds.
    function test_assignResolver_noEligibleResolver_lapses() public {
        uint256 disputeId = _openConsumption(1);
        vm.startPrank(governance);
        for (uint256 i; i < POOL_SIZE; ++i) {
            court.removeResolver(pool[i]);
        }
        vm.stopPrank();
        vm.roll(block.number + 2);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(disputeId, TIE, IDisputeCourt.Resolution.Lapsed, CONCILIATION_FEE, 0);
        court.assignResolver(disputeId);
        assertEq(court.getDispute(disputeId).openerRefund, CONCILIATION_FEE);
        assertEq(consumption.resolvedCount(1), 1);
    }

    /*//////////////////////////////////////////////////////////////
                            REPLACE RESOLVER
    //////////////////////////////////////////////////////////////*/

    function test_replaceResolver_afterAMissedDeadline_takesTheNextOne() public {
        uint256 disputeId = _assignedClaim();
        address missed = _resolverOf(disputeId);
        vm.warp(block.timestamp + DECISION_WINDOW + 1);
        vm.expectEmit(address(court));
        emit IDisputeCourt.ResolverMissedDeadline(disputeId, IDisputeCourt.Stage.Conciliation, missed);
        vm.prank(outsider);
        court.replaceResolver(disputeId);
        address next = _resolverOf(disputeId);
        assertTrue(next != missed);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(dispute.missedDeadlines, 1);
        assertEq(dispute.deadline, block.timestamp + DECISION_WINDOW);
        // At no cost to the parties: both deposits are still held for the new resolver.
        assertEq(dispute.depositsHeld, 2 * CONCILIATION_FEE);
        assertEq(court.earningsOf(missed), 0);
    }

    function test_replaceResolver_beforeTheDeadline_reverts() public {
        uint256 disputeId = _assignedClaim();
        uint256 deadline = block.timestamp + DECISION_WINDOW;
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlineNotPassed.selector, disputeId, deadline));
        court.replaceResolver(disputeId);
    }

    function test_replaceResolver_resolverLeftThePool_replacesAtOnce() public {
        uint256 disputeId = _assignedClaim();
        address removed = _resolverOf(disputeId);
        vm.prank(governance);
        court.removeResolver(removed);
        court.replaceResolver(disputeId);
        assertTrue(_resolverOf(disputeId) != removed);
    }

    /// Five eligible resolvers all miss: the stage lapses, both deposits come back, the ruling is a tie.
    function test_replaceResolver_fullCycleOfMisses_refundsBoth() public {
        uint256 disputeId = _assignedClaim();
        for (uint256 i; i < POOL_SIZE - 1; ++i) {
            vm.warp(block.timestamp + DECISION_WINDOW + 1);
            court.replaceResolver(disputeId);
        }
        vm.warp(block.timestamp + DECISION_WINDOW + 1);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(
            disputeId, TIE, IDisputeCourt.Resolution.Lapsed, CONCILIATION_FEE, CONCILIATION_FEE
        );
        court.replaceResolver(disputeId);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.Resolved));
        assertEq(dispute.openerRefund, CONCILIATION_FEE);
        assertEq(dispute.respondentRefund, CONCILIATION_FEE);
        assertEq(dispute.depositsHeld, 0);
    }

    /// A lapse at mediation leaves conciliation's ruling standing, and tells the subject.
    function test_replaceResolver_lapseAtMediation_keepsTheEarlierRuling() public {
        uint256 disputeId = _openConsumption(4);
        _assign(disputeId);
        _decide(disputeId, FOR_RESPONDENT);
        _escalate(disputeId, operator);
        // Four resolvers are eligible for mediation (all but conciliation's decider): the fourth miss lapses it.
        for (uint256 i; i < POOL_SIZE - 2; ++i) {
            vm.warp(block.timestamp + DECISION_WINDOW + 1);
            court.replaceResolver(disputeId);
        }
        vm.warp(block.timestamp + DECISION_WINDOW + 1);
        court.replaceResolver(disputeId);
        assertEq(consumption.resolvedCount(4), 1);
        assertEq(uint256(consumption.lastRuling(4)), uint256(FOR_RESPONDENT));
        assertEq(court.getDispute(disputeId).openerRefund, MEDIATION_FEE);
    }

    function test_replaceResolver_notAssigned_reverts() public {
        uint256 disputeId = _openClaim();
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.AwaitingResponse,
                IDisputeCourt.DisputeStatus.AwaitingDecision
            )
        );
        court.replaceResolver(disputeId);
    }

    /*//////////////////////////////////////////////////////////////
                                 DECIDE
    //////////////////////////////////////////////////////////////*/

    function test_decide_forOpener_paysTheResolverFromTheLoser() public {
        uint256 disputeId = _assignedClaim();
        address resolver = _resolverOf(disputeId);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeDecided(
            disputeId,
            IDisputeCourt.Stage.Conciliation,
            resolver,
            FOR_OPENER,
            REASON,
            CODEC,
            CONCILIATION_FEE,
            CONCILIATION_FEE,
            0,
            block.timestamp + APPEAL_WINDOW
        );
        _decide(disputeId, FOR_OPENER);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.Decided));
        assertEq(uint256(dispute.rulings[0]), uint256(FOR_OPENER));
        assertEq(dispute.openerRefund, CONCILIATION_FEE);
        assertEq(dispute.respondentRefund, 0);
        assertEq(court.earningsOf(resolver), CONCILIATION_FEE);
        (,, uint256 appeal) = court.deadlinesOf(disputeId);
        assertEq(appeal, block.timestamp + APPEAL_WINDOW);
    }

    function test_decide_forRespondent_refundsTheRespondent() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_RESPONDENT);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(dispute.openerRefund, 0);
        assertEq(dispute.respondentRefund, CONCILIATION_FEE);
    }

    /// An odd fee: the opener, who brought conciliation, pays the larger half.
    function test_decide_tieWithAnOddFee_bringerPaysTheLargerHalf() public {
        IDisputeCourt.Parameters memory parameters = _parameters();
        parameters.conciliationFee = 21e6 + 1;
        court = _deployCourt(parameters);
        vm.startPrank(governance);
        for (uint256 i; i < POOL_SIZE; ++i) {
            court.addResolver(pool[i]);
        }
        vm.stopPrank();
        _fund(claimant, 0);
        _fund(defendant, 0);
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, TIE);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        uint256 fee = 21e6 + 1;
        assertEq(dispute.openerRefund, fee - (fee + 1) / 2);
        assertEq(dispute.respondentRefund, fee - fee / 2);
        assertEq(court.earningsOf(resolver), fee);
    }

    /// Against the exempt feeder the opener's deposit pays the resolver whatever the ruling.
    function test_decide_againstAnExemptRespondent_openerPaysTheFee() public {
        uint256 disputeId = _openConsumption(1);
        address resolver = _assign(disputeId);
        _decide(disputeId, FOR_OPENER);
        assertEq(court.getDispute(disputeId).openerRefund, 0);
        assertEq(court.earningsOf(resolver), CONCILIATION_FEE);
    }

    function test_decide_byAnotherResolver_reverts() public {
        uint256 disputeId = _assignedClaim();
        address assigned = _resolverOf(disputeId);
        address other = assigned == pool[0] ? pool[1] : pool[0];
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotResolver.selector, disputeId, other));
        court.decide(disputeId, FOR_OPENER, REASON, CODEC);
    }

    function test_decide_byARemovedResolver_reverts() public {
        uint256 disputeId = _assignedClaim();
        address assigned = _resolverOf(disputeId);
        vm.prank(governance);
        court.removeResolver(assigned);
        vm.prank(assigned);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotResolver.selector, disputeId, assigned));
        court.decide(disputeId, FOR_OPENER, REASON, CODEC);
    }

    function test_decide_afterTheDeadline_reverts() public {
        uint256 disputeId = _assignedClaim();
        uint256 deadline = block.timestamp + DECISION_WINDOW;
        vm.warp(deadline + 1);
        address resolver = _resolverOf(disputeId);
        vm.prank(resolver);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlinePassed.selector, disputeId, deadline));
        court.decide(disputeId, FOR_OPENER, REASON, CODEC);
    }

    function test_decide_emptyReason_reverts() public {
        uint256 disputeId = _assignedClaim();
        address resolver = _resolverOf(disputeId);
        vm.prank(resolver);
        vm.expectRevert(IDisputeCourt.DisputeEmptyCid.selector);
        court.decide(disputeId, FOR_OPENER, bytes32(0), CODEC);
    }

    function test_decide_twice_reverts() public {
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, FOR_OPENER);
        vm.prank(resolver);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.Decided,
                IDisputeCourt.DisputeStatus.AwaitingDecision
            )
        );
        court.decide(disputeId, FOR_OPENER, REASON, CODEC);
    }

    /// Through all three stages: three different resolvers, none a party; arbitration is final at once.
    function test_decide_atArbitration_isFinalAndTellsTheSubject() public {
        uint256 disputeId = _openConsumption(2);
        address first = _assign(disputeId);
        _decide(disputeId, FOR_RESPONDENT);
        _escalate(disputeId, operator);
        address second = _decide(disputeId, FOR_OPENER);
        _escalate(disputeId, feeder);
        _respond(disputeId, operator);
        address third = _resolverOf(disputeId);
        assertTrue(first != second && second != third && first != third);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(disputeId, TIE, IDisputeCourt.Resolution.Decided, 0, 0);
        _decide(disputeId, TIE);
        assertEq(consumption.resolvedCount(2), 1);
        assertEq(uint256(consumption.lastRuling(2)), uint256(TIE));
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.Resolved));
        // Arbitration was brought by the feeder: it pays ⌈fee/2⌉ (the fee is even here).
        assertEq(dispute.respondentRefund, ARBITRATION_FEE / 2);
        assertEq(dispute.openerRefund, ARBITRATION_FEE / 2);
        assertEq(court.earningsOf(third), ARBITRATION_FEE);
    }

    /*//////////////////////////////////////////////////////////////
                                ESCALATE
    //////////////////////////////////////////////////////////////*/

    function test_escalate_againstAnExemptRespondent_assignsMediationAtOnce() public {
        uint256 disputeId = _openConsumption(1);
        address first = _assign(disputeId);
        _decide(disputeId, FOR_RESPONDENT);
        uint256 balance = token.balanceOf(operator);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeEscalated(
            disputeId, IDisputeCourt.Stage.Mediation, operator, MEDIATION_FEE, EVIDENCE, CODEC, 0
        );
        _escalate(disputeId, operator);
        assertEq(token.balanceOf(operator), balance - MEDIATION_FEE);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.stage), uint256(IDisputeCourt.Stage.Mediation));
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingDecision));
        assertTrue(dispute.resolvers[1] != first);
    }

    function test_escalate_byTheRespondent_theOpenerMustMatch() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        _escalate(disputeId, defendant);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertTrue(dispute.broughtByRespondent);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.AwaitingResponse));
        vm.prank(defendant);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeCourt.DisputeNotYourTurn.selector, disputeId, defendant, claimant)
        );
        court.respond(disputeId, EVIDENCE, CODEC);
        _respond(disputeId, claimant);
        assertEq(uint256(court.getDispute(disputeId).status), uint256(IDisputeCourt.DisputeStatus.AwaitingDecision));
    }

    function test_escalate_byAnOutsider_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotParty.selector, disputeId, outsider));
        court.escalate(disputeId, EVIDENCE, CODEC);
    }

    function test_escalate_afterTheAppealWindow_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        uint256 deadline = block.timestamp + APPEAL_WINDOW;
        vm.warp(deadline + 1);
        vm.prank(defendant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlinePassed.selector, disputeId, deadline));
        court.escalate(disputeId, EVIDENCE, CODEC);
    }

    function test_escalate_emptyEvidence_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        vm.prank(defendant);
        vm.expectRevert(IDisputeCourt.DisputeEmptyCid.selector);
        court.escalate(disputeId, bytes32(0), CODEC);
    }

    function test_escalate_beforeADecision_reverts() public {
        uint256 disputeId = _assignedClaim();
        vm.prank(defendant);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.AwaitingDecision,
                IDisputeCourt.DisputeStatus.Decided
            )
        );
        court.escalate(disputeId, EVIDENCE, CODEC);
    }

    /// Arbitration resolves as it is decided, so nothing is left to escalate.
    function test_escalate_afterArbitration_reverts() public {
        uint256 disputeId = _openConsumption(1);
        _assign(disputeId);
        _decide(disputeId, FOR_RESPONDENT);
        _escalate(disputeId, operator);
        _decide(disputeId, FOR_RESPONDENT);
        _escalate(disputeId, operator);
        _decide(disputeId, FOR_RESPONDENT);
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.Resolved,
                IDisputeCourt.DisputeStatus.Decided
            )
        );
        court.escalate(disputeId, EVIDENCE, CODEC);
    }

    /// Conciliation's and mediation's deciders are the only ones left: arbitration has nobody to assign, so it
    /// lapses at once, refunds its deposit and leaves mediation's ruling final.
    function test_escalate_noResolverLeft_lapses() public {
        uint256 disputeId = _openConsumption(9);
        address first = _assign(disputeId);
        _decide(disputeId, FOR_RESPONDENT);
        _escalate(disputeId, operator);
        address second = _decide(disputeId, FOR_OPENER);
        vm.startPrank(governance);
        for (uint256 i; i < POOL_SIZE; ++i) {
            if (pool[i] != first && pool[i] != second) court.removeResolver(pool[i]);
        }
        vm.stopPrank();
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(disputeId, FOR_OPENER, IDisputeCourt.Resolution.Lapsed, ARBITRATION_FEE, 0);
        _escalate(disputeId, operator);
        assertEq(uint256(consumption.lastRuling(9)), uint256(FOR_OPENER));
        assertEq(court.getDispute(disputeId).openerRefund, ARBITRATION_FEE);
    }

    /*//////////////////////////////////////////////////////////////
                                FINALIZE
    //////////////////////////////////////////////////////////////*/

    function test_finalize_afterTheAppealWindow_tellsTheSubject() public {
        uint256 disputeId = _openConsumption(5);
        _assign(disputeId);
        _decide(disputeId, FOR_OPENER);
        vm.warp(block.timestamp + APPEAL_WINDOW + 1);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(disputeId, FOR_OPENER, IDisputeCourt.Resolution.Decided, 0, 0);
        vm.prank(outsider);
        court.finalize(disputeId);
        assertEq(consumption.resolvedCount(5), 1);
        assertEq(uint256(consumption.lastRuling(5)), uint256(FOR_OPENER));
        (uint256 response, uint256 decision, uint256 appeal) = court.deadlinesOf(disputeId);
        assertEq(response + decision + appeal, 0);
    }

    function test_finalize_withinTheAppealWindow_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        uint256 deadline = block.timestamp + APPEAL_WINDOW;
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlineNotPassed.selector, disputeId, deadline));
        court.finalize(disputeId);
    }

    /// The defendant never matched: the claimant wins by default and its deposit comes back.
    function test_finalize_unmatched_openerWinsByDefault() public {
        uint256 disputeId = _openClaim();
        vm.warp(block.timestamp + RESPONSE_WINDOW + 1);
        vm.expectEmit(address(court));
        emit IDisputeCourt.DisputeResolved(disputeId, FOR_OPENER, IDisputeCourt.Resolution.Default, CONCILIATION_FEE, 0);
        court.finalize(disputeId);
        assertEq(court.getDispute(disputeId).openerRefund, CONCILIATION_FEE);
    }

    /// The respondent escalated and the opener did not match: the respondent wins by default.
    function test_finalize_unmatchedEscalation_respondentWinsByDefault() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        _escalate(disputeId, defendant);
        vm.warp(block.timestamp + RESPONSE_WINDOW + 1);
        court.finalize(disputeId);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(uint256(dispute.status), uint256(IDisputeCourt.DisputeStatus.Resolved));
        assertEq(dispute.respondentRefund, MEDIATION_FEE);
        assertEq(dispute.openerRefund, CONCILIATION_FEE);
    }

    /// An exempt respondent never loses by default: nothing is due before a resolver decides.
    function test_finalize_exemptRespondentAwaitingResolver_reverts() public {
        uint256 disputeId = _openConsumption(1);
        vm.warp(block.timestamp + 30 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeCourt.DisputeWrongStatus.selector,
                disputeId,
                IDisputeCourt.DisputeStatus.AwaitingResolver,
                IDisputeCourt.DisputeStatus.Decided
            )
        );
        court.finalize(disputeId);
    }

    function test_finalize_withinTheResponseWindow_reverts() public {
        uint256 disputeId = _openClaim();
        uint256 deadline = block.timestamp + RESPONSE_WINDOW;
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeDeadlineNotPassed.selector, disputeId, deadline));
        court.finalize(disputeId);
    }

    function test_finalize_unknownDispute_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotFound.selector, 1));
        court.finalize(1);
    }

    /*//////////////////////////////////////////////////////////////
                               WITHDRAWALS
    //////////////////////////////////////////////////////////////*/

    function test_withdrawRefund_winner_receivesItsDeposit() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        uint256 balance = token.balanceOf(claimant);
        vm.expectEmit(address(court));
        emit IDisputeCourt.RefundWithdrawn(disputeId, claimant, CONCILIATION_FEE);
        vm.prank(claimant);
        court.withdrawRefund(disputeId);
        assertEq(token.balanceOf(claimant), balance + CONCILIATION_FEE);
        assertEq(court.getDispute(disputeId).openerRefund, 0);
    }

    function test_withdrawRefund_loser_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, FOR_OPENER);
        vm.prank(defendant);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNothingToWithdraw.selector, defendant));
        court.withdrawRefund(disputeId);
    }

    function test_withdrawRefund_outsider_reverts() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, TIE);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNothingToWithdraw.selector, outsider));
        court.withdrawRefund(disputeId);
    }

    function test_withdrawRefund_respondent_receivesItsHalf() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, TIE);
        uint256 balance = token.balanceOf(defendant);
        vm.prank(defendant);
        court.withdrawRefund(disputeId);
        assertEq(token.balanceOf(defendant), balance + CONCILIATION_FEE / 2);
    }

    function test_withdrawEarnings_resolver_receivesItsFees() public {
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, FOR_OPENER);
        vm.expectEmit(address(court));
        emit IDisputeCourt.EarningsWithdrawn(resolver, CONCILIATION_FEE);
        vm.prank(resolver);
        court.withdrawEarnings();
        assertEq(token.balanceOf(resolver), CONCILIATION_FEE);
        assertEq(court.earningsOf(resolver), 0);
    }

    function test_withdrawEarnings_nothingEarned_reverts() public {
        vm.prank(pool[0]);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNothingToWithdraw.selector, pool[0]));
        court.withdrawEarnings();
    }

    /*//////////////////////////////////////////////////////////////
                             RESOLVER POOL
    //////////////////////////////////////////////////////////////*/

    function test_addResolver_byGovernance_joinsThePool() public {
        vm.expectEmit(address(court));
        emit IDisputeCourt.ResolverAdded(outsider);
        vm.prank(governance);
        court.addResolver(outsider);
        assertTrue(court.isResolver(outsider));
        assertEq(court.getResolvers()[POOL_SIZE], outsider);
    }

    function test_addResolver_byAnOutsider_reverts() public {
        bytes32 role = court.RESOLVER_MANAGER_ROLE();
        vm.prank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, role)
        );
        court.addResolver(outsider);
    }

    function test_addResolver_twice_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeResolverExists.selector, pool[0]));
        court.addResolver(pool[0]);
    }

    function test_addResolver_zeroAddress_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeZeroAddress.selector, "resolver"));
        court.addResolver(address(0));
    }

    function test_addResolver_fullPool_reverts() public {
        vm.startPrank(governance);
        for (uint256 i = POOL_SIZE; i < court.MAX_RESOLVERS(); ++i) {
            court.addResolver(makeAddr(string.concat("extra", vm.toString(i))));
        }
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputePoolFull.selector, 32));
        court.addResolver(outsider);
        vm.stopPrank();
    }

    function test_removeResolver_byGovernance_movesTheLastIntoItsPlace() public {
        vm.expectEmit(address(court));
        emit IDisputeCourt.ResolverRemoved(pool[1]);
        vm.prank(governance);
        court.removeResolver(pool[1]);
        address[] memory resolvers = court.getResolvers();
        assertEq(resolvers.length, POOL_SIZE - 1);
        assertEq(resolvers[1], pool[POOL_SIZE - 1]);
        assertFalse(court.isResolver(pool[1]));
        vm.prank(governance);
        court.addResolver(pool[1]);
        assertTrue(court.isResolver(pool[1]));
    }

    function test_removeResolver_byAnOutsider_reverts() public {
        bytes32 role = court.RESOLVER_MANAGER_ROLE();
        vm.prank(outsider);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, outsider, role)
        );
        court.removeResolver(pool[0]);
    }

    function test_removeResolver_unknown_reverts() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeResolverUnknown.selector, outsider));
        court.removeResolver(outsider);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_getDispute_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotFound.selector, 0));
        court.getDispute(0);
        vm.expectRevert(abi.encodeWithSelector(IDisputeCourt.DisputeNotFound.selector, 0));
        court.deadlinesOf(0);
    }
}
