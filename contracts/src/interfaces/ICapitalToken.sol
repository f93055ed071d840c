// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title ICapitalToken
/// @notice The Distribute capital token: a transferable ERC-20 whose supply is minted and burned against
/// the collective ether pool. Buying costs `n · b · (1 + n/(S + n))` with `b = max(floor, P/S)`; selling
/// pays exactly `n · P/S`. Ether returned to the pool and tokens burned by slashing enter the price
/// linearly over a release window, so a settlement never moves the price in one block. Each addition runs on
/// its own schedule: from when it is added to the end of the seventh of a window it was added in, plus a
/// window (so within one window, and over at least six sevenths of one), whatever is added after it.
/// @dev `P` and `S` in every formula are the *effective* pool and supply: the settled pool plus the part
/// of returned ether already released, and the total supply plus the part of burned tokens not yet
/// released. The contract also holds project escrows and ether owed to accounts (pull payments).
interface ICapitalToken is IERC20Metadata, IERC20Errors {
    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice A buy sent no ether.
    error CapitalZeroEther();

    /// @notice A sell of zero tokens, or a protocol call with a zero amount.
    error CapitalZeroAmount();

    /// @notice The ether sent buys fewer tokens than the buyer accepts (slippage), or none at all.
    /// @param tokensOut Tokens the ether buys now.
    /// @param minTokensOut The buyer's minimum.
    error CapitalInsufficientTokensOut(uint256 tokensOut, uint256 minTokensOut);

    /// @notice The tokens sold pay less ether than the seller accepts (slippage), or nothing at all.
    /// @param etherOut Ether the tokens pay now.
    /// @param minEtherOut The seller's minimum.
    error CapitalInsufficientEtherOut(uint256 etherOut, uint256 minEtherOut);

    /// @notice The pool cannot fund a draw.
    /// @param available Ether in the pool available now (released part only).
    /// @param needed Ether the draw needs.
    error CapitalInsufficientPool(uint256 available, uint256 needed);

    /// @notice A project escrow holds less than a payment or return needs.
    /// @param projectId The project.
    /// @param escrowed Ether held for the project.
    /// @param needed Ether asked for.
    error CapitalInsufficientEscrow(uint256 projectId, uint256 escrowed, uint256 needed);

    /// @notice The account is owed no ether.
    /// @param account The account that tried to withdraw.
    error CapitalNothingOwed(address account);

    /// @notice Sending ether to the account failed.
    /// @param account The recipient.
    /// @param amount The ether that could not be sent.
    error CapitalEtherTransferFailed(address account, uint256 amount);

    /// @notice An amount exceeds what the packed accounting can hold.
    /// @param amount The amount.
    /// @param max The largest accepted amount.
    error CapitalAmountTooLarge(uint256 amount, uint256 max);

    /// @notice A deployment parameter is outside its bounds.
    /// @param name The parameter.
    /// @param value The value given.
    /// @param min The smallest accepted value.
    /// @param max The largest accepted value.
    error CapitalParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Tokens were bought with ether; all the ether joined the pool.
    event Bought(address indexed buyer, uint256 etherIn, uint256 tokensOut);

    /// @notice Tokens were sold (burned) for ether from the pool.
    event Sold(address indexed seller, uint256 tokensIn, uint256 etherOut);

    /// @notice Ether and/or burned tokens entered the release window.
    /// @param etherAdded Ether returned to the pool, released into the price over the window.
    /// @param tokensAdded Tokens burned, whose removal from the price's supply is spread over the window.
    /// @param releaseEnd When this addition is wholly released.
    event ReleaseScheduled(uint256 etherAdded, uint256 tokensAdded, uint256 releaseEnd);

    /// @notice Ether moved from the pool into a project's escrow, and a reward became owed.
    event ProjectFunded(uint256 indexed projectId, uint256 escrowed, address indexed rewardee, uint256 reward);

    /// @notice Ether moved from a project's escrow to an account's owed balance.
    event EscrowPaid(uint256 indexed projectId, address indexed account, uint256 amount);

    /// @notice Ether from a project's escrow was sent to an account that withdrew it.
    event EscrowSent(uint256 indexed projectId, address indexed account, uint256 amount);

    /// @notice Ether moved from a project's escrow back to the pool, through the release window.
    event EscrowReturned(uint256 indexed projectId, uint256 amount);

    /// @notice An account withdrew the ether it was owed.
    event OwedWithdrawn(address indexed account, uint256 amount);

