// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBandwidthToken} from "./IBandwidthToken.sol";

/// @title IBandwidthAuction
/// @notice Operators' bandwidth auctions. An operator offers IBT of its own token at a fixed lowest price per
/// IBT to raise at most half of a declared total investment. Bids pay ether at that price. For the first
/// 48 hours only SPT holders may bid, each up to `offered · SPT(start) / SPT supply(start)` (balances at the
/// start, so moving SPT later changes nothing); then anyone, first come, until sold out. After the end (or
/// once sold out) the auction settles: buyers claim their IBT, the operator its proceeds, and 0.9% of the IBT
/// sold is minted to the Common Pool, which SPT holders claim pro-rata to their balance at the start.
/// @dev Auctions open only after the SPT sale is finalized, so the SPT supply at any start is what holders
/// hold. IBT are minted into this contract's custody as they are bought, the Common Pool's share with them, so
/// an operator who later withdraws this contract's minter right stops new bids but cannot hold back what was
/// sold or the pool's share.
interface IBandwidthAuction {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice An auction as stored.
    struct Auction {
        IBandwidthToken token;
        /// The operator that opened it, paid the proceeds (the token's owner then).
        address operator;
        uint32 startsAt;
        uint32 endsAt;
        bool settled;
        bool proceedsClaimed;
        /// Wei per whole IBT (1e18 units).
        uint128 price;
        /// IBT units offered and sold.
        uint128 offered;
        uint128 sold;
        /// Wei the operator declared as the project's total investment; the raise is capped at half of it.
        uint128 totalInvestment;
        /// Wei paid by the bids.
        uint128 raised;
        /// IBT units of the Common Pool (set at settlement), and how much of it holders claimed.
        uint128 commonPool;
        uint128 commonPoolClaimed;
    }

    /// @notice One account in one auction, in one slot.
    struct Position {
        /// IBT units bought.
        uint128 bought;
        bool tokensClaimed;
        bool commonPoolClaimed;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The SPT sale is not finalized yet: no auction opens before it.
    error AuctionSaleNotFinalized();

    /// @notice The token was not created by the bandwidth token factory.
    error AuctionUnknownToken(address token);

    /// @notice The caller is not the token's operator.
    error AuctionNotOperator(address account);

    /// @notice This contract may not mint the token: the operator has to add it as a minter first.
    error AuctionNotMinter(address token);

    /// @notice A parameter is outside its bounds.
    error AuctionParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice The offer raises more than half of the total investment.
    /// @param raise `offered · price`, in wei.
    /// @param cap Half of the total investment.
    error AuctionRaiseAboveCap(uint256 raise, uint256 cap);

    /// @notice There is no auction with this id.
    error AuctionNotFound(uint256 auctionId);

    /// @notice The auction takes no bids now.
    error AuctionNotOpen(uint256 auctionId, uint256 startsAt, uint256 endsAt);

    /// @notice A bid of zero IBT.
    error AuctionZeroBid();

    /// @notice The bid asks for more IBT than are left.
    error AuctionExceedsRemaining(uint256 amount, uint256 remaining);

    /// @notice The ether sent is not the bid's price.
    error AuctionWrongPayment(uint256 sent, uint256 cost);

    /// @notice In the priority window the bid goes over the bidder's SPT allocation.
    /// @param allocation The bidder's allocation, in IBT units.
    /// @param bought What it already bought in this auction.
    error AuctionAboveAllocation(uint256 allocation, uint256 bought);

    /// @notice The auction has not ended and is not sold out.
    error AuctionNotSettleable(uint256 auctionId, uint256 endsAt);

    /// @notice The caller has nothing to claim here.
    error AuctionNothingToClaim(uint256 auctionId, address account);

    /// @notice Sending ether failed.
    error AuctionEtherTransferFailed(address to, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice An operator opened an auction.
    event AuctionCreated(
        uint256 indexed auctionId,
        address indexed operator,
        IBandwidthToken indexed token,
        uint256 totalInvestment,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    );

    /// @notice `bidder` bought `amount` IBT for `paid` wei; `priority` in the SPT holders' window.
    event BidPlaced(uint256 indexed auctionId, address indexed bidder, uint256 amount, uint256 paid, bool priority);

    /// @notice The auction ended: `sold` IBT for `raised` wei, `commonPool` IBT for the Common Pool.
    event AuctionSettled(uint256 indexed auctionId, uint256 sold, uint256 raised, uint256 commonPool);

    /// @notice A buyer took its IBT.
    event TokensClaimed(uint256 indexed auctionId, address indexed buyer, uint256 amount);

    /// @notice The operator took the proceeds.
    event ProceedsClaimed(uint256 indexed auctionId, address indexed operator, uint256 amount);

    /// @notice An SPT holder took its share of the Common Pool.
    event CommonPoolClaimed(uint256 indexed auctionId, address indexed holder, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Opens an auction of `offered` units of the caller's `token` at `price` wei per IBT.
    /// @param totalInvestment Wei the infrastructure costs in all; `offered · price` may raise at most half.
    /// @param startsAt When bids open (not in the past, within a year); SPT balances are taken at this second.
    /// @param endsAt When bids close: after the 48-hour priority window, at most 90 days after the start.
    /// @dev Reverts with `AuctionSaleNotFinalized`, `AuctionUnknownToken`, `AuctionNotOperator`,
    /// `AuctionNotMinter`, `AuctionParameterOutOfBounds` or `AuctionRaiseAboveCap`.
    function createAuction(
        IBandwidthToken token,
        uint256 totalInvestment,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    ) external returns (uint256 auctionId);

    /// @notice Buys `amount` IBT units, paying exactly `cost(auctionId, amount)` in ether. Bids open after
    /// the start second (whose balances count) and close at the end.
    /// @dev Reverts with `AuctionNotFound`, `AuctionNotOpen`, `AuctionZeroBid`, `AuctionExceedsRemaining`,
    /// `AuctionWrongPayment`, `AuctionAboveAllocation` or, if the operator removed this minter, the token's error.
    function bid(uint256 auctionId, uint256 amount) external payable;

    /// @notice Settles an auction that ended or sold out, fixing the Common Pool's share. Anyone may call;
    /// the claims below settle first when needed.
    function settle(uint256 auctionId) external;

    /// @notice Sends the caller the IBT it bought.
    function claimTokens(uint256 auctionId) external;

    /// @notice Sends the operator the ether raised.
    function claimProceeds(uint256 auctionId) external;

    /// @notice Sends the caller its share of the Common Pool: `commonPool · SPT(start) / SPT supply(start)`.
    function claimCommonPool(uint256 auctionId) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice How many auctions exist; ids run from 1.
    function auctionCount() external view returns (uint256);

    /// @notice An auction; reverts with `AuctionNotFound`.
    function getAuction(uint256 auctionId) external view returns (Auction memory);

    /// @notice What `amount` IBT units cost in wei (rounded up).
    function cost(uint256 auctionId, uint256 amount) external view returns (uint256);

    /// @notice `account`'s priority allocation (IBT units, from its SPT at the start; zero until the start has
    /// passed) and its position: what it bought and what it claimed.
    function positionOf(uint256 auctionId, address account)
        external
        view
        returns (uint256 allocation, Position memory position);

    /// @notice How long SPT holders bid alone after an auction starts.
    function PRIORITY_WINDOW() external view returns (uint256);

    /// @notice The Common Pool's share of the IBT sold, in basis points (90 = 0.9%).
    function COMMON_POOL_BPS() external view returns (uint256);
}
