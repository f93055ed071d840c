// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/IAccessControlEnumerable.sol";

/// @title IParticipantRegistry
/// @notice Who takes part in the Scipio network, by role: operators and public administrations are onboarded
/// by the platform admin after due diligence, validators and the consumption feeder are appointed by it, the
/// platform's own accounts hold the Platform role, and anyone may join as an investor. Expenses, consumption,
/// billing and the compensation table ask this registry who may act.
/// @dev Roles are OpenZeppelin AccessControl roles administered by the default admin (governance); every
/// change emits `RoleGranted` or `RoleRevoked`. An account may hold several roles.
interface IParticipantRegistry is IAccessControlEnumerable {
    /// @notice The admin given at deployment is the zero address.
    error ParticipantZeroAdmin();

    /// @notice A page of participants was asked for with a limit above `MAX_PAGE`.
    error ParticipantPageTooLarge(uint256 limit, uint256 max);

    /// @notice Operators: run part of the network, declare expenses, issue bandwidth tokens.
    function OPERATOR_ROLE() external view returns (bytes32);

    /// @notice Investors: contribute to the network without income from customers.
    function INVESTOR_ROLE() external view returns (bytes32);

    /// @notice Validators: review operators' expense evidence.
    function VALIDATOR_ROLE() external view returns (bytes32);

    /// @notice Public administrations: facilitators with a place in the compensation table.
    function PUBLIC_ADMINISTRATION_ROLE() external view returns (bytes32);

    /// @notice The Scipio platform's own accounts (they receive the platform fee).
    function PLATFORM_ROLE() external view returns (bytes32);

    /// @notice Consumption feeders (the municipal aggregator): record each operator's consumption per period.
    function FEEDER_ROLE() external view returns (bytes32);

    /// @notice Makes the caller an investor (no due diligence needed); does nothing if it already is.
    function joinAsInvestor() external;

    /// @notice The roles `account` holds, one bit each: 1 operator, 2 investor, 4 validator,
    /// 8 public administration, 16 platform, 32 feeder.
    function rolesOf(address account) external view returns (uint256 mask);

    /// @notice Up to `limit` (at most `MAX_PAGE`) holders of `role` from index `start`, in the enumerable
    /// set's order (which changes when a member is removed), and the role's member count.
    function getParticipants(bytes32 role, uint256 start, uint256 limit)
        external
        view
        returns (address[] memory accounts, uint256 total);
}
