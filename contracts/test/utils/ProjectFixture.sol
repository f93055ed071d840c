// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {DistributeFixture} from "./DistributeFixture.sol";

/// @notice A funded pool, four registered members and helpers to drive projects through their stages.
abstract contract ProjectFixture is DistributeFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal dave = makeAddr("dave");
    uint256 internal constant COST = 3 ether;

    function setUp() public virtual override {
        super.setUp();
        _buy(alice, 10 ether);
        _buy(bob, 10 ether);
        _buy(carol, 10 ether);
        _register(alice);
        _register(bob);
        _register(carol);
        _register(dave);
    }

    /// Proposes `COST` with token collateral from alice.
    function _proposeDefault() internal returns (uint256) {
        return _propose(alice, COST, IProjectRegistry.CollateralKind.Tokens);
    }

    /// bob fills the token side, carol and dave the reputation side (half each): moves the project to Staked.
    function _stakeFully(uint256 projectId) internal {
        IProjectRegistry.ProjectView memory p = registry.getProject(projectId);
        vm.prank(bob);
        registry.stakeTokens(projectId, p.requiredTokens);
        vm.prank(carol);
        registry.stakeReputation(projectId, p.requiredReputation / 2);
        vm.prank(dave);
        registry.stakeReputation(projectId, p.requiredReputation - p.requiredReputation / 2);
    }

    function _submit(address author, uint256 projectId, uint256 taskCount) internal returns (uint256 listId) {
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(taskCount);
        vm.prank(author);
        listId = registry.submitTaskList(projectId, tasks);
    }
}
