// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ProjectRegistry} from "../src/distribute/ProjectRegistry.sol";
import {ICapitalToken} from "../src/interfaces/ICapitalToken.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../src/interfaces/IReputationRegistry.sol";
import {DistributeMath} from "../src/libraries/DistributeMath.sol";
import {DistributeFixture} from "./utils/DistributeFixture.sol";
import {ProjectFixture} from "./utils/ProjectFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract ProjectRegistryTest is ProjectFixture {
    IProjectRegistry.CollateralKind internal constant TOKENS = IProjectRegistry.CollateralKind.Tokens;
    IProjectRegistry.CollateralKind internal constant REPUTATION = IProjectRegistry.CollateralKind.Reputation;

    // --- constructor ---

    function test_constructor_lockWindowNotBelowMinStaking_reverts() public {
        IProjectRegistry.Parameters memory params = _parameters();
        params.unstakeLockWindow = params.minStakingPeriod;
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectParameterOutOfBounds.selector,
                "unstakeLockWindow",
                params.minStakingPeriod,
                1 minutes,
                params.minStakingPeriod - 1
            )
        );
        new ProjectRegistry(token, reputation, taskRegistryAt, params);
    }

    function test_constructor_submitBpsZero_reverts() public {
        IProjectRegistry.Parameters memory params = _parameters();
        params.minSubmitStakeBps = 0;
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectParameterOutOfBounds.selector, "minSubmitStakeBps", 0, 1, 5000
            )
        );
        new ProjectRegistry(token, reputation, taskRegistryAt, params);
    }

    function test_parameters_returnsDeployment() public view {
        IProjectRegistry.Parameters memory params = registry.parameters();
        assertEq(params.stakedPeriod, STAKED_PERIOD);
        assertEq(params.minSubmitStakeBps, MIN_SUBMIT_STAKE_BPS);
        assertEq(address(registry.capitalToken()), address(token));
        assertEq(address(registry.reputationRegistry()), address(reputation));
    }

    // --- propose ---

    function test_propose_tokenCollateral_storesProjectAndLocksCollateral() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _proposeDefault();
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        assertEq(id, 1);
        assertEq(registry.projectCount(), 1);
        assertEq(p.proposer, alice);
        assertEq(uint8(p.stage), uint8(IProjectRegistry.Stage.Proposed));
        assertEq(p.cost, COST);
        uint256 supply = token.totalSupply();
        uint256 pool = token.availablePool();
        assertEq(p.requiredTokens, (supply * COST + pool - 1) / pool);
        assertEq(p.requiredReputation, (reputation.totalSupply() * COST + pool - 1) / pool);
        assertEq(p.collateral, (p.requiredTokens * 500 + 9999) / 10_000);
        assertEq(token.balanceOf(alice), before - p.collateral);
        assertEq(token.balanceOf(address(registry)), p.collateral);
    }

    function test_propose_reputationCollateral_locksReputation() public {
        uint256 id = _propose(alice, COST, REPUTATION);
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        assertEq(reputation.balanceOf(alice), FIRST_REPUTATION - p.collateral);
        assertEq(reputation.lockedBy(address(registry)), p.collateral);
    }

    function test_propose_zeroCost_reverts() public {
        vm.prank(alice);
        vm.expectRevert(IProjectRegistry.ProjectZeroCost.selector);
        registry.propose(0, block.timestamp + 7 days, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    function test_propose_emptyDigest_reverts() public {
        vm.prank(alice);
        vm.expectRevert(IProjectRegistry.ProjectEmptyDigest.selector);
        registry.propose(COST, block.timestamp + 7 days, bytes32(0), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    function test_propose_deadlineTooSoon_reverts() public {
        uint256 deadline = block.timestamp + MIN_STAKING_PERIOD - 1;
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectStakingDeadlineOutOfRange.selector,
                deadline,
                block.timestamp + MIN_STAKING_PERIOD,
                block.timestamp + MAX_STAKING_PERIOD
            )
        );
        registry.propose(COST, deadline, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    function test_propose_deadlineTooLate_reverts() public {
        uint256 deadline = block.timestamp + MAX_STAKING_PERIOD + 1;
        vm.prank(alice);
        vm.expectPartialRevert(IProjectRegistry.ProjectStakingDeadlineOutOfRange.selector);
        registry.propose(COST, deadline, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    function test_propose_costAbovePoolShare_reverts() public {
        uint256 pool = token.availablePool();
        uint256 cost = pool * 100 / 107 + 1;
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IProjectRegistry.ProjectPoolTooSmall.selector, pool, (cost * 10_700 + 9999) / 10_000)
        );
        registry.propose(cost, block.timestamp + 7 days, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    function test_propose_largestCostThatFits_succeeds() public {
        uint256 pool = token.availablePool();
        uint256 cost = pool * 10_000 / 10_700;
        _propose(alice, cost, TOKENS);
    }

    /// Regression: zero pool. No project can be proposed against an empty pool.
    function test_propose_zeroPool_reverts() public {
        setUpEmpty();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectPoolTooSmall.selector, 0, 0.0107 ether));
        registry.propose(MIN_COST, block.timestamp + 7 days, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    /// Regression: zero reputation. No project can be proposed while nobody holds reputation.
    function test_propose_zeroReputation_reverts() public {
        setUpEmpty();
        _buy(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(IProjectRegistry.ProjectNoReputation.selector);
        registry.propose(
            0.1 ether, block.timestamp + 7 days, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS
        );
    }

    function test_propose_withoutCollateral_reverts() public {
        vm.prank(dave);
        vm.expectPartialRevert(IERC20Errors.ERC20InsufficientBalance.selector);
        registry.propose(COST, block.timestamp + 7 days, bytes32(uint256(1)), IProjectRegistry.CidCodec.Raw, TOKENS);
    }

    // --- cancel ---

    function test_cancel_unstaked_returnsCollateral() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _proposeDefault();
        vm.prank(alice);
        registry.cancel(id);
        assertEq(token.balanceOf(alice), before);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Cancelled));
    }

    function test_cancel_notProposer_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotProposer.selector, id, bob));
        registry.cancel(id);
    }

    function test_cancel_withStakes_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectHasStakes.selector, id, 1, 0));
        registry.cancel(id);
    }

    function test_cancel_afterDeadline_reverts() public {
        uint256 id = _proposeDefault();
        uint256 deadline = registry.getProject(id).stakingDeadline;
        vm.warp(deadline + 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectStakingClosed.selector, id, deadline));
        registry.cancel(id);
    }

    function test_cancel_unknownProject_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotFound.selector, 9));
        registry.cancel(9);
    }

    // --- stake ---

    function test_stakeTokens_beyondRequirement_isClamped() public {
        uint256 id = _proposeDefault();
        uint256 required = registry.getProject(id).requiredTokens;
        uint256 before = token.balanceOf(bob);
        vm.prank(bob);
        uint256 staked = registry.stakeTokens(id, before);
        assertEq(staked, required);
        assertEq(token.balanceOf(bob), before - required);
        assertEq(registry.getStake(id, bob).tokens, required);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Proposed));
    }

    function test_stakeTokens_requirementMet_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, type(uint128).max);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectRequirementMet.selector, id));
        registry.stakeTokens(id, 1);
    }

    function test_stakeTokens_zero_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        vm.expectRevert(IProjectRegistry.ProjectZeroAmount.selector);
        registry.stakeTokens(id, 0);
    }

    function test_stakeTokens_afterDeadline_reverts() public {
        uint256 id = _proposeDefault();
        uint256 deadline = registry.getProject(id).stakingDeadline;
        vm.warp(deadline + 1);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectStakingClosed.selector, id, deadline));
        registry.stakeTokens(id, 1);
    }

    function test_stakeReputation_beyondRequirement_isClamped() public {
        uint256 id = _proposeDefault();
        uint256 required = registry.getProject(id).requiredReputation;
        vm.prank(carol);
        uint256 staked = registry.stakeReputation(id, FIRST_REPUTATION);
        assertEq(staked, required);
        assertEq(reputation.balanceOf(carol), FIRST_REPUTATION - required);
    }

    function test_stakeReputation_moreThanFree_reverts() public {
        uint256 id = _proposeDefault();
        address nobody = makeAddr("nobody");
        vm.prank(nobody);
        vm.expectPartialRevert(IReputationRegistry.ReputationInsufficientBalance.selector);
        registry.stakeReputation(id, 1);
    }

    function test_stake_meetingBothRequirements_movesToStaked() public {
        uint256 poolBefore = token.availablePool();
        uint256 id = _proposeDefault();
        uint256 aliceTokens = token.balanceOf(alice);
        _stakeFully(id);
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        assertEq(uint8(p.stage), uint8(IProjectRegistry.Stage.Staked));
        assertEq(p.stageDeadline, block.timestamp + STAKED_PERIOD);
        // collateral withdrawable, 1% of C owed, ceil(1.07 C) left the pool
        assertEq(token.balanceOf(alice), aliceTokens);
        vm.prank(alice);
        registry.withdrawStake(id);
        assertEq(token.balanceOf(alice), aliceTokens + p.collateral);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, id, alice));
        registry.withdrawStake(id);
        assertEq(token.owedTo(alice), COST / 100);
        assertEq(token.escrowOf(id), COST * 107 / 100 - COST / 100);
        assertEq(token.availablePool(), poolBefore - COST * 107 / 100);
    }

    function test_stake_meetingBothWhenPoolShrank_staysProposedFullyStaked() public {
        uint256 id = _propose(alice, token.availablePool() / 4, TOKENS);
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        vm.prank(bob);
        registry.stakeTokens(id, p.requiredTokens);
        // everyone sells what is not staked: the pool falls below 1.07 C
        _sellAll(alice);
        _sellAll(bob);
        _sellAll(carol);
        (uint256 needed,,) = DistributeMath.projectDraw(p.cost);
        vm.expectEmit(address(registry));
        emit IProjectRegistry.PoolShortAtFullStake(id, token.availablePool(), needed);
        vm.prank(carol);
        registry.stakeReputation(id, p.requiredReputation);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Proposed));
        assertEq(token.escrowOf(id), 0);
        // at expiry the collateral is the proposer's again
        vm.warp(p.stakingDeadline + 1);
        registry.expire(id);
        uint256 aliceTokens = token.balanceOf(alice);
        vm.prank(alice);
        registry.withdrawStake(id);
        assertEq(token.balanceOf(alice), aliceTokens + p.collateral);
    }

    /// Regression (issue 11): the proposer sold dust just before calling `expire`, so the pool "could not fund"
    /// the project at that moment and the collateral came back. The pool at expiry no longer decides.
    function test_expire_proposerSellsDustFirst_stillBurns() public {
        // a cost whose draw the pool covers by a hair
        (uint256 pool,) = token.priceState();
        uint256 cost = pool * 100 / 107 - 1e9;
        uint256 id = _propose(alice, cost, REPUTATION);
        uint256 collateral = registry.getProject(id).collateral;
        uint256 supply = reputation.totalSupply();
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        vm.startPrank(alice);
        token.sell(token.balanceOf(alice) / 1000, 0);
        (uint256 needed,,) = DistributeMath.projectDraw(cost);
        assertLt(token.availablePool(), needed, "the dust sale took the pool below the draw");
        registry.expire(id);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, id, alice));
        registry.withdrawStake(id);
        vm.stopPrank();
        assertEq(reputation.totalSupply(), supply - collateral);
    }

    function _sellAll(address account) internal {
        uint256 balance = token.balanceOf(account);
        vm.prank(account);
        token.sell(balance, 0);
    }

    // --- unstake ---

    function test_unstakeTokens_beforeWindow_returnsTokens() public {
        uint256 id = _proposeDefault();
        uint256 before = token.balanceOf(bob);
        vm.startPrank(bob);
        registry.stakeTokens(id, 5e18);
        registry.unstakeTokens(id, 2e18);
        vm.stopPrank();
        assertEq(token.balanceOf(bob), before - 3e18);
        assertEq(registry.getProject(id).stakedTokens, 3e18);
    }

    function test_unstakeReputation_beforeWindow_unlocks() public {
        uint256 id = _proposeDefault();
        vm.startPrank(carol);
        registry.stakeReputation(id, 10e18);
        registry.unstakeReputation(id, 10e18);
        vm.stopPrank();
        assertEq(reputation.balanceOf(carol), FIRST_REPUTATION);
        assertEq(registry.getStake(id, carol).reputation, 0);
    }

    /// Regression: last-block unstaking. Nobody can fill a side and withdraw in the final window.
    function test_unstakeTokens_inFinalWindow_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, 5e18);
        uint256 closedSince = registry.getProject(id).stakingDeadline - UNSTAKE_LOCK_WINDOW;
        vm.warp(closedSince);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectUnstakeWindowClosed.selector, id, closedSince));
        registry.unstakeTokens(id, 5e18);
    }

    function test_unstakeReputation_inFinalWindow_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(carol);
        registry.stakeReputation(id, 5e18);
        vm.warp(registry.getProject(id).stakingDeadline);
        vm.prank(carol);
        vm.expectPartialRevert(IProjectRegistry.ProjectUnstakeWindowClosed.selector);
        registry.unstakeReputation(id, 5e18);
    }

    function test_unstakeTokens_moreThanStaked_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, 5e18);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectInsufficientStake.selector, id, bob, 5e18, 6e18));
        registry.unstakeTokens(id, 6e18);
    }

    function test_unstakeTokens_zero_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        vm.expectRevert(IProjectRegistry.ProjectZeroAmount.selector);
        registry.unstakeTokens(id, 0);
    }

    function test_unstakeTokens_afterStaked_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectWrongStage.selector,
                id,
                IProjectRegistry.Stage.Staked,
                IProjectRegistry.Stage.Proposed
            )
        );
        registry.unstakeTokens(id, 1);
    }

    // --- expire & withdraw ---

    function test_expire_beforeDeadline_reverts() public {
        uint256 id = _proposeDefault();
        uint256 deadline = registry.getProject(id).stakingDeadline;
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectNotDue.selector, id, IProjectRegistry.Stage.Proposed, deadline
            )
        );
        registry.expire(id);
    }

    /// Regression: an expired project kept its token stakers' ether. Here every stake is handed back,
    /// no pool ether moves and the collateral is burned.
    function test_expire_handsBackEveryStakeAndMovesNoPoolEther() public {
        uint256 id = _proposeDefault();
        uint256 bobTokens = token.balanceOf(bob);
        vm.prank(bob);
        registry.stakeTokens(id, 5e18);
        vm.prank(carol);
        registry.stakeReputation(id, 10e18);
        uint256 pool = token.availablePool();
        uint256 supply = token.totalSupply();
        uint256 collateral = registry.getProject(id).collateral;
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        registry.expire(id);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Expired));
        assertEq(token.availablePool(), pool);
        assertEq(token.escrowOf(id), 0);
        assertEq(token.totalSupply(), supply - collateral);
        vm.prank(bob);
        registry.withdrawStake(id);
        vm.prank(carol);
        registry.withdrawStake(id);
        assertEq(token.balanceOf(bob), bobTokens);
        assertEq(reputation.balanceOf(carol), FIRST_REPUTATION);
        assertEq(token.balanceOf(address(registry)), 0);
        assertEq(reputation.lockedBy(address(registry)), 0);
    }

    function test_expire_reputationCollateral_isBurned() public {
        uint256 id = _propose(alice, COST, REPUTATION);
        uint256 collateral = registry.getProject(id).collateral;
        uint256 supply = reputation.totalSupply();
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        registry.advance(id);
        assertEq(reputation.totalSupply(), supply - collateral);
    }

    /// The pool shrinking without the stakers meeting both requirements no longer returns the collateral.
    function test_expire_poolShrankNotFullyStaked_burnsCollateral() public {
        uint256 id = _propose(alice, COST, REPUTATION);
        uint256 collateral = registry.getProject(id).collateral;
        uint256 supply = reputation.totalSupply();
        _sellAll(alice);
        _sellAll(bob);
        _sellAll(carol);
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        registry.expire(id);
        assertEq(reputation.totalSupply(), supply - collateral);
    }

    function test_withdrawStake_twice_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, 5e18);
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        registry.expire(id);
        vm.startPrank(bob);
        registry.withdrawStake(id);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, id, bob));
        registry.withdrawStake(id);
        vm.stopPrank();
    }

    function test_withdrawStake_whileProposed_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(id, 5e18);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, id, bob));
        registry.withdrawStake(id);
    }

    function test_withdrawStakes_completeAndExpired_paysBoth() public {
        uint256 completeId = _completeProject();
        uint256 expiredId = _propose(carol, 1 ether, TOKENS);
        vm.startPrank(bob);
        registry.stakeTokens(expiredId, 2e18);
        registry.stakeReputation(expiredId, 10e18);
        vm.stopPrank();
        vm.warp(registry.getProject(expiredId).stakingDeadline + 1);
        registry.expire(expiredId);
        uint256 completeTokens = registry.getStake(completeId, bob).tokens;
        uint256 bobTokens = token.balanceOf(bob);

        vm.expectEmit(address(registry));
        emit IProjectRegistry.StakeWithdrawn(completeId, bob, completeTokens, 0, COST / 100, 0);
        vm.expectEmit(address(registry));
        emit IProjectRegistry.StakeWithdrawn(expiredId, bob, 2e18, 10e18, 0, 0);
        vm.prank(bob);
        registry.withdrawStakes(_ids(completeId, expiredId));

        assertEq(token.balanceOf(bob), bobTokens + completeTokens + 2e18);
        assertEq(reputation.balanceOf(bob), FIRST_REPUTATION);
        // the Complete project's reward is owed, not sent: `withdrawOwed` takes it
        assertEq(token.owedTo(bob), COST / 100);
        assertEq(registry.getStake(completeId, bob).tokens, 0);
        assertEq(registry.getStake(expiredId, bob).tokens, 0);
    }

    function test_withdrawStakes_proposerCollateral_paysCollateralAndStake() public {
        uint256 stakedId = _proposeDefault();
        _stakeFully(stakedId);
        uint256 collateral = registry.getProject(stakedId).collateral;
        uint256 expiredId = _propose(carol, 1 ether, TOKENS);
        vm.prank(alice);
        registry.stakeTokens(expiredId, 2e18);
        vm.warp(registry.getProject(expiredId).stakingDeadline + 1);
        registry.expire(expiredId);
        uint256 aliceTokens = token.balanceOf(alice);

        vm.expectEmit(address(registry));
        emit IProjectRegistry.CollateralSettled(stakedId, alice, collateral, false);
        vm.expectEmit(address(registry));
        emit IProjectRegistry.StakeWithdrawn(expiredId, alice, 2e18, 0, 0, 0);
        vm.prank(alice);
        registry.withdrawStakes(_ids(stakedId, expiredId));

        assertEq(token.balanceOf(alice), aliceTokens + collateral + 2e18);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, stakedId, alice));
        registry.withdrawStake(stakedId);
    }

    function test_withdrawStakes_itemWithNothing_revertsWholeBatch() public {
        uint256 expiredId = _proposeDefault();
        vm.prank(bob);
        registry.stakeTokens(expiredId, 5e18);
        uint256 otherId = _propose(carol, 1 ether, TOKENS);
        vm.warp(registry.getProject(otherId).stakingDeadline + 1);
        registry.expire(expiredId);
        registry.expire(otherId);
        uint256 bobTokens = token.balanceOf(bob);

        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, otherId, bob));
        registry.withdrawStakes(_ids(expiredId, otherId));

        assertEq(token.balanceOf(bob), bobTokens);
        assertEq(registry.getStake(expiredId, bob).tokens, 5e18);
    }

    function test_withdrawStakes_tooMany_reverts() public {
        uint256[] memory ids = new uint256[](33);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectBatchTooLarge.selector, 33, 32));
        registry.withdrawStakes(ids);
    }

    function test_withdrawStakes_empty_doesNothing() public {
        vm.recordLogs();
        vm.prank(bob);
        registry.withdrawStakes(new uint256[](0));
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function _ids(uint256 first, uint256 second) internal pure returns (uint256[] memory ids) {
        ids = new uint256[](2);
        ids[0] = first;
        ids[1] = second;
    }

    // --- task lists ---

    function test_submitTaskList_storesTasksAndBacksIt() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        uint256 listId = _submit(bob, id, 10);
        assertEq(listId, 1);
        IProjectRegistry.TaskListView memory list = registry.getTaskList(id, listId);
        assertEq(list.author, bob);
        assertEq(list.tasks.length, 10);
        IProjectRegistry.TaskSpec[] memory expected = _tasks(10);
        for (uint256 i; i < 10; ++i) {
            assertEq(list.tasks[i].digest, expected[i].digest);
            assertEq(list.tasks[i].weighting, expected[i].weighting);
            assertEq(uint8(list.tasks[i].codec), uint8(expected[i].codec));
        }
        assertEq(list.backingTokens, registry.getProject(id).stakedTokens);
        assertEq(list.weightBps, 5000);
        assertEq(registry.getStake(id, bob).ownList, 1);
        assertEq(registry.getStake(id, bob).backedList, 1);
        assertEq(registry.getTask(id, 1, 9).digest, expected[9].digest);
    }

    function test_submitTaskList_thirtyTwoTasks_roundTrips() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 32);
        IProjectRegistry.TaskSpec[] memory expected = _tasks(32);
        IProjectRegistry.TaskSpec memory last = registry.getTask(id, 1, 31);
        assertEq(last.digest, expected[31].digest);
        assertEq(last.weighting, expected[31].weighting);
        assertEq(uint8(last.codec), uint8(expected[31].codec));
    }

    function test_submitTaskList_tooManyTasks_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(33);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectTaskCountOutOfRange.selector, 33, 32));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_empty_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = new IProjectRegistry.TaskSpec[](0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectTaskCountOutOfRange.selector, 0, 32));
        registry.submitTaskList(id, tasks);
    }

    /// Regression: zero weighting. A task with no share of the cost is refused.
    function test_submitTaskList_zeroWeighting_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        tasks[0].weighting = 10_000;
        tasks[1].weighting = 0;
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectZeroWeighting.selector, 1));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_wrongSum_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        tasks[1].weighting += 1;
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectWeightingsSum.selector, 10_001));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_emptyDigest_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        tasks[1].digest = bytes32(0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectEmptyTaskDigest.selector, 1));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_notStaker_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotStaker.selector, id, alice));
        registry.submitTaskList(id, tasks);
    }

    /// Task-list squatting: a dust stake cannot submit lists.
    function test_submitTaskList_dustStake_reverts() public {
        uint256 id = _proposeDefault();
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        vm.prank(alice);
        registry.stakeTokens(id, 1);
        vm.prank(bob);
        registry.stakeTokens(id, p.requiredTokens - 1);
        vm.prank(carol);
        registry.stakeReputation(id, p.requiredReputation);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectStakeTooSmallToSubmit.selector,
                id,
                alice,
                (p.requiredTokens * MIN_SUBMIT_STAKE_BPS + 9999) / 10_000,
                (p.requiredReputation * MIN_SUBMIT_STAKE_BPS + 9999) / 10_000
            )
        );
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_replaceWhileUnbacked_overwrites() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 10);
        uint256 listId = _submit(bob, id, 3);
        assertEq(listId, 1);
        assertEq(registry.getTaskList(id, 1).tasks.length, 3);
        assertEq(registry.getProject(id).taskListCount, 1);
    }

    /// Task-list squatting / bait-and-switch: a list others back cannot be replaced.
    function test_submitTaskList_replaceWhenBackedByOthers_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 10);
        vm.prank(carol);
        registry.backTaskList(id, 1);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(3);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectListBackedByOthers.selector, id, 1, 1));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_afterPeriod_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        uint256 deadline = registry.getProject(id).stageDeadline;
        vm.warp(deadline + 1);
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectPeriodEnded.selector, id, deadline));
        registry.submitTaskList(id, tasks);
    }

    function test_submitTaskList_whileProposed_reverts() public {
        uint256 id = _proposeDefault();
        IProjectRegistry.TaskSpec[] memory tasks = _tasks(2);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectWrongStage.selector,
                id,
                IProjectRegistry.Stage.Proposed,
                IProjectRegistry.Stage.Staked
            )
        );
        registry.submitTaskList(id, tasks);
    }

    function test_backTaskList_crossingHalf_becomesLeading() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4); // all tokens: 50%, not above
        assertEq(registry.getProject(id).leadingList, 0);
        vm.prank(carol);
        registry.backTaskList(id, 1); // + half the reputation: 75%
        assertEq(registry.getProject(id).leadingList, 1);
    }

    function test_backTaskList_switchAway_dropsLeading() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4);
        _submit(carol, id, 2);
        vm.prank(dave);
        registry.backTaskList(id, 1);
        assertEq(registry.getProject(id).leadingList, 1);
        vm.prank(dave);
        registry.backTaskList(id, 2);
        assertEq(registry.getProject(id).leadingList, 0);
        assertEq(registry.getTaskList(id, 1).otherBackers, 0);
        assertEq(registry.getTaskList(id, 2).otherBackers, 1);
        assertEq(registry.getTaskList(id, 2).weightBps, 5000);
    }

    function test_backTaskList_same_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectAlreadyBacking.selector, id, 1));
        registry.backTaskList(id, 1);
    }

    function test_backTaskList_unknownList_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectTaskListNotFound.selector, id, 1));
        registry.backTaskList(id, 1);
    }

    function test_backTaskList_notStaker_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotStaker.selector, id, alice));
        registry.backTaskList(id, 1);
    }

    // --- advance ---

    function test_advance_listAboveHalf_movesToActive() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4);
        vm.prank(carol);
        registry.backTaskList(id, 1);
        vm.warp(registry.getProject(id).stageDeadline + 1);
        registry.advance(id);
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        assertEq(uint8(p.stage), uint8(IProjectRegistry.Stage.Active));
        assertEq(p.leadingList, 1);
        assertEq(p.stageDeadline, block.timestamp + ACTIVE_PERIOD);
    }

    /// Regression: a "majority" that is always met. Exactly half the weight is not a majority → Failed,
    /// stakes burned through the release window and the escrow back to the pool through it too.
    function test_advance_exactlyHalf_fails() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4); // exactly 50%
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        uint256 supply = token.totalSupply();
        uint256 repSupply = reputation.totalSupply();
        uint256 escrow = token.escrowOf(id);
        (uint256 poolBefore, uint256 effectiveSupplyBefore) = token.priceState();
        vm.warp(p.stageDeadline + 1);
        registry.advance(id);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Failed));
        assertEq(token.totalSupply(), supply - p.stakedTokens);
        assertEq(reputation.totalSupply(), repSupply - p.stakedReputation);
        assertEq(token.escrowOf(id), 0);
        (uint256 poolNow, uint256 effectiveSupplyNow) = token.priceState();
        assertEq(poolNow, poolBefore);
        assertEq(effectiveSupplyNow, effectiveSupplyBefore);
        vm.warp(block.timestamp + RELEASE_WINDOW);
        (poolNow, effectiveSupplyNow) = token.priceState();
        assertEq(poolNow, poolBefore + escrow);
        assertEq(effectiveSupplyNow, effectiveSupplyBefore - p.stakedTokens);
    }

    function test_advance_noLists_fails() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        vm.warp(registry.getProject(id).stageDeadline + 1);
        registry.advance(id);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Failed));
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNothingToWithdraw.selector, id, bob));
        registry.withdrawStake(id);
    }

    function test_advance_stakedNotDue_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        uint256 deadline = registry.getProject(id).stageDeadline;
        vm.expectRevert(
            abi.encodeWithSelector(IProjectRegistry.ProjectNotDue.selector, id, IProjectRegistry.Stage.Staked, deadline)
        );
        registry.advance(id);
    }

    function test_advance_proposedPastDeadline_expires() public {
        uint256 id = _proposeDefault();
        vm.warp(registry.getProject(id).stakingDeadline + 1);
        registry.advance(id);
        assertEq(uint8(registry.getProject(id).stage), uint8(IProjectRegistry.Stage.Expired));
    }

    function test_advance_terminalStage_reverts() public {
        uint256 id = _proposeDefault();
        vm.prank(alice);
        registry.cancel(id);
        vm.expectRevert(
            abi.encodeWithSelector(IProjectRegistry.ProjectNotDue.selector, id, IProjectRegistry.Stage.Cancelled, 0)
        );
        registry.advance(id);
    }

    // --- protocol hooks ---

    function _activeProject() internal returns (uint256 id) {
        id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 4);
        vm.prank(carol);
        registry.backTaskList(id, 1);
        vm.warp(registry.getProject(id).stageDeadline + 1);
        registry.advance(id);
    }

    /// An Active project moved to Complete by this contract (pranking as the task registry): bob holds its token stake.
    function _completeProject() internal returns (uint256 id) {
        id = _activeProject();
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Complete, 0);
    }

    function test_protocolSetStage_notProtocol_reverts() public {
        uint256 id = _activeProject();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotProtocol.selector, alice));
        registry.protocolSetStage(id, IProjectRegistry.Stage.Validation, 0);
    }

    function test_protocolSetStage_backwards_reverts() public {
        uint256 id = _activeProject();
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Voting, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectInvalidTransition.selector,
                id,
                IProjectRegistry.Stage.Voting,
                IProjectRegistry.Stage.Validation
            )
        );
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Validation, 0);
    }

    function test_protocolSetStage_fromStaked_reverts() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        vm.expectPartialRevert(IProjectRegistry.ProjectInvalidTransition.selector);
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Active, 0);
    }

    function test_protocolSetStage_complete_paysStakerRewards() public {
        uint256 id = _completeProject();
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        uint256 bobTokens = token.balanceOf(bob);
        vm.prank(bob);
        registry.withdrawStake(id);
        assertEq(token.balanceOf(bob), bobTokens + p.stakedTokens);
        assertEq(token.owedTo(bob), COST / 100);
        uint256 carolStake = registry.getStake(id, carol).reputation;
        vm.prank(carol);
        registry.withdrawStake(id);
        assertEq(reputation.balanceOf(carol), FIRST_REPUTATION + carolStake / 10);
    }

    /// Regression (issue 11): each token staker's reward rounds down; what rounding leaves of the stakers' 1%
    /// now goes back to the pool with the last token stake withdrawn, instead of staying in the escrow.
    function test_withdrawStake_lastTokenStaker_returnsRewardRemainderToPool() public {
        uint256 id = _proposeDefault();
        IProjectRegistry.ProjectView memory p = registry.getProject(id);
        // three token stakers with shares that do not divide the reward evenly
        uint256 third = p.requiredTokens / 3 + 1;
        vm.prank(bob);
        registry.stakeTokens(id, third);
        vm.prank(carol);
        registry.stakeTokens(id, third);
        _buy(dave, 10 ether);
        vm.prank(dave);
        registry.stakeTokens(id, p.requiredTokens - 2 * third);
        vm.prank(carol);
        registry.stakeReputation(id, p.requiredReputation);
        _submit(bob, id, 4);
        vm.prank(carol);
        registry.backTaskList(id, 1);
        vm.warp(registry.getProject(id).stageDeadline + 1);
        registry.advance(id);
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Complete, 0);

        uint256 escrowBefore = token.escrowOf(id);
        address[3] memory stakers = [bob, carol, dave];
        uint256 paid;
        for (uint256 i; i < stakers.length; ++i) {
            vm.prank(stakers[i]);
            registry.withdrawStake(id);
            paid += token.owedTo(stakers[i]);
        }
        uint256 remainder = COST / 100 - paid;
        assertGt(remainder, 0, "the shares round");
        assertEq(token.escrowOf(id), escrowBefore - COST / 100, "the whole 1% left the escrow");
        (uint256 pending,,) = token.pendingRelease();
        assertEq(pending, remainder, "the remainder is on its way back to the pool");
    }

    function test_protocolSetStage_failed_burnsStakes() public {
        uint256 id = _activeProject();
        uint256 repSupply = reputation.totalSupply();
        vm.prank(taskRegistryAt);
        registry.protocolSetStage(id, IProjectRegistry.Stage.Failed, 0);
        assertEq(reputation.totalSupply(), repSupply - registry.getProject(id).stakedReputation);
        // only the proposer's collateral is left, and it stays withdrawable
        assertEq(token.balanceOf(address(registry)), registry.getProject(id).collateral);
        vm.prank(alice);
        registry.withdrawStake(id);
        assertEq(token.balanceOf(address(registry)), 0);
    }

    // --- paged views ---

    function test_getProjects_pages() public {
        for (uint256 i; i < 3; ++i) {
            _propose(alice, 0.1 ether, TOKENS);
        }
        IProjectRegistry.ProjectView[] memory page = registry.getProjects(2, 5);
        assertEq(page.length, 2);
        assertEq(page[0].id, 2);
        assertEq(registry.getProjects(4, 5).length, 0);
    }

    function test_getProjects_pageTooLarge_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectPageTooLarge.selector, 51, 50));
        registry.getProjects(1, 51);
    }

    function test_getProjectIdsByStage_filtersAndContinues() public {
        for (uint256 i; i < 4; ++i) {
            _propose(alice, 0.1 ether, TOKENS);
        }
        vm.prank(alice);
        registry.cancel(2);
        (uint256[] memory ids, uint256 next) = registry.getProjectIdsByStage(IProjectRegistry.Stage.Proposed, 1, 3);
        assertEq(ids.length, 2);
        assertEq(ids[0], 1);
        assertEq(ids[1], 3);
        assertEq(next, 4);
        (ids, next) = registry.getProjectIdsByStage(IProjectRegistry.Stage.Proposed, next, 3);
        assertEq(ids.length, 1);
        assertEq(next, 0);
    }

    function test_getTaskLists_pages() public {
        uint256 id = _proposeDefault();
        _stakeFully(id);
        _submit(bob, id, 2);
        _submit(carol, id, 3);
        IProjectRegistry.TaskListView[] memory lists = registry.getTaskLists(id, 1, 10);
        assertEq(lists.length, 2);
        assertEq(lists[1].author, carol);
        assertEq(lists[1].tasks.length, 3);
    }

    function test_getProject_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IProjectRegistry.ProjectNotFound.selector, 1));
        registry.getProject(1);
    }

    /// Redeploys with an empty pool and no reputation.
    function setUpEmpty() internal {
        DistributeFixture.setUp();
    }
}
