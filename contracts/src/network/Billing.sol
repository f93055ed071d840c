// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../interfaces/IBandwidthToken.sol";
import {IBandwidthTokenFactory} from "../interfaces/IBandwidthTokenFactory.sol";
import {IBilling} from "../interfaces/IBilling.sol";
import {ICompensationLedger} from "../interfaces/ICompensationLedger.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IProjectRegistry} from "../interfaces/IProjectRegistry.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title Billing
/// @notice Operators' customers, tariffs, IBT payments and invoices. See {IBilling}.
contract Billing is IBilling {
    using Checkpoints for Checkpoints.Trace208;
    using SafeERC20 for IBandwidthToken;

    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice The largest tariff and the largest single payment: a billion IBT (18 decimals).
    uint256 public constant MAX_AMOUNT = 1e27;

    /// @notice The largest CPR contribution parameter: 1,000 settlement units (6 decimals) per customer.
    uint256 public constant MAX_CONTRIBUTION = 1000e6;

    /// Customer counts share one checkpoint value: fibre in the high bits, WiFi in the low 32.
    uint256 private constant COUNT_BITS = 32;
    uint256 private constant COUNT_MASK = type(uint32).max;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    IParticipantRegistry private immutable _participants;
    bytes32 private immutable _operatorRole;
    IBandwidthTokenFactory private immutable _factory;
    ICompensationLedger private immutable _ledger;
    /// The clock never changes after deployment, so billing keeps its own copy and saves a call per action.
    uint256 private immutable _genesis;
    uint256 private immutable _periodLength;
    uint64 private immutable _fibreDeployment;
    uint64 private immutable _fibreMaintenance;
    uint64 private immutable _wifiDeployment;
    uint64 private immutable _wifiMaintenance;

    mapping(address operator => Tariff) private _tariffs;
    mapping(address operator => mapping(address account => CustomerKind)) private _customers;
    /// Per operator, the customer counts after each period in which they changed (key: the period).
    mapping(address operator => Checkpoints.Trace208) private _counts;
    /// Per operator, the totals of the two latest periods with payments, in slots reused every other period (a
    /// fresh slot per period would cost a payment 17,100 gas more). A period's totals move to `_periods` when it
    /// is invoiced, or when its ring slot is needed again before that.
    mapping(address operator => RunningTotals[2]) private _running;
    /// Invoiced periods, and periods whose ring slot was reused before their invoice.
    mapping(address operator => mapping(uint256 period => PeriodBilling)) private _periods;

    struct RunningTotals {
        uint48 period;
        uint128 ibtReceived;
        uint32 payments;
    }

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param participants The registry whose Operator role may register customers and set tariffs.
    /// @param factory Where operators' bandwidth tokens come from: the only tokens a tariff accepts.
    /// @param compensationLedger The compensation table: its clock dates payments, its debts block receipts.
    /// @param perCustomer The CPR contribution per customer and period (each ≤ `MAX_CONTRIBUTION`).
    constructor(
        IParticipantRegistry participants,
        IBandwidthTokenFactory factory,
        ICompensationLedger compensationLedger,
        Contributions memory perCustomer
    ) {
        _checkContribution(perCustomer.fibreDeployment);
        _checkContribution(perCustomer.fibreMaintenance);
        _checkContribution(perCustomer.wifiDeployment);
        _checkContribution(perCustomer.wifiMaintenance);
        _participants = participants;
        _operatorRole = participants.OPERATOR_ROLE();
        _factory = factory;
        _ledger = compensationLedger;
        _genesis = compensationLedger.genesis();
        _periodLength = compensationLedger.periodLength();
        _fibreDeployment = perCustomer.fibreDeployment;
        _fibreMaintenance = perCustomer.fibreMaintenance;
        _wifiDeployment = perCustomer.wifiDeployment;
        _wifiMaintenance = perCustomer.wifiMaintenance;
    }

    /*//////////////////////////////////////////////////////////////
                               OPERATORS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBilling
    function setTariff(IBandwidthToken token, uint96 fibre, uint96 wifi) external {
        _checkOperator();
        if (!_factory.isBandwidthToken(address(token)) || token.operator() != msg.sender) {
            revert BillingWrongToken(msg.sender, address(token));
        }
        if (fibre > MAX_AMOUNT) revert BillingTariffTooHigh(fibre, MAX_AMOUNT);
        if (wifi > MAX_AMOUNT) revert BillingTariffTooHigh(wifi, MAX_AMOUNT);
        _tariffs[msg.sender] = Tariff({token: token, fibre: fibre, wifi: wifi});
        emit TariffSet(msg.sender, token, fibre, wifi, _currentPeriod());
    }

    /// @inheritdoc IBilling
    function registerCustomer(address customer, CustomerKind kind) external {
        _checkOperator();
        if (address(_tariffs[msg.sender].token) == address(0)) revert BillingNoTariff(msg.sender);
        if (customer == address(0) || customer == msg.sender) revert BillingInvalidCustomer(customer);
        if (kind == CustomerKind.None) revert BillingInvalidKind();
        mapping(address => CustomerKind) storage customers = _customers[msg.sender];
        if (customers[customer] != CustomerKind.None) revert BillingAlreadyCustomer(msg.sender, customer);
        customers[customer] = kind;
        uint256 period = _currentPeriod();
        _updateCounts(msg.sender, period, kind, true);
        emit CustomerRegistered(msg.sender, customer, kind, period);
    }

    /// @inheritdoc IBilling
    function removeCustomer(address customer) external {
        _checkOperator();
        mapping(address => CustomerKind) storage customers = _customers[msg.sender];
        CustomerKind kind = customers[customer];
        if (kind == CustomerKind.None) revert BillingNotCustomer(msg.sender, customer);
        delete customers[customer];
        uint256 period = _currentPeriod();
        _updateCounts(msg.sender, period, kind, false);
        emit CustomerRemoved(msg.sender, customer, kind, period);
    }

    /*//////////////////////////////////////////////////////////////
                               CUSTOMERS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBilling
    function pay(address operator, uint256 amount) external {
        if (_customers[operator][msg.sender] == CustomerKind.None) revert BillingNotCustomer(operator, msg.sender);
        if (amount == 0 || amount > MAX_AMOUNT) revert BillingInvalidAmount(amount, MAX_AMOUNT);
        if (_ledger.hasUnsettledDebt(operator)) revert BillingOperatorInDebt(operator);
        uint256 period = _currentPeriod();
        RunningTotals storage running = _running[operator][period % 2];
        if (running.period == period) {
            // Fits: a period would need 2^32 payments of MAX_AMOUNT (< 2^90) to overflow uint128.
            running.ibtReceived += uint128(amount);
            ++running.payments;
        } else {
            if (running.payments != 0) _archive(operator, running);
            _running[operator][period % 2] =
                RunningTotals({period: uint48(period), ibtReceived: uint128(amount), payments: 1});
        }
        IBandwidthToken token = _tariffs[operator].token;
        emit CustomerPaid(operator, msg.sender, token, amount, period);
        token.safeTransferFrom(msg.sender, operator, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                INVOICES
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBilling
    function issueInvoice(
        address operator,
        uint256 period,
        bytes32 documentDigest,
        IProjectRegistry.CidCodec documentCodec
    ) external {
        if (address(_tariffs[operator].token) == address(0)) revert BillingNoTariff(operator);
        uint256 current = _currentPeriod();
        if (period >= current) revert BillingPeriodNotEnded(period, current);
        if (documentDigest == bytes32(0)) revert BillingEmptyDocument();
        PeriodBilling memory billing = _billingOf(operator, period);
        if (billing.invoiced) revert BillingAlreadyInvoiced(operator, period);
        (uint256 fibre, uint256 wifi) = _countsAt(operator, period);
        billing.fibreCustomers = uint32(fibre);
        billing.wifiCustomers = uint32(wifi);
        billing.invoiced = true;
        _periods[operator][period] = billing;
        _emitInvoice(operator, period, billing, documentDigest, documentCodec);
    }

    /*//////////////////////////////////////////////////////////////
                                GETTERS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBilling
    function ledger() external view returns (ICompensationLedger) {
        return _ledger;
    }

    /// @inheritdoc IBilling
    function contributions() external view returns (Contributions memory) {
        return Contributions({
            fibreDeployment: _fibreDeployment,
            fibreMaintenance: _fibreMaintenance,
            wifiDeployment: _wifiDeployment,
            wifiMaintenance: _wifiMaintenance
        });
    }

    /// @inheritdoc IBilling
    function tariffOf(address operator) external view returns (Tariff memory) {
        return _tariffs[operator];
    }

    /// @inheritdoc IBilling
    function customerKindOf(address operator, address account) external view returns (CustomerKind) {
        return _customers[operator][account];
    }

    /// @inheritdoc IBilling
    function customerCountsOf(address operator) external view returns (uint256 fibre, uint256 wifi) {
        return _unpack(_counts[operator].latest());
    }

    /// @inheritdoc IBilling
    function customerCountsAt(address operator, uint256 period) external view returns (uint256 fibre, uint256 wifi) {
        return _countsAt(operator, period);
    }

    /// @inheritdoc IBilling
    function periodBillingOf(address operator, uint256 period) external view returns (PeriodBilling memory) {
        return _billingOf(operator, period);
    }

    /// @inheritdoc IBilling
    function contributionsOf(address operator, uint256 period)
        external
        view
        returns (uint256 deployment, uint256 maintenance)
    {
        (uint256 fibre, uint256 wifi) = _countsAt(operator, period);
        return _contributionsFor(fibre, wifi);
    }

    /// @inheritdoc IBilling
    function currentPeriod() external view returns (uint256) {
        return _currentPeriod();
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _checkOperator() private view {
        if (!_participants.hasRole(_operatorRole, msg.sender)) revert BillingNotOperator(msg.sender);
    }

    function _currentPeriod() private view returns (uint256) {
        if (block.timestamp < _genesis) revert BillingBeforeGenesis(_genesis);
        return (block.timestamp - _genesis) / _periodLength;
    }

    /// `period`'s totals, wherever they are: archived or invoiced in `_periods`, or still in the ring.
    function _billingOf(address operator, uint256 period) private view returns (PeriodBilling memory billing) {
        billing = _periods[operator][period];
        if (billing.invoiced) return billing;
        RunningTotals storage running = _running[operator][period % 2];
        if (running.period == period && running.payments != 0) {
            billing.ibtReceived = running.ibtReceived;
            billing.payments = running.payments;
        }
    }

    /// Keeps the totals of an older period whose ring slot a newer one needs, unless its invoice holds them.
    function _archive(address operator, RunningTotals storage running) private {
        PeriodBilling storage archived = _periods[operator][running.period];
        if (archived.invoiced) return;
        archived.ibtReceived = running.ibtReceived;
        archived.payments = running.payments;
    }

    /// Adds or removes one customer of `kind` in the checkpoint of `period`: one slot per period with changes,
    /// so reading a period's counts never visits customers.
    function _updateCounts(address operator, uint256 period, CustomerKind kind, bool added) private {
        Checkpoints.Trace208 storage counts = _counts[operator];
        (uint256 fibre, uint256 wifi) = _unpack(counts.latest());
        if (kind == CustomerKind.Fibre) fibre = added ? fibre + 1 : fibre - 1;
        else wifi = added ? wifi + 1 : wifi - 1;
        // A registration needs a transaction, so a count never reaches 2^32; periods fit uint48 for 10^14 years.
        counts.push(uint48(period), uint208((fibre << COUNT_BITS) | wifi));
    }

    /// The counts after `period`'s changes: the last checkpoint at or before it (a binary search over the
    /// periods with changes, a handful of reads; the latest ones are found first).
    function _countsAt(address operator, uint256 period) private view returns (uint256 fibre, uint256 wifi) {
        uint256 key = period < type(uint48).max ? period : type(uint48).max;
        return _unpack(_counts[operator].upperLookupRecent(uint48(key)));
    }

    /// Its own frame: the event's eleven fields do not fit beside `issueInvoice`'s locals on the stack.
    function _emitInvoice(
        address operator,
        uint256 period,
        PeriodBilling memory billing,
        bytes32 documentDigest,
        IProjectRegistry.CidCodec documentCodec
    ) private {
        uint256 fibre = billing.fibreCustomers;
        uint256 wifi = billing.wifiCustomers;
        (uint256 deployment, uint256 maintenance) = _contributionsFor(fibre, wifi);
        emit InvoiceIssued(
            operator,
            period,
            billing.ibtReceived,
            billing.payments,
            fibre,
            wifi,
            deployment,
            maintenance,
            documentDigest,
            documentCodec,
            msg.sender
        );
    }

    function _unpack(uint256 packed) private pure returns (uint256 fibre, uint256 wifi) {
        return (packed >> COUNT_BITS, packed & COUNT_MASK);
    }

    function _contributionsFor(uint256 fibre, uint256 wifi)
        private
        view
        returns (uint256 deployment, uint256 maintenance)
    {
        deployment = fibre * _fibreDeployment + wifi * _wifiDeployment;
        maintenance = fibre * _fibreMaintenance + wifi * _wifiMaintenance;
    }

    function _checkContribution(uint256 contribution) private pure {
        if (contribution > MAX_CONTRIBUTION) revert BillingContributionTooHigh(contribution, MAX_CONTRIBUTION);
    }
}
