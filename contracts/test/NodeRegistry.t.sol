// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeRegistry} from "../src/interfaces/INodeRegistry.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";

contract NodeRegistryTest is NetworkFixture {
    address internal stranger = makeAddr("stranger");
    bytes32 internal constant METADATA = keccak256("node metadata");

    /// A supernode on a hill near Vic, working.
    function _input() internal pure returns (INodeRegistry.NodeInput memory) {
        return INodeRegistry.NodeInput({
            kind: INodeRegistry.NodeKind.Supernode,
            status: INodeRegistry.NodeStatus.Working,
            latitude: 41_930_412,
            longitude: 2_254_690,
            metadataDigest: METADATA,
            metadataCodec: IProjectRegistry.CidCodec.Raw
        });
    }

    function _register() internal returns (uint256 nodeId) {
        vm.prank(operator);
        nodeId = nodes.registerNode(_input());
    }

    function test_registerNode_operator_storesItOwnedByTheCaller() public {
        INodeRegistry.NodeInput memory input = _input();
        INodeRegistry.Node memory expected = INodeRegistry.Node({
            owner: operator,
            kind: input.kind,
            status: input.status,
            metadataCodec: input.metadataCodec,
            latitude: input.latitude,
            longitude: input.longitude,
            metadataDigest: input.metadataDigest
        });
        vm.expectEmit(address(nodes));
        emit INodeRegistry.NodeRegistered(1, operator, expected);
        uint256 nodeId = _register();

        INodeRegistry.Node memory node = nodes.getNode(nodeId);
        assertEq(nodeId, 1);
        assertEq(nodes.nodeCount(), 1);
        assertEq(node.owner, operator);
        assertEq(uint8(node.kind), uint8(INodeRegistry.NodeKind.Supernode));
        assertEq(uint8(node.status), uint8(INodeRegistry.NodeStatus.Working));
        assertEq(node.latitude, 41_930_412);
        assertEq(node.longitude, 2_254_690);
        assertEq(node.metadataDigest, METADATA);
    }

    function test_registerNode_notOperator_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotOperator.selector, stranger));
        nodes.registerNode(_input());
    }

    function test_registerNode_latitudeOffTheGlobe_reverts() public {
        INodeRegistry.NodeInput memory input = _input();
        input.latitude = 90_000_001;
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeBadLocation.selector, 90_000_001, 2_254_690));
        nodes.registerNode(input);
    }

    function test_registerNode_emptyMetadata_reverts() public {
        INodeRegistry.NodeInput memory input = _input();
        input.metadataDigest = bytes32(0);
        vm.prank(operator);
        vm.expectRevert(INodeRegistry.NodeEmptyMetadata.selector);
        nodes.registerNode(input);
    }

    function test_updateNode_owner_replacesIt() public {
        uint256 nodeId = _register();
        INodeRegistry.NodeInput memory input = _input();
        input.kind = INodeRegistry.NodeKind.AccessPoint;
        input.latitude = -33_868_820;
        input.metadataCodec = IProjectRegistry.CidCodec.DagPb;
        vm.prank(operator);
        nodes.updateNode(nodeId, input);

        INodeRegistry.Node memory node = nodes.getNode(nodeId);
        assertEq(uint8(node.kind), uint8(INodeRegistry.NodeKind.AccessPoint));
        assertEq(node.latitude, -33_868_820);
        assertEq(uint8(node.metadataCodec), uint8(IProjectRegistry.CidCodec.DagPb));
        assertEq(node.owner, operator);
    }

    function test_updateNode_notOwner_reverts() public {
        uint256 nodeId = _register();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotOwner.selector, nodeId, stranger));
        nodes.updateNode(nodeId, _input());
    }

    function test_setNodeStatus_owner_changesOnlyTheStatus() public {
        uint256 nodeId = _register();
        vm.prank(operator);
        nodes.setNodeStatus(nodeId, INodeRegistry.NodeStatus.Inactive);
        INodeRegistry.Node memory node = nodes.getNode(nodeId);
        assertEq(uint8(node.status), uint8(INodeRegistry.NodeStatus.Inactive));
        assertEq(node.latitude, 41_930_412);
    }

    function test_setNodeStatus_notOwner_reverts() public {
        uint256 nodeId = _register();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotOwner.selector, nodeId, stranger));
        nodes.setNodeStatus(nodeId, INodeRegistry.NodeStatus.Inactive);
    }

    function test_removeNode_owner_deletesItForGood() public {
        uint256 nodeId = _register();
        vm.expectEmit(address(nodes));
        emit INodeRegistry.NodeRemoved(nodeId, operator);
        vm.prank(operator);
        nodes.removeNode(nodeId);

        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotFound.selector, nodeId));
        nodes.getNode(nodeId);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeNotFound.selector, nodeId));
        nodes.removeNode(nodeId);
        assertEq(_register(), 2);
    }

    function test_removeNode_offboardedOwner_stillRemoves() public {
        uint256 nodeId = _register();
        bytes32 role = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.revokeRole(role, operator);
        vm.prank(operator);
        nodes.removeNode(nodeId);
        assertEq(nodes.getNodes(nodeId, 1)[0].owner, address(0));
    }

    function test_getNodes_pages_keepRemovedIdsInPlace() public {
        for (uint256 i; i < 4; ++i) {
            _register();
        }
        vm.prank(operator);
        nodes.removeNode(2);

        INodeRegistry.Node[] memory page = nodes.getNodes(1, 3);
        assertEq(page.length, 3);
        assertEq(page[0].owner, operator);
        assertEq(page[1].owner, address(0));
        assertEq(page[2].owner, operator);
        assertEq(nodes.getNodes(4, 10).length, 1);
        assertEq(nodes.getNodes(5, 10).length, 0);
    }

    function test_getNodes_limitAboveMax_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodePageTooLarge.selector, 101, 100));
        nodes.getNodes(1, 101);
    }
}
