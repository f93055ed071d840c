// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBilling} from "../src/interfaces/IBilling.sol";
import {BillingFixture} from "./utils/BillingFixture.sol";

/// @notice Gas of billing's actions as a transaction pays them (see GasTest). Ceilings (issue 12): pay ≤ 70k,
/// issue invoice ≤ 90k; register customer is reported. Typical state: the operator already has customers and
/// holds IBT, the period has had payments; the first-of-its-kind cases are reported beside it.
contract OperationsGasBillingTest is BillingFixture {
    uint256 internal constant PAY_CEILING = 70_000;
    uint256 internal constant ISSUE_CEILING = 90_000;

    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public override {
        super.setUp();
        _register(alice, IBilling.CustomerKind.Fibre);
        _register(bob, IBilling.CustomerKind.WiFi);
        _fundIbt(alice, 100e18);
        _fundIbt(bob, 100e18);
        _pay(alice, FIBRE_TARIFF);
    }

    /// The period already has a payment and the operator holds IBT: every slot written is warm-or-nonzero.
    function test_gas_pay() public {
        _pay(bob, WIFI_TARIFF);
        uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("pay (period already paid into)", gasUsed);
        assertLe(gasUsed, PAY_CEILING);
    }

    /// The operator's first payment of a period reuses the ring slot of two periods ago, already invoiced.
    function test_gas_pay_firstOfPeriod() public {
        _nextPeriod();
        _pay(bob, WIFI_TARIFF);
        _issue(0);
        _nextPeriod();
        _pay(bob, WIFI_TARIFF);
        uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("pay (first of the period)", gasUsed);
        assertLe(gasUsed, PAY_CEILING);
    }

    /// As above, but nobody issued the invoice of two periods ago: its totals are archived (a fresh store).
    function test_gas_pay_firstOfPeriod_archivesUninvoiced() public {
        _nextPeriod();
        _nextPeriod();
        _pay(bob, WIFI_TARIFF);
        emit log_named_uint("pay (first of the period, archives an uninvoiced one)", vm.lastCallGas().gasTotalUsed);
    }

    /// The operator's very first period in its second ring slot: the slot is fresh.
    function test_gas_pay_firstOfPeriod_freshSlot() public {
        _nextPeriod();
        _pay(bob, WIFI_TARIFF);
        emit log_named_uint("pay (first of the period, fresh ring slot)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_issueInvoice() public {
        _nextPeriod();
        _issue(0);
        uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("issue invoice", gasUsed);
        assertLe(gasUsed, ISSUE_CEILING);
    }

    /// A period without payments: issuing creates its slot.
    function test_gas_issueInvoice_periodWithoutPayments() public {
        _nextPeriod();
        _nextPeriod();
        _issue(1);
        uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("issue invoice (no payments)", gasUsed);
        assertLe(gasUsed, ISSUE_CEILING);
    }

    /// The period already has a counts checkpoint: the customer's slot is the one fresh store.
    function test_gas_registerCustomer() public {
        _register(carol, IBilling.CustomerKind.Fibre);
        emit log_named_uint("register customer", vm.lastCallGas().gasTotalUsed);
    }

    /// The first change of a period pushes a counts checkpoint too.
    function test_gas_registerCustomer_firstOfPeriod() public {
        _nextPeriod();
        _register(carol, IBilling.CustomerKind.Fibre);
        emit log_named_uint("register customer (first change of the period)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_removeCustomer() public {
        vm.prank(operator);
        billing.removeCustomer(bob);
        emit log_named_uint("remove customer", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_setTariff() public {
        vm.prank(operator);
        billing.setTariff(ibt, 11e18, 5e18);
        emit log_named_uint("set tariff", vm.lastCallGas().gasTotalUsed);
    }
}