    /// @notice A protocol contract burned tokens from its custody (a slash); they leave the price's
    /// supply over the release window.
    event StakeBurned(address indexed protocol, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                              USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Buys tokens with exactly `msg.value` ether; the quadratic is solved for the largest `n`
    /// the ether pays for (rounded down) and every wei joins the pool.
    /// @param minTokensOut The fewest tokens the buyer accepts.
    /// @return tokensOut Tokens minted to the caller.
    /// @dev Reverts with `CapitalZeroEther` or `CapitalInsufficientTokensOut`.
    function buy(uint256 minTokensOut) external payable returns (uint256 tokensOut);

    /// @notice Sells `amount` tokens for exactly `amount · P / S` ether (rounded down), paid at once.
    /// @param amount Tokens to burn from the caller.
    /// @param minEtherOut The least ether the seller accepts; a sale paying nothing always reverts.
    /// @return etherOut Ether sent to the caller.
    /// @dev Reverts with `CapitalZeroAmount`, `ERC20InsufficientBalance` or `CapitalInsufficientEtherOut`.
    function sell(uint256 amount, uint256 minEtherOut) external returns (uint256 etherOut);

    /// @notice Sends the caller all the ether it is owed (proposer and staker rewards from any number of
    /// projects; task payouts send their ether themselves, see `sendFromEscrow`).
    /// @return amount Ether sent.
    /// @dev Reverts with `CapitalNothingOwed` or `CapitalEtherTransferFailed`.
    function withdrawOwed() external returns (uint256 amount);

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @notice Moves `amount` tokens from `account` into the calling protocol contract's custody, without
    /// an allowance. Protocol role only. The move shows as an ERC-20 `Transfer` (the protocol contract emits
    /// its own event saying why).
    function takeStake(address account, uint256 amount) external;

    /// @notice Burns `amount` tokens held by the calling protocol contract; they leave the price's supply
    /// over the release window. Protocol role only.
    function burnStake(uint256 amount) external;

    /// @notice Moves `escrowAmount + reward` from the pool: `escrowAmount` into project `projectId`'s escrow
    /// and `reward` owed to `rewardee`. Protocol role only.
    /// @dev Reverts with `CapitalInsufficientPool` if the released pool is too small.
    function fundProject(uint256 projectId, uint256 escrowAmount, address rewardee, uint256 reward) external;

    /// @notice Makes `amount` of project `projectId`'s escrow owed to `account`. Protocol role only.
    function payFromEscrow(uint256 projectId, address account, uint256 amount) external;

    /// @notice Sends `amount` of project `projectId`'s escrow to `account` now. Protocol role only: a protocol
    /// contract calls it, last, when `account` itself withdraws a payout (still a pull payment, in one
    /// transaction instead of a credit and a `withdrawOwed`).
    /// @dev Reverts with `CapitalZeroAmount`, `CapitalInsufficientEscrow` or `CapitalEtherTransferFailed`.
    function sendFromEscrow(uint256 projectId, address account, uint256 amount) external;

    /// @notice Returns `amount` of project `projectId`'s escrow to the pool through the release window.
    /// Protocol role only.
    function returnEscrow(uint256 projectId, uint256 amount) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice Tokens that `etherIn` would buy now.
    function quoteBuy(uint256 etherIn) external view returns (uint256 tokensOut);

    /// @notice Ether that buying exactly `tokens` would cost now (rounded up).
    function quoteBuyCost(uint256 tokens) external view returns (uint256 etherIn);

    /// @notice Ether that selling `tokens` would pay now.
    function quoteSell(uint256 tokens) external view returns (uint256 etherOut);

    /// @notice The effective pool `P` and supply `S` the prices use now.
    function priceState() external view returns (uint256 pool, uint256 supply);

    /// @notice The marginal price of one whole token (1e18 units) for a tiny buy, in wei:
    /// `max(floor, P/S)`; selling pays `P/S`.
    function spotPrice() external view returns (uint256 buyPrice, uint256 sellPrice);

    /// @notice Ether in the pool available to projects now (settled plus released).
    function availablePool() external view returns (uint256);

    /// @notice Ether and burned tokens still waiting in the release window, and when the last of them is
    /// released (0 when nothing is pending).
    function pendingRelease() external view returns (uint256 etherPending, uint256 tokensPending, uint256 releaseEnd);

    /// @notice Ether held in project `projectId`'s escrow.
    function escrowOf(uint256 projectId) external view returns (uint256);

    /// @notice Ether owed to `account`, withdrawable with `withdrawOwed`.
    function owedTo(address account) external view returns (uint256);

    /// @notice The buy-side floor price, in wei per whole token.
    function floorPrice() external view returns (uint256);

    /// @notice The release window, in seconds.
    function releaseWindow() external view returns (uint256);

    /// @notice Tokens minted at deployment to an unspendable address, so `S` never returns to zero.
    function deadSupply() external view returns (uint256);

    /// @notice The role that protocol contracts hold.
    function PROTOCOL_ROLE() external view returns (bytes32);
}
