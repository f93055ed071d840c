// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBandwidthToken} from "./IBandwidthToken.sol";
import {ICompensationLedger} from "./ICompensationLedger.sol";
import {IProjectRegistry} from "./IProjectRegistry.sol";

/// @title IBilling
/// @notice Operators' income: an operator registers its customers (fibre or WiFi), sets a tariff in its own
/// bandwidth token (IBT) per period for each kind, and customers pay it in that token through this contract —
/// a direct `transferFrom` customer → operator, so every receipt is on chain and nothing is held here. A
/// payment belongs to the period running on the compensation table's clock. Once a period has ended, anyone
/// issues the operator's invoice for it: an event with the IBT received, the customers per kind at the
/// period's end and the contributions to the common pool resource (deployment + maintenance per customer),
/// plus the CID of the per-customer document the sdk builds from this contract's events.
/// @dev The invoice's document CID is supplied by the caller and not checked on chain: anyone can rebuild the
/// document from the events (sdk `buildInvoiceDocument`) and compare its CID with the one in `InvoiceIssued`.
interface IBilling {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice What connection a customer has. `None` marks an account that is not a customer.
    enum CustomerKind {
        None,
        Fibre,
        WiFi
    }

    /// @notice An operator's tariff: the token its customers pay in and the IBT due per period for each kind.
    struct Tariff {
        IBandwidthToken token;
        uint96 fibre;
        uint96 wifi;
    }

    /// @notice An operator's billing in one period, in one slot.
    struct PeriodBilling {
        /// IBT received from customers in the period (all of the operator's tokens, 1 IBT = 1 TB).
        uint128 ibtReceived;
        /// Number of payments received in the period.
        uint32 payments;
        /// Customers registered at the period's end, fixed when the invoice is issued.
        uint32 fibreCustomers;
        uint32 wifiCustomers;
        /// Whether the invoice was issued.
        bool invoiced;
    }

    /// @notice The CPR contribution per customer and period, in settlement-token units (6 decimals).
    struct Contributions {
        uint64 fibreDeployment;
        uint64 fibreMaintenance;
        uint64 wifiDeployment;
        uint64 wifiMaintenance;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The caller does not hold the participant registry's Operator role.
    error BillingNotOperator(address account);

    /// @notice `operator` has never set a tariff, so it bills nobody.
    error BillingNoTariff(address operator);

    /// @notice `token` was not created by the bandwidth token factory for `operator`.
    error BillingWrongToken(address operator, address token);

    /// @notice A tariff above `max` IBT units per period.
    error BillingTariffTooHigh(uint256 tariff, uint256 max);

    /// @notice A CPR contribution parameter above `max` settlement units.
    error BillingContributionTooHigh(uint256 contribution, uint256 max);

    /// @notice The customer account is the zero address or the operator itself.
    error BillingInvalidCustomer(address customer);

    /// @notice The customer kind is `None`.
    error BillingInvalidKind();

    /// @notice `customer` is already a customer of `operator`.
    error BillingAlreadyCustomer(address operator, address customer);

    /// @notice `account` is not a customer of `operator`.
    error BillingNotCustomer(address operator, address account);

    /// @notice A payment of zero or of more than `max` IBT units.
    error BillingInvalidAmount(uint256 amount, uint256 max);

    /// @notice `operator` owes the compensation table a settled period's debt: it receives no payment until it
    /// settles.
    error BillingOperatorInDebt(address operator);

    /// @notice Before the clock's genesis no period runs.
    error BillingBeforeGenesis(uint256 genesis);

    /// @notice `period` has not ended yet (the period running now is `current`).
    error BillingPeriodNotEnded(uint256 period, uint256 current);

    /// @notice The invoice of `operator` for `period` was issued already.
    error BillingAlreadyInvoiced(address operator, uint256 period);

    /// @notice The invoice document's digest is zero.
    error BillingEmptyDocument();

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice `operator` set its tariff in `period` (it applies from now on): `fibre` and `wifi` IBT units per
    /// period, paid in `token`.
    event TariffSet(
        address indexed operator, IBandwidthToken indexed token, uint256 fibre, uint256 wifi, uint256 period
    );

    /// @notice `operator` registered `customer` of `kind` in `period`.
    event CustomerRegistered(address indexed operator, address indexed customer, CustomerKind kind, uint256 period);

    /// @notice `operator` removed `customer` (who was of `kind`) in `period`.
    event CustomerRemoved(address indexed operator, address indexed customer, CustomerKind kind, uint256 period);

    /// @notice `customer` paid `operator` `amount` of `token` in `period`.
    event CustomerPaid(
        address indexed operator, address indexed customer, IBandwidthToken token, uint256 amount, uint256 period
    );

