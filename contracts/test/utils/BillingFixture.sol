// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {IBilling} from "../../src/interfaces/IBilling.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {Billing} from "../../src/network/Billing.sol";
import {OperationsFixture} from "./OperationsFixture.sol";

/// @notice The operating side (the real compensation table as billing's clock and ledger) plus billing, the
/// operator's IBT with a tariff of 10 IBT (fibre) and 4 IBT (WiFi), and helpers for customers.
abstract contract BillingFixture is OperationsFixture {
    uint96 internal constant FIBRE_TARIFF = 10e18;
    uint96 internal constant WIFI_TARIFF = 4e18;
    bytes32 internal constant DOCUMENT_DIGEST = keccak256("invoice document");

    Billing internal billing;
    IBandwidthToken internal ibt;

    function setUp() public virtual override {
        super.setUp();
        billing = new Billing(participants, factory, table, _seedContributions());
        ibt = _createIbt();
        vm.startPrank(operator);
        ibt.addMinter(address(this));
        billing.setTariff(ibt, FIBRE_TARIFF, WIFI_TARIFF);
        vm.stopPrank();
    }

    /// The seed's standard model: fibre 17 € + 6 €, WiFi 4 € + 4 € per customer and period (6 decimals).
    function _seedContributions() internal pure returns (IBilling.Contributions memory) {
        return IBilling.Contributions({
            fibreDeployment: 17e6, fibreMaintenance: 6e6, wifiDeployment: 4e6, wifiMaintenance: 4e6
        });
    }

    function _register(address customer, IBilling.CustomerKind kind) internal {
        vm.prank(operator);
        billing.registerCustomer(customer, kind);
    }

    /// Mints `amount` IBT to `customer` and lets billing pull all of it.
    function _fundIbt(address customer, uint256 amount) internal {
        ibt.mint(customer, amount);
        vm.prank(customer);
        ibt.approve(address(billing), type(uint256).max);
    }

    function _pay(address customer, uint256 amount) internal {
        vm.prank(customer);
        billing.pay(operator, amount);
    }

    function _nextPeriod() internal {
        vm.warp(block.timestamp + PERIOD);
    }

    function _issue(uint256 period) internal {
        billing.issueInvoice(operator, period, DOCUMENT_DIGEST, IProjectRegistry.CidCodec.Raw);
    }

    /// Period 0 closes with the operator as the only consumer and an investor's 1,000 € of expenses: once its
    /// position is recorded, the operator owes them and has not settled. Leaves the clock in period 1.
    function _makeOperatorDebtor() internal {
        _recordConsumption(operator, 0, 100);
        _credit(makeAddr("investor"), 0, 1000e6);
        _closeThrough(0);
        table.recordPositions(0, _single(operator));
        assertTrue(table.hasUnsettledDebt(operator));
    }
}
