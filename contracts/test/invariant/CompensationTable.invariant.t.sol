// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {OperationsFixture} from "../utils/OperationsFixture.sol";
import {CompensationTableHandler} from "./CompensationTableHandler.sol";

/// @notice Properties of the compensation table while periods run, close, and get recorded, settled and claimed.
/// The handler only makes valid calls, so any revert fails the run.
/// forge-config: default.invariant.fail-on-revert = true
contract CompensationTableInvariantTest is OperationsFixture {
    uint256 internal constant OPERATORS = 3;
    CompensationTableHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory accounts = new address[](OPERATORS + 3);
        for (uint256 i; i < OPERATORS; ++i) {
            accounts[i] = makeAddr(string.concat("operator", vm.toString(i)));
            _makeOperator(accounts[i]);
        }
        accounts[OPERATORS] = makeAddr("investor");
        accounts[OPERATORS + 1] = makeAddr("administration");
        accounts[OPERATORS + 2] = platformAccount;
        handler =
            new CompensationTableHandler(table, consumption, euro, expenseLedger, court, feeder, accounts, OPERATORS);
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = handler.recordConsumption.selector;
        selectors[1] = handler.validateConsumption.selector;
        selectors[2] = handler.creditExpense.selector;
        selectors[3] = handler.openDispute.selector;
        selectors[4] = handler.resolveDispute.selector;
        selectors[5] = handler.recordAgain.selector;
        selectors[6] = handler.close.selector;
        selectors[7] = handler.recordPositions.selector;
        selectors[8] = handler.recordPositionsOf.selector;
        selectors[9] = handler.settle.selector;
        selectors[10] = handler.claim.selector;
        selectors[11] = handler.warp.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Σ claimed ≤ Σ settled in every period, and the table's own count of what was paid in agrees.
    function invariant_claimedNeverExceedsSettled() public view {
        for (uint256 p; p < table.nextPeriodToClose(); ++p) {
            assertLe(handler.claimedIn(p), handler.settledIn(p));
            assertEq(table.periodTotals(p).settled, handler.settledIn(p));
        }
    }

    /// The nets of a closed period sum to zero, or just below it: each consumption share rounds up by less than
    /// one unit, so rounding never favours creditors.
    function invariant_netsSumToZeroRoundedAgainstClaimants() public view {
        for (uint256 p; p < table.nextPeriodToClose(); ++p) {
            int256 sum;
            for (uint256 i; i < handler.accountCount(); ++i) {
                sum += table.netPositionOf(handler.accountAt(i), p);
            }
            assertLe(sum, 0);
            assertGt(sum, -int256(OPERATORS));
        }
    }

    function invariant_balanceCoversSettledMinusClaimed() public view {
        assertGe(euro.balanceOf(address(table)), handler.totalSettled() - handler.totalClaimed());
    }

    /// Nothing that happens after close (rulings, records made again, settlements) moves a closed position.
    function invariant_positionNeverChangesAfterClose() public view {
        for (uint256 p; p < table.nextPeriodToClose(); ++p) {
            for (uint256 i; i < handler.accountCount(); ++i) {
                address account = handler.accountAt(i);
                assertEq(table.netPositionOf(account, p), handler.netAtClose(account, p));
                uint256 recorded = table.positionOf(account, p).amount;
                if (recorded != 0) {
                    int256 net = handler.netAtClose(account, p);
                    assertEq(recorded, uint256(net < 0 ? -net : net));
                }
            }
        }
    }

    function afterInvariant() external {
        handler.logCalls();
    }
}