    /// @notice `operator`'s invoice for `period`: IBT received, customers per kind at the period's end, the CPR
    /// contributions they state (settlement units) and the per-customer document's CID (sha2-256 digest and
    /// codec of a CIDv1), supplied by `issuer`.
    event InvoiceIssued(
        address indexed operator,
        uint256 indexed period,
        uint256 ibtReceived,
        uint256 payments,
        uint256 fibreCustomers,
        uint256 wifiCustomers,
        uint256 deploymentContribution,
        uint256 maintenanceContribution,
        bytes32 documentDigest,
        IProjectRegistry.CidCodec documentCodec,
        address issuer
    );

    /*//////////////////////////////////////////////////////////////
                                OPERATORS
    //////////////////////////////////////////////////////////////*/

    /// @notice Sets the caller's tariff from now on: customers pay in `token` (one of the caller's bandwidth
    /// tokens), `fibre` and `wifi` IBT units per period. Operators only.
    /// @dev Reverts with `BillingNotOperator`, `BillingWrongToken` or `BillingTariffTooHigh`.
    function setTariff(IBandwidthToken token, uint96 fibre, uint96 wifi) external;

    /// @notice Registers `customer` as the caller's customer of `kind`, counted from now on. Operators with a
    /// tariff only.
    /// @dev Reverts with `BillingNotOperator`, `BillingNoTariff`, `BillingInvalidCustomer`, `BillingInvalidKind`,
    /// `BillingAlreadyCustomer` or `BillingBeforeGenesis`.
    function registerCustomer(address customer, CustomerKind kind) external;

    /// @notice Removes `customer` from the caller's customers from now on. Operators only.
    /// @dev Reverts with `BillingNotOperator`, `BillingNotCustomer` or `BillingBeforeGenesis`.
    function removeCustomer(address customer) external;

    /*//////////////////////////////////////////////////////////////
                                CUSTOMERS
    //////////////////////////////////////////////////////////////*/

    /// @notice Pays `operator` `amount` of its tariff token from the caller (which must have approved this
    /// contract), recorded in the period running. Any amount up to `MAX_AMOUNT`; several payments a period add up.
    /// @dev Reverts with `BillingNotCustomer`, `BillingInvalidAmount`, `BillingOperatorInDebt`,
    /// `BillingBeforeGenesis` or the token's ERC-20 errors.
    function pay(address operator, uint256 amount) external;

    /*//////////////////////////////////////////////////////////////
                                INVOICES
    //////////////////////////////////////////////////////////////*/

    /// @notice Issues `operator`'s invoice for `period`, which must have ended; anyone may. `documentDigest` and
    /// `documentCodec` name the per-customer document (its CIDv1) that the caller built from the events.
    /// @dev Reverts with `BillingNoTariff`, `BillingPeriodNotEnded`, `BillingAlreadyInvoiced`,
    /// `BillingEmptyDocument` or `BillingBeforeGenesis`.
    function issueInvoice(
        address operator,
        uint256 period,
        bytes32 documentDigest,
        IProjectRegistry.CidCodec documentCodec
    ) external;

    /*//////////////////////////////////////////////////////////////
                                 GETTERS
    //////////////////////////////////////////////////////////////*/

    /// @notice The compensation table whose clock and debts billing follows.
    function ledger() external view returns (ICompensationLedger);

    /// @notice The CPR contribution per customer and period (fixed at deployment).
    function contributions() external view returns (Contributions memory);

    /// @notice `operator`'s tariff (a zero token if it never set one).
    function tariffOf(address operator) external view returns (Tariff memory);

    /// @notice What `account` is to `operator` (`None` if not a customer).
    function customerKindOf(address operator, address account) external view returns (CustomerKind);

    /// @notice How many customers of each kind `operator` has now.
    function customerCountsOf(address operator) external view returns (uint256 fibre, uint256 wifi);

    /// @notice How many customers of each kind `operator` had at the end of `period` (now, if it runs).
    function customerCountsAt(address operator, uint256 period) external view returns (uint256 fibre, uint256 wifi);

    /// @notice `operator`'s billing in `period`: IBT received and payments so far, and once invoiced the
    /// customers per kind stated.
    function periodBillingOf(address operator, uint256 period) external view returns (PeriodBilling memory);

    /// @notice The CPR contributions `operator` states for `period` (settlement units): deployment and
    /// maintenance for its customers at the period's end. What the compensation page compares with the
    /// operator's validated expenses.
    function contributionsOf(address operator, uint256 period)
        external
        view
        returns (uint256 deployment, uint256 maintenance);

    /// @notice The period running now on the ledger's clock; reverts with `BillingBeforeGenesis` before it.
    function currentPeriod() external view returns (uint256);
}
