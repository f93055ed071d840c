// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {INodeRegistry} from "../../src/interfaces/INodeRegistry.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";

contract NodeRegistryFuzzTest is NetworkFixture {
    /// Every point on the globe registers and reads back exactly; every point off it is refused.
    function testFuzz_registerNode_anyLocation_acceptedIffOnTheGlobe(int32 latitude, int32 longitude) public {
        INodeRegistry.NodeInput memory input = INodeRegistry.NodeInput({
            kind: INodeRegistry.NodeKind.Client,
            status: INodeRegistry.NodeStatus.Planned,
            latitude: latitude,
            longitude: longitude,
            metadataDigest: keccak256("metadata"),
            metadataCodec: IProjectRegistry.CidCodec.Raw
        });
        bool onTheGlobe =
            latitude >= -90_000_000 && latitude <= 90_000_000 && longitude >= -180_000_000 && longitude <= 180_000_000;
        vm.prank(operator);
        if (!onTheGlobe) {
            vm.expectRevert(abi.encodeWithSelector(INodeRegistry.NodeBadLocation.selector, latitude, longitude));
            nodes.registerNode(input);
            return;
        }
        uint256 nodeId = nodes.registerNode(input);
        INodeRegistry.Node memory node = nodes.getNode(nodeId);
        assertEq(node.latitude, latitude);
        assertEq(node.longitude, longitude);
    }
}
