// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {IBilling} from "../../src/interfaces/IBilling.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {Billing} from "../../src/network/Billing.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives billing with valid calls only: register and remove customers, pay, move time, issue invoices.
/// Ghosts: IBT moved per period, registered customers per kind, and how many calls of each action succeeded.
contract BillingHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant ACTORS = 6;
    uint256 internal constant PERIOD_LENGTH = 7 days;

    Billing internal immutable _billing;
    IBandwidthToken internal immutable _ibt;
    address internal immutable _operator;

    address[ACTORS] internal _actors;
    mapping(uint256 period => uint256) public ghostMovedIn;
    uint256 public ghostMoved;
    uint256 public ghostFibre;
    uint256 public ghostWifi;
    uint256 public maxPeriod;
    mapping(uint256 period => bool) public ghostInvoiced;

    uint256 public registerCalls;
    uint256 public removeCalls;
    uint256 public payCalls;
    uint256 public warpCalls;
    uint256 public issueCalls;

    constructor(Billing billing, IBandwidthToken ibt, address operator) {
        _billing = billing;
        _ibt = ibt;
        _operator = operator;
        for (uint256 i; i < ACTORS; ++i) {
            _actors[i] = makeAddr(string.concat("customer", vm.toString(i)));
            vm.prank(_actors[i]);
            ibt.approve(address(billing), type(uint256).max);
        }
    }

    function register(uint256 actorSeed, bool fibre) external {
        address customer = _actors[actorSeed % ACTORS];
        if (_billing.customerKindOf(_operator, customer) != IBilling.CustomerKind.None) return;
        vm.prank(_operator);
        _billing.registerCustomer(customer, fibre ? IBilling.CustomerKind.Fibre : IBilling.CustomerKind.WiFi);
        if (fibre) ++ghostFibre;
        else ++ghostWifi;
        ++registerCalls;
    }

    function remove(uint256 actorSeed) external {
        address customer = _actors[actorSeed % ACTORS];
        IBilling.CustomerKind kind = _billing.customerKindOf(_operator, customer);
        if (kind == IBilling.CustomerKind.None) return;
        vm.prank(_operator);
        _billing.removeCustomer(customer);
        if (kind == IBilling.CustomerKind.Fibre) --ghostFibre;
        else --ghostWifi;
        ++removeCalls;
    }

    function pay(uint256 actorSeed, uint256 amount) external {
        address customer = _actors[actorSeed % ACTORS];
        if (_billing.customerKindOf(_operator, customer) == IBilling.CustomerKind.None) return;
        amount = _bound(amount, 1, 1_000_000e18);
        _ibt.mint(customer, amount);
        uint256 before = _ibt.balanceOf(_operator);
        vm.prank(customer);
        _billing.pay(_operator, amount);
        uint256 moved = _ibt.balanceOf(_operator) - before;
        ghostMovedIn[_billing.currentPeriod()] += moved;
        ghostMoved += moved;
        ++payCalls;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1 hours, 3 * PERIOD_LENGTH));
        uint256 current = _billing.currentPeriod();
        if (current > maxPeriod) maxPeriod = current;
        ++warpCalls;
    }

    function issue(uint256 periodSeed) external {
        uint256 current = _billing.currentPeriod();
        if (current == 0) return;
        uint256 period = periodSeed % current;
        if (ghostInvoiced[period]) return;
        _billing.issueInvoice(_operator, period, keccak256(abi.encode(period)), IProjectRegistry.CidCodec.Raw);
        ghostInvoiced[period] = true;
        ++issueCalls;
    }
}
