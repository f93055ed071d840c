// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../interfaces/IBandwidthToken.sol";
import {IBandwidthTokenFactory} from "../interfaces/IBandwidthTokenFactory.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {BandwidthToken} from "./BandwidthToken.sol";

/// @title BandwidthTokenFactory
/// @notice Creates operators' bandwidth tokens. See {IBandwidthTokenFactory}.
contract BandwidthTokenFactory is IBandwidthTokenFactory {
    /// @notice The largest page `getTokensOf` returns.
    uint256 public constant MAX_PAGE = 100;

    uint256 private constant MAX_NAME_LENGTH = 64;
    uint256 private constant MAX_SYMBOL_LENGTH = 16;
    uint256 private constant MAX_DELIVERY_PERIOD = 5 * 365 days;

    IParticipantRegistry private immutable _participants;
    bytes32 private immutable _operatorRole;

    mapping(address token => bool) private _created;
    mapping(address operator => IBandwidthToken[]) private _tokensOf;

    /// @param participants The registry whose Operator role may create tokens.
    constructor(IParticipantRegistry participants) {
        _participants = participants;
        _operatorRole = participants.OPERATOR_ROLE();
    }

    /// @inheritdoc IBandwidthTokenFactory
    function createToken(string calldata name, string calldata symbol, uint256 deliveryStart, uint256 deliveryEnd)
        external
        returns (IBandwidthToken token)
    {
        if (!_participants.hasRole(_operatorRole, msg.sender)) revert FactoryNotOperator(msg.sender);
        _checkName(bytes(name).length, MAX_NAME_LENGTH);
        _checkName(bytes(symbol).length, MAX_SYMBOL_LENGTH);
        if (
            deliveryEnd <= deliveryStart || deliveryEnd <= block.timestamp
                || deliveryEnd - deliveryStart > MAX_DELIVERY_PERIOD
        ) {
            revert FactoryBadDeliveryPeriod(deliveryStart, deliveryEnd);
        }
        token = new BandwidthToken(name, symbol, msg.sender, deliveryStart, deliveryEnd);
        _created[address(token)] = true;
        _tokensOf[msg.sender].push(token);
        emit BandwidthTokenCreated(msg.sender, token, name, symbol, deliveryStart, deliveryEnd);
    }

    /// @inheritdoc IBandwidthTokenFactory
    function isBandwidthToken(address token) external view returns (bool) {
        return _created[token];
    }

    /// @inheritdoc IBandwidthTokenFactory
    function getTokensOf(address operator, uint256 start, uint256 limit)
        external
        view
        returns (IBandwidthToken[] memory tokens, uint256 total)
    {
        if (limit > MAX_PAGE) revert FactoryPageTooLarge(limit, MAX_PAGE);
        IBandwidthToken[] storage all = _tokensOf[operator];
        total = all.length;
        uint256 left = start < total ? total - start : 0;
        tokens = new IBandwidthToken[](left < limit ? left : limit);
        for (uint256 i; i < tokens.length; ++i) {
            tokens[i] = all[start + i];
        }
    }

    function _checkName(uint256 length, uint256 maxLength) private pure {
        if (length == 0 || length > maxLength) revert FactoryBadName(maxLength);
    }
}
