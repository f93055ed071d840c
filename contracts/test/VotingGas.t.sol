// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VotingFixture} from "./utils/VotingFixture.sol";

/// @notice Voting gas per action as a transaction pays it (`isolate = true`), with a mock poll opener; the
/// task-registry gas suite measures the same actions with the real opener.
contract VotingGasTest is VotingFixture {
    uint256 internal poll;
    bytes32 internal constant SALT = keccak256("salt");

    function setUp() public override {
        super.setUp();
        opener.open(PROJECT, 1);
        poll = _pollId(PROJECT, 0);
        _commit(ben, poll, true, SALT, 5, 5); // the poll's custody balance is already in use
    }

    function _report(string memory action, uint256 used, uint256 ceiling) internal {
        emit log_named_uint(action, used);
        assertLe(used, ceiling, action);
    }

    function test_gas_commitVote_tokens() public {
        _commit(ann, poll, true, SALT, 10, 0);
        _report("commit (tokens)", vm.lastCallGas().gasTotalUsed, 80_000);
    }

    function test_gas_commitVote_reputation() public {
        _commit(ann, poll, true, SALT, 0, 10);
        _report("commit (reputation)", vm.lastCallGas().gasTotalUsed, 80_000);
    }

    function test_gas_revealVote() public {
        _commit(ann, poll, true, SALT, 10, 10);
        vm.warp(block.timestamp + COMMIT_PERIOD + 1);
        _reveal(ann, poll, true, SALT);
        _report("reveal (first in poll)", vm.lastCallGas().gasTotalUsed, 70_000);
    }

    function test_gas_withdrawEscrow_tokens() public {
        _commit(ann, poll, true, SALT, 10, 0);
        vm.warp(block.timestamp + COMMIT_PERIOD + REVEAL_PERIOD + 1);
        vm.prank(ann);
        voting.withdrawEscrow(poll);
        _report("withdraw escrow (tokens)", vm.lastCallGas().gasTotalUsed, 60_000);
    }

    function test_gas_withdrawEscrow_tokensAndReputation() public {
        _commit(ann, poll, true, SALT, 10, 10);
        vm.warp(block.timestamp + COMMIT_PERIOD + REVEAL_PERIOD + 1);
        vm.prank(ann);
        voting.withdrawEscrow(poll);
        _report("withdraw escrow (tokens and reputation)", vm.lastCallGas().gasTotalUsed, 60_000);
    }
}
