// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProjectRegistry} from "./IProjectRegistry.sol";

/// @title INodeRegistry
/// @notice The network's nodes: who runs each, where it is, what kind it is and in what state, with a metadata
/// document on IPFS (name, device, links). Operators register nodes; only a node's owner edits or removes it.
/// Every change emits an event, from which the app draws its map and list.
interface INodeRegistry {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice What a node is in the network.
    enum NodeKind {
        Client,
        AccessPoint,
        Supernode,
        FibreCabinet,
        Datacenter
    }

    /// @notice Where a node is in its life.
    enum NodeStatus {
        Planned,
        Building,
        Testing,
        Working,
        Inactive
    }

    /// @notice A node as stored, in one slot and its metadata digest.
    struct Node {
        /// Zero once removed (or never registered).
        address owner;
        NodeKind kind;
        NodeStatus status;
        IProjectRegistry.CidCodec metadataCodec;
        /// Latitude and longitude in millionths of a degree (WGS 84).
        int32 latitude;
        int32 longitude;
        /// sha2-256 digest of the metadata document's CIDv1.
        bytes32 metadataDigest;
    }

    /// @notice What a registration or an edit sets.
    struct NodeInput {
        NodeKind kind;
        NodeStatus status;
        int32 latitude;
        int32 longitude;
        bytes32 metadataDigest;
        IProjectRegistry.CidCodec metadataCodec;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The caller does not hold the Operator role.
    error NodeNotOperator(address account);

    /// @notice There is no node with this id (or it was removed).
    error NodeNotFound(uint256 nodeId);

    /// @notice The caller does not own the node.
    error NodeNotOwner(uint256 nodeId, address account);

    /// @notice The latitude or longitude is outside the globe.
    error NodeBadLocation(int256 latitude, int256 longitude);

    /// @notice The metadata digest is zero.
    error NodeEmptyMetadata();

    /// @notice A page was asked for with a limit above `MAX_PAGE`.
    error NodePageTooLarge(uint256 limit, uint256 max);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice `owner` registered node `nodeId`.
    event NodeRegistered(uint256 indexed nodeId, address indexed owner, Node node);

    /// @notice The owner changed node `nodeId`.
    event NodeUpdated(uint256 indexed nodeId, address indexed owner, Node node);

    /// @notice The owner removed node `nodeId`.
    event NodeRemoved(uint256 indexed nodeId, address indexed owner);

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Registers a node owned by the caller. Operators only.
    /// @dev Reverts with `NodeNotOperator`, `NodeBadLocation` or `NodeEmptyMetadata`.
    function registerNode(NodeInput calldata input) external returns (uint256 nodeId);

    /// @notice Replaces what node `nodeId` says of itself. Its owner only.
    function updateNode(uint256 nodeId, NodeInput calldata input) external;

    /// @notice Changes only the status of node `nodeId`. Its owner only.
    function setNodeStatus(uint256 nodeId, NodeStatus status) external;

    /// @notice Removes node `nodeId`. Its owner only; the id is not reused.
    function removeNode(uint256 nodeId) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice How many node ids were handed out; ids run from 1.
    function nodeCount() external view returns (uint256);

    /// @notice Node `nodeId`; reverts with `NodeNotFound`.
    function getNode(uint256 nodeId) external view returns (Node memory);

    /// @notice Up to `limit` (at most `MAX_PAGE`) nodes from id `firstId` on: `nodes[i]` is node `firstId + i`.
    /// Removed ids (and id 0) come back with a zero owner, so that pages stay stable.
    function getNodes(uint256 firstId, uint256 limit) external view returns (Node[] memory nodes);
}
