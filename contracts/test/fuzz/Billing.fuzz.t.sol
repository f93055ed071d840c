// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBilling} from "../../src/interfaces/IBilling.sol";
import {BillingFixture} from "../utils/BillingFixture.sol";

contract BillingFuzzTest is BillingFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function setUp() public override {
        super.setUp();
        _register(alice, IBilling.CustomerKind.Fibre);
        _register(bob, IBilling.CustomerKind.WiFi);
    }

    /// Any sequence of payments spread over periods: each period's total is what moved in it, and the operator
    /// received exactly the sum.
    function testFuzz_pay_anyAmountsAndPeriods_totalsMatchTransfers(uint96[8] calldata amounts, uint8 gaps) public {
        uint256 maxAmount = billing.MAX_AMOUNT();
        uint256[4] memory expected;
        uint256 total;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 amount = bound(amounts[i], 1, maxAmount / 8);
            if ((gaps >> i) & 1 == 1 && billing.currentPeriod() < 3) _nextPeriod();
            address payer = i % 2 == 0 ? alice : bob;
            _fundIbt(payer, amount);
            _pay(payer, amount);
            expected[billing.currentPeriod()] += amount;
            total += amount;
        }
        for (uint256 period; period < 4; ++period) {
            assertEq(billing.periodBillingOf(operator, period).ibtReceived, expected[period]);
        }
        assertEq(ibt.balanceOf(operator), total);
        assertEq(ibt.balanceOf(address(billing)), 0);
    }

    /// The stated contributions are the per-customer parameters times the customers at the period's end.
    function testFuzz_issueInvoice_anyCustomerCounts_statesContributions(uint8 fibre, uint8 wifi) public {
        for (uint256 i; i < fibre; ++i) {
            _register(address(uint160(0x10000 + i)), IBilling.CustomerKind.Fibre);
        }
        for (uint256 i; i < wifi; ++i) {
            _register(address(uint160(0x20000 + i)), IBilling.CustomerKind.WiFi);
        }
        _nextPeriod();
        _issue(0);
        IBilling.PeriodBilling memory period = billing.periodBillingOf(operator, 0);
        assertEq(period.fibreCustomers, uint256(fibre) + 1);
        assertEq(period.wifiCustomers, uint256(wifi) + 1);
        (uint256 deployment, uint256 maintenance) = billing.contributionsOf(operator, 0);
        assertEq(deployment, (uint256(fibre) + 1) * 17e6 + (uint256(wifi) + 1) * 4e6);
        assertEq(maintenance, (uint256(fibre) + 1) * 6e6 + (uint256(wifi) + 1) * 4e6);
    }
}
