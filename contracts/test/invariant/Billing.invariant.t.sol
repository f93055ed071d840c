// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBilling} from "../../src/interfaces/IBilling.sol";
import {BillingFixture} from "../utils/BillingFixture.sol";
import {BillingHandler} from "./BillingHandler.sol";
import {console} from "forge-std/console.sol";

contract BillingInvariantTest is BillingFixture {
    BillingHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BillingHandler(billing, ibt, operator);
        vm.prank(operator);
        ibt.addMinter(address(handler));
        targetContract(address(handler));
    }

    /// Σ IBT moved to the operator in each period = Σ billing recorded for it, invoiced or not.
    function invariant_recordedPerPeriod_equalsIbtMoved() public view {
        uint256 recorded;
        for (uint256 period; period <= handler.maxPeriod(); ++period) {
            uint256 received = billing.periodBillingOf(operator, period).ibtReceived;
            assertEq(received, handler.ghostMovedIn(period));
            recorded += received;
        }
        assertEq(recorded, handler.ghostMoved());
        assertEq(ibt.balanceOf(operator), handler.ghostMoved());
        assertEq(ibt.balanceOf(address(billing)), 0);
    }

    /// The O(1) counters equal the customers registered and not removed.
    function invariant_counters_equalRegisteredCustomers() public view {
        (uint256 fibre, uint256 wifi) = billing.customerCountsOf(operator);
        assertEq(fibre, handler.ghostFibre());
        assertEq(wifi, handler.ghostWifi());
    }

    /// An invoice states the counts at its period's end, and contributions follow from them.
    function invariant_invoices_stateCountsAtPeriodEnd() public view {
        IBilling.Contributions memory perCustomer = billing.contributions();
        for (uint256 period; period <= handler.maxPeriod(); ++period) {
            IBilling.PeriodBilling memory billed = billing.periodBillingOf(operator, period);
            if (!billed.invoiced) continue;
            (uint256 fibre, uint256 wifi) = billing.customerCountsAt(operator, period);
            assertEq(billed.fibreCustomers, fibre);
            assertEq(billed.wifiCustomers, wifi);
            (uint256 deployment,) = billing.contributionsOf(operator, period);
            assertEq(deployment, fibre * perCustomer.fibreDeployment + wifi * perCustomer.wifiDeployment);
        }
    }

    function afterInvariant() external view {
        console.log("register", handler.registerCalls());
        console.log("remove", handler.removeCalls());
        console.log("pay", handler.payCalls());
        console.log("warp", handler.warpCalls());
        console.log("issue", handler.issueCalls());
    }
}
