// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";

/// @title ParticipantRegistry
/// @notice The Scipio network's participants by role. See {IParticipantRegistry}.
contract ParticipantRegistry is IParticipantRegistry, AccessControlEnumerable {
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant INVESTOR_ROLE = keccak256("INVESTOR_ROLE");
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant VALIDATOR_ROLE = keccak256("VALIDATOR_ROLE");
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant PUBLIC_ADMINISTRATION_ROLE = keccak256("PUBLIC_ADMINISTRATION_ROLE");
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant PLATFORM_ROLE = keccak256("PLATFORM_ROLE");
    /// @inheritdoc IParticipantRegistry
    bytes32 public constant FEEDER_ROLE = keccak256("FEEDER_ROLE");

    /// @notice The largest page `getParticipants` returns.
    uint256 public constant MAX_PAGE = 100;

    /// @param admin Governance: onboards and offboards participants (the default admin role).
    constructor(address admin) {
        if (admin == address(0)) revert ParticipantZeroAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IParticipantRegistry
    function joinAsInvestor() external {
        _grantRole(INVESTOR_ROLE, msg.sender);
    }

    /// @inheritdoc IParticipantRegistry
    function rolesOf(address account) external view returns (uint256 mask) {
        bytes32[6] memory roles = _roles();
        uint256 bit = 1;
        for (uint256 i; i < roles.length; ++i) {
            if (hasRole(roles[i], account)) mask |= bit;
            bit <<= 1;
        }
    }

    /// @inheritdoc IParticipantRegistry
    function getParticipants(bytes32 role, uint256 start, uint256 limit)
        external
        view
        returns (address[] memory accounts, uint256 total)
    {
        if (limit > MAX_PAGE) revert ParticipantPageTooLarge(limit, MAX_PAGE);
        total = getRoleMemberCount(role);
        uint256 left = start < total ? total - start : 0;
        accounts = new address[](left < limit ? left : limit);
        for (uint256 i; i < accounts.length; ++i) {
            accounts[i] = getRoleMember(role, start + i);
        }
    }

    /// @dev In the order of `rolesOf`'s bits.
    function _roles() private pure returns (bytes32[6] memory) {
        return [OPERATOR_ROLE, INVESTOR_ROLE, VALIDATOR_ROLE, PUBLIC_ADMINISTRATION_ROLE, PLATFORM_ROLE, FEEDER_ROLE];
    }
}
