// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeRegistry} from "../interfaces/INodeRegistry.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";

/// @title NodeRegistry
/// @notice The network's nodes. See {INodeRegistry}.
contract NodeRegistry is INodeRegistry {
    /// @notice The largest page `getNodes` returns.
    uint256 public constant MAX_PAGE = 100;

    int256 private constant MAX_LATITUDE = 90_000_000;
    int256 private constant MAX_LONGITUDE = 180_000_000;

    IParticipantRegistry private immutable _participants;
    bytes32 private immutable _operatorRole;

    uint256 private _nodeCount;
    mapping(uint256 nodeId => Node) private _nodes;

    /// @param participants The registry whose Operator role may register nodes.
    constructor(IParticipantRegistry participants) {
        _participants = participants;
        _operatorRole = participants.OPERATOR_ROLE();
    }

    /// @inheritdoc INodeRegistry
    function registerNode(NodeInput calldata input) external returns (uint256 nodeId) {
        if (!_participants.hasRole(_operatorRole, msg.sender)) revert NodeNotOperator(msg.sender);
        nodeId = ++_nodeCount;
        Node storage node = _nodes[nodeId];
        node.owner = msg.sender;
        _write(node, input);
        emit NodeRegistered(nodeId, msg.sender, node);
    }

    /// @inheritdoc INodeRegistry
    function updateNode(uint256 nodeId, NodeInput calldata input) external {
        Node storage node = _owned(nodeId);
        _write(node, input);
        emit NodeUpdated(nodeId, msg.sender, node);
    }

    /// @inheritdoc INodeRegistry
    function setNodeStatus(uint256 nodeId, NodeStatus status) external {
        Node storage node = _owned(nodeId);
        node.status = status;
        emit NodeUpdated(nodeId, msg.sender, node);
    }

    /// @inheritdoc INodeRegistry
    function removeNode(uint256 nodeId) external {
        _owned(nodeId);
        delete _nodes[nodeId];
        emit NodeRemoved(nodeId, msg.sender);
    }

    /// @inheritdoc INodeRegistry
    function nodeCount() external view returns (uint256) {
        return _nodeCount;
    }

    /// @inheritdoc INodeRegistry
    function getNode(uint256 nodeId) external view returns (Node memory node) {
        node = _nodes[nodeId];
        if (node.owner == address(0)) revert NodeNotFound(nodeId);
    }

    /// @inheritdoc INodeRegistry
    function getNodes(uint256 firstId, uint256 limit) external view returns (Node[] memory nodes) {
        if (limit > MAX_PAGE) revert NodePageTooLarge(limit, MAX_PAGE);
        uint256 count = _nodeCount;
        uint256 left = firstId <= count ? count - firstId + 1 : 0;
        nodes = new Node[](left < limit ? left : limit);
        for (uint256 i; i < nodes.length; ++i) {
            nodes[i] = _nodes[firstId + i];
        }
    }

    function _owned(uint256 nodeId) private view returns (Node storage node) {
        node = _nodes[nodeId];
        address owner = node.owner;
        if (owner == address(0)) revert NodeNotFound(nodeId);
        if (owner != msg.sender) revert NodeNotOwner(nodeId, msg.sender);
    }

    function _write(Node storage node, NodeInput calldata input) private {
        int256 latitude = input.latitude;
        int256 longitude = input.longitude;
        if (
            latitude < -MAX_LATITUDE || latitude > MAX_LATITUDE || longitude < -MAX_LONGITUDE
                || longitude > MAX_LONGITUDE
        ) {
            revert NodeBadLocation(latitude, longitude);
        }
        if (input.metadataDigest == bytes32(0)) revert NodeEmptyMetadata();
        node.kind = input.kind;
        node.status = input.status;
        node.metadataCodec = input.metadataCodec;
        node.latitude = input.latitude;
        node.longitude = input.longitude;
        node.metadataDigest = input.metadataDigest;
    }
}
