// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {IBilling} from "../src/interfaces/IBilling.sol";
import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {Billing} from "../src/network/Billing.sol";
import {CompensationTable} from "../src/network/CompensationTable.sol";
import {BillingFixture} from "./utils/BillingFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract BillingTest is BillingFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal outsider = makeAddr("outsider");
    address internal otherOperator = makeAddr("otherOperator");

    function setUp() public override {
        super.setUp();
        bytes32 operatorRole = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.grantRole(operatorRole, otherOperator);
    }

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_constructor_storesParameters() public view {
        IBilling.Contributions memory perCustomer = billing.contributions();
        assertEq(perCustomer.fibreDeployment, 17e6);
        assertEq(perCustomer.fibreMaintenance, 6e6);
        assertEq(perCustomer.wifiDeployment, 4e6);
        assertEq(perCustomer.wifiMaintenance, 4e6);
        assertEq(address(billing.ledger()), address(table));
        assertEq(billing.currentPeriod(), 0);
    }

    function test_constructor_contributionTooHigh_reverts() public {
        IBilling.Contributions memory perCustomer = _seedContributions();
        perCustomer.wifiMaintenance = uint64(billing.MAX_CONTRIBUTION() + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBilling.BillingContributionTooHigh.selector, billing.MAX_CONTRIBUTION() + 1, billing.MAX_CONTRIBUTION()
            )
        );
        new Billing(participants, factory, table, perCustomer);
    }

    function test_currentPeriod_beforeGenesis_reverts() public {
        ICompensationTable.Parameters memory parameters = _parameters();
        parameters.genesis = block.timestamp + 1 days;
        CompensationTable later =
            new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        Billing early = new Billing(participants, factory, later, _seedContributions());
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingBeforeGenesis.selector, block.timestamp + 1 days));
        early.currentPeriod();
    }

    /*//////////////////////////////////////////////////////////////
                               SET TARIFF
    //////////////////////////////////////////////////////////////*/

    function test_setTariff_byOperator_storesAndEmits() public {
        _nextPeriod();
        vm.expectEmit(address(billing));
        emit IBilling.TariffSet(operator, ibt, 12e18, 5e18, 1);
        vm.prank(operator);
        billing.setTariff(ibt, 12e18, 5e18);
        IBilling.Tariff memory tariff = billing.tariffOf(operator);
        assertEq(address(tariff.token), address(ibt));
        assertEq(tariff.fibre, 12e18);
        assertEq(tariff.wifi, 5e18);
    }

    function test_setTariff_outsider_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotOperator.selector, outsider));
        vm.prank(outsider);
        billing.setTariff(ibt, 1, 1);
    }

    function test_setTariff_tokenOfAnotherOperator_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingWrongToken.selector, otherOperator, address(ibt)));
        vm.prank(otherOperator);
        billing.setTariff(ibt, 1, 1);
    }

    function test_setTariff_tokenNotFromFactory_reverts() public {
        address fake = makeAddr("fake token");
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingWrongToken.selector, operator, fake));
        vm.prank(operator);
        billing.setTariff(IBandwidthToken(fake), 1, 1);
    }

    function test_setTariff_fibreTooHigh_reverts() public {
        uint256 max = billing.MAX_AMOUNT();
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingTariffTooHigh.selector, max + 1, max));
        vm.prank(operator);
        billing.setTariff(ibt, uint96(max + 1), 1);
    }

    function test_setTariff_wifiTooHigh_reverts() public {
        uint256 max = billing.MAX_AMOUNT();
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingTariffTooHigh.selector, max + 1, max));
        vm.prank(operator);
        billing.setTariff(ibt, 1, uint96(max + 1));
    }

    /*//////////////////////////////////////////////////////////////
                           REGISTER CUSTOMER
    //////////////////////////////////////////////////////////////*/

    function test_registerCustomer_byOperator_countsAndEmits() public {
        vm.expectEmit(address(billing));
        emit IBilling.CustomerRegistered(operator, alice, IBilling.CustomerKind.Fibre, 0);
        _register(alice, IBilling.CustomerKind.Fibre);
        _register(bob, IBilling.CustomerKind.WiFi);
        assertEq(uint8(billing.customerKindOf(operator, alice)), uint8(IBilling.CustomerKind.Fibre));
        assertEq(uint8(billing.customerKindOf(operator, bob)), uint8(IBilling.CustomerKind.WiFi));
        (uint256 fibre, uint256 wifi) = billing.customerCountsOf(operator);
        assertEq(fibre, 1);
        assertEq(wifi, 1);
    }

    function test_registerCustomer_ofTwoOperators_keepsThemApart() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        assertEq(uint8(billing.customerKindOf(otherOperator, alice)), uint8(IBilling.CustomerKind.None));
        (uint256 fibre,) = billing.customerCountsOf(otherOperator);
        assertEq(fibre, 0);
    }

    function test_registerCustomer_outsider_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotOperator.selector, outsider));
        vm.prank(outsider);
        billing.registerCustomer(alice, IBilling.CustomerKind.Fibre);
    }

    function test_registerCustomer_withoutTariff_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNoTariff.selector, otherOperator));
        vm.prank(otherOperator);
        billing.registerCustomer(alice, IBilling.CustomerKind.Fibre);
    }

    function test_registerCustomer_zeroAddress_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingInvalidCustomer.selector, address(0)));
        _register(address(0), IBilling.CustomerKind.Fibre);
    }

    function test_registerCustomer_operatorItself_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingInvalidCustomer.selector, operator));
        _register(operator, IBilling.CustomerKind.Fibre);
    }

    function test_registerCustomer_kindNone_reverts() public {
        vm.expectRevert(IBilling.BillingInvalidKind.selector);
        _register(alice, IBilling.CustomerKind.None);
    }

    function test_registerCustomer_twice_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingAlreadyCustomer.selector, operator, alice));
        _register(alice, IBilling.CustomerKind.WiFi);
    }

    /*//////////////////////////////////////////////////////////////
                            REMOVE CUSTOMER
    //////////////////////////////////////////////////////////////*/

    function test_removeCustomer_byOperator_uncountsAndEmits() public {
        _register(alice, IBilling.CustomerKind.WiFi);
        vm.expectEmit(address(billing));
        emit IBilling.CustomerRemoved(operator, alice, IBilling.CustomerKind.WiFi, 0);
        vm.prank(operator);
        billing.removeCustomer(alice);
        assertEq(uint8(billing.customerKindOf(operator, alice)), uint8(IBilling.CustomerKind.None));
        (, uint256 wifi) = billing.customerCountsOf(operator);
        assertEq(wifi, 0);
    }

    function test_removeCustomer_thenRegisterAgain_takesNewKind() public {
        _register(alice, IBilling.CustomerKind.WiFi);
        vm.prank(operator);
        billing.removeCustomer(alice);
        _register(alice, IBilling.CustomerKind.Fibre);
        (uint256 fibre, uint256 wifi) = billing.customerCountsOf(operator);
        assertEq(fibre, 1);
        assertEq(wifi, 0);
    }

    function test_removeCustomer_outsider_reverts() public {
        _register(alice, IBilling.CustomerKind.WiFi);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotOperator.selector, outsider));
        vm.prank(outsider);
        billing.removeCustomer(alice);
    }

    function test_removeCustomer_notCustomer_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotCustomer.selector, operator, alice));
        vm.prank(operator);
        billing.removeCustomer(alice);
    }

    function test_removeCustomer_ofAnotherOperator_reverts() public {
        _register(alice, IBilling.CustomerKind.WiFi);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotCustomer.selector, otherOperator, alice));
        vm.prank(otherOperator);
        billing.removeCustomer(alice);
    }

    /*//////////////////////////////////////////////////////////////
                                  PAY
    //////////////////////////////////////////////////////////////*/

    function test_pay_byCustomer_movesIbtAndRecordsInRunningPeriod() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 25e18);
        _nextPeriod();
        vm.expectEmit(address(billing));
        emit IBilling.CustomerPaid(operator, alice, ibt, 10e18, 1);
        _pay(alice, 10e18);
        _pay(alice, 5e18);
        assertEq(ibt.balanceOf(operator), 15e18);
        assertEq(ibt.balanceOf(alice), 10e18);
        assertEq(ibt.balanceOf(address(billing)), 0);
        IBilling.PeriodBilling memory period = billing.periodBillingOf(operator, 1);
        assertEq(period.ibtReceived, 15e18);
        assertEq(period.payments, 2);
        assertFalse(period.invoiced);
        assertEq(billing.periodBillingOf(operator, 0).ibtReceived, 0);
    }

    function test_pay_inNewTariffToken_pullsThatToken() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        vm.prank(operator);
        IBandwidthToken next = factory.createToken("Osona 2028", "IBT-OSO28", block.timestamp, block.timestamp + 1);
        vm.startPrank(operator);
        next.addMinter(address(this));
        billing.setTariff(next, FIBRE_TARIFF, WIFI_TARIFF);
        vm.stopPrank();
        next.mint(alice, 1e18);
        vm.prank(alice);
        next.approve(address(billing), 1e18);
        _pay(alice, 1e18);
        assertEq(next.balanceOf(operator), 1e18);
    }

    function test_pay_nonCustomer_reverts() public {
        _fundIbt(outsider, 1e18);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotCustomer.selector, operator, outsider));
        _pay(outsider, 1e18);
    }

    function test_pay_removedCustomer_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 1e18);
        vm.prank(operator);
        billing.removeCustomer(alice);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNotCustomer.selector, operator, alice));
        _pay(alice, 1e18);
    }

    function test_pay_zero_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingInvalidAmount.selector, 0, billing.MAX_AMOUNT()));
        _pay(alice, 0);
    }

    function test_pay_aboveMax_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        uint256 max = billing.MAX_AMOUNT();
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingInvalidAmount.selector, max + 1, max));
        _pay(alice, max + 1);
    }

    function test_pay_operatorInDebt_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 1e18);
        _makeOperatorDebtor();
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingOperatorInDebt.selector, operator));
        _pay(alice, 1e18);
    }

    function test_pay_operatorSettledItsDebt_succeeds() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 1e18);
        _makeOperatorDebtor();
        uint256 debt = table.positionOf(operator, 0).amount;
        _fund(operator, debt);
        vm.prank(operator);
        table.settle(0, debt);
        _pay(alice, 1e18);
        assertEq(billing.periodBillingOf(operator, billing.currentPeriod()).ibtReceived, 1e18);
    }

    function test_pay_withoutAllowance_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        ibt.mint(alice, 1e18);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(billing), 0, 1e18)
        );
        _pay(alice, 1e18);
    }

    function test_pay_beyondBalance_reverts() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 1e18);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 1e18, 2e18));
        _pay(alice, 2e18);
    }

    /*//////////////////////////////////////////////////////////////
                             ISSUE INVOICE
    //////////////////////////////////////////////////////////////*/

    function test_issueInvoice_afterPeriod_statesTotalsAndContributions() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _register(bob, IBilling.CustomerKind.WiFi);
        _fundIbt(alice, 10e18);
        _pay(alice, 10e18);
        _nextPeriod();
        vm.expectEmit(address(billing));
        emit IBilling.InvoiceIssued(
            operator, 0, 10e18, 1, 1, 1, 17e6 + 4e6, 6e6 + 4e6, DOCUMENT_DIGEST, IProjectRegistry.CidCodec.Raw, outsider
        );
        vm.prank(outsider);
        _issue(0);
        IBilling.PeriodBilling memory period = billing.periodBillingOf(operator, 0);
        assertTrue(period.invoiced);
        assertEq(period.fibreCustomers, 1);
        assertEq(period.wifiCustomers, 1);
        (uint256 deployment, uint256 maintenance) = billing.contributionsOf(operator, 0);
        assertEq(deployment, 21e6);
        assertEq(maintenance, 10e6);
    }

    function test_issueInvoice_countsAtPeriodEnd_notAtIssue() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _nextPeriod();
        _register(bob, IBilling.CustomerKind.Fibre);
        vm.prank(operator);
        billing.removeCustomer(alice);
        _nextPeriod();
        _nextPeriod();
        _register(alice, IBilling.CustomerKind.WiFi);
        _issue(0);
        _issue(2);
        assertEq(billing.periodBillingOf(operator, 0).fibreCustomers, 1);
        assertEq(billing.periodBillingOf(operator, 2).fibreCustomers, 1);
        assertEq(billing.periodBillingOf(operator, 2).wifiCustomers, 0);
        (uint256 fibre, uint256 wifi) = billing.customerCountsAt(operator, 3);
        assertEq(fibre, 1);
        assertEq(wifi, 1);
    }

    function test_issueInvoice_periodWithoutAnything_statesZeros() public {
        _nextPeriod();
        _issue(0);
        IBilling.PeriodBilling memory period = billing.periodBillingOf(operator, 0);
        assertTrue(period.invoiced);
        assertEq(period.ibtReceived, 0);
        assertEq(period.fibreCustomers, 0);
    }

    function test_issueInvoice_runningPeriod_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingPeriodNotEnded.selector, 0, 0));
        _issue(0);
    }

    function test_issueInvoice_futurePeriod_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingPeriodNotEnded.selector, 5, 0));
        _issue(5);
    }

    function test_issueInvoice_twice_reverts() public {
        _nextPeriod();
        _issue(0);
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingAlreadyInvoiced.selector, operator, 0));
        _issue(0);
    }

    function test_issueInvoice_unknownOperator_reverts() public {
        _nextPeriod();
        vm.expectRevert(abi.encodeWithSelector(IBilling.BillingNoTariff.selector, outsider));
        billing.issueInvoice(outsider, 0, DOCUMENT_DIGEST, IProjectRegistry.CidCodec.Raw);
    }

    function test_issueInvoice_emptyDocument_reverts() public {
        _nextPeriod();
        vm.expectRevert(IBilling.BillingEmptyDocument.selector);
        billing.issueInvoice(operator, 0, bytes32(0), IProjectRegistry.CidCodec.Raw);
    }

    function test_issueInvoice_afterPeriodPaymentsOfNextPeriod_areNotCounted() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 3e18);
        _pay(alice, 1e18);
        _nextPeriod();
        _pay(alice, 2e18);
        _issue(0);
        assertEq(billing.periodBillingOf(operator, 0).ibtReceived, 1e18);
        assertEq(billing.periodBillingOf(operator, 1).ibtReceived, 2e18);
    }

    function test_issueInvoice_lateAfterRingSlotReused_keepsArchivedTotals() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 10e18);
        _pay(alice, 1e18);
        _nextPeriod();
        _nextPeriod();
        _pay(alice, 2e18);
        _nextPeriod();
        _nextPeriod();
        _pay(alice, 3e18);
        assertEq(billing.periodBillingOf(operator, 0).ibtReceived, 1e18);
        assertEq(billing.periodBillingOf(operator, 2).ibtReceived, 2e18);
        assertEq(billing.periodBillingOf(operator, 4).ibtReceived, 3e18);
        _issue(2);
        _issue(0);
        assertEq(billing.periodBillingOf(operator, 0).ibtReceived, 1e18);
        assertEq(billing.periodBillingOf(operator, 2).payments, 1);
    }

    function test_pay_afterInvoicedRingSlot_startsFreshTotals() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _fundIbt(alice, 10e18);
        _pay(alice, 1e18);
        _nextPeriod();
        _issue(0);
        _nextPeriod();
        _pay(alice, 2e18);
        assertEq(billing.periodBillingOf(operator, 0).ibtReceived, 1e18);
        assertEq(billing.periodBillingOf(operator, 2).ibtReceived, 2e18);
        assertEq(billing.periodBillingOf(operator, 2).payments, 1);
    }

    /*//////////////////////////////////////////////////////////////
                                GETTERS
    //////////////////////////////////////////////////////////////*/

    function test_customerCountsAt_farFuturePeriod_isNow() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        (uint256 fibre,) = billing.customerCountsAt(operator, type(uint256).max);
        assertEq(fibre, 1);
    }

    function test_contributionsOf_beforeInvoice_usesCountsAtPeriodEnd() public {
        _register(alice, IBilling.CustomerKind.Fibre);
        _register(bob, IBilling.CustomerKind.Fibre);
        (uint256 deployment, uint256 maintenance) = billing.contributionsOf(operator, 0);
        assertEq(deployment, 34e6);
        assertEq(maintenance, 12e6);
    }
}
