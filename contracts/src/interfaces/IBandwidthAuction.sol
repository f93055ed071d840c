// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBandwidthToken} from "./IBandwidthToken.sol";
import {ICompensationLedger} from "./ICompensationLedger.sol";

/// @title IBandwidthAuction
/// @notice Operators' investments and bandwidth auctions. The Platform role records an operator's investment
/// once, after its due diligence (its total, in wei); the operator then offers IBT of its own token at a fixed
/// lowest price per IBT, in as many auctions as it likes, as long as `offered · price` over all of them stays
/// within half of that total. Bids pay ether at that price. For the first 48 hours only SPT holders may bid,
/// each up to `offered · holding / SPT supply(start)`, where the holding is the lower of the holder's balances
/// 7 days before the start and at the start (SPT borrowed for a moment earns nothing); then anyone, first come,
/// until sold out. After the end (or once sold out, or once the operator was offboarded) the auction settles:
/// buyers claim their IBT, the operator its proceeds, and 0.9% of the IBT sold is minted to the Common Pool,
/// which SPT holders claim pro-rata to the same holding for 90 days, after which the rest goes to the platform
/// treasury. An auction nobody bid in can be cancelled by its operator.
/// @dev Auctions start at least 7 days after the SPT sale was finalized, so both balances that make a holding
/// are balances after the sale. IBT are minted into this contract's custody as they are bought, the Common
/// Pool's share with them, so an operator who later withdraws this contract's minter right, or is offboarded,
/// stops new bids but cannot hold back what was sold or the pool's share.
interface IBandwidthAuction {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice An investment as recorded by the Platform role.
    struct Investment {
        /// The operator that raises for it.
        address operator;
        /// Wei the infrastructure costs in all; auctions raise at most half of it.
        uint128 total;
        /// Wei its auctions may raise: `offered · price` of every open auction plus what settled ones raised.
        uint128 committed;
    }

    /// @notice An auction as stored.
    struct Auction {
        IBandwidthToken token;
        uint32 startsAt;
        uint32 endsAt;
        bool settled;
        bool cancelled;
        bool proceedsClaimed;
        /// The operator that opened it, paid the proceeds (the token's owner then).
        address operator;
        /// The SPT supply at the start, recorded at settlement for the Common Pool's claims (zero if nothing sold).
        uint96 sptSupply;
        /// Wei per whole IBT (1e18 units), at most 1,000 ETH.
        uint72 price;
        /// IBT units offered, at most a billion IBT.
        uint96 offered;
        /// IBT units of the Common Pool that holders claimed or that were swept. It shares the slot written at
        /// creation, so the first claim writes no fresh slot; the pool itself is 0.9% of `sold` (`commonPool`).
        uint88 commonPoolClaimed;
        /// IBT units sold.
        uint96 sold;
        /// Wei paid by the bids.
        uint104 raised;
        /// The investment it raises for.
        uint56 investmentId;
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

    /// @notice The caller is not the token's, the investment's or the auction's operator.
    error AuctionNotOperator(address account);

    /// @notice `account` does not hold the participant registry's Operator role (never onboarded, or offboarded).
    error AuctionNotOnboardedOperator(address account);

    /// @notice `operator` has a debt of a closed period in the compensation table that it has not settled in full:
    /// it opens no new auction until it settles.
    error AuctionOperatorInDebt(address operator);

    /// @notice The caller does not hold the participant registry's Platform role.
    error AuctionNotPlatform(address account);

    /// @notice This contract may not mint the token: the operator has to add it as a minter first.
    error AuctionNotMinter(address token);

    /// @notice A parameter is outside its bounds.
    error AuctionParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice There is no investment with this id.
    error AuctionInvestmentNotFound(uint256 investmentId);

    /// @notice The offer would take the investment's auctions above half of its total.
    /// @param raise `offered · price`, in wei.
    /// @param available What the investment's auctions may still raise: half its total minus what is committed.
    error AuctionRaiseAboveCap(uint256 raise, uint256 available);

    /// @notice The token's delivery period ends before the auction does: its bandwidth would be sold too late.
    error AuctionDeliveryEndsTooSoon(uint256 deliveryEnd, uint256 endsAt);

    /// @notice There is no auction with this id.
    error AuctionNotFound(uint256 auctionId);

    /// @notice The auction takes no bids now.
    error AuctionNotOpen(uint256 auctionId, uint256 startsAt, uint256 endsAt);

    /// @notice The auction's operator was offboarded: it raises no more.
    error AuctionOperatorOffboarded(uint256 auctionId, address operator);

    /// @notice The auction was cancelled by its operator.
    error AuctionWasCancelled(uint256 auctionId);

    /// @notice Only an auction without a bid, not settled, can be cancelled.
    error AuctionNotCancellable(uint256 auctionId, uint256 sold);

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

    /// @notice The auction has not ended, is not sold out and its operator is onboarded (or it was settled).
    error AuctionNotSettleable(uint256 auctionId, uint256 endsAt);

    /// @notice The caller has nothing to claim here.
    error AuctionNothingToClaim(uint256 auctionId, address account);

    /// @notice The Common Pool's claims closed at `closedAt`; what was left went to the treasury.
    error AuctionCommonPoolClosed(uint256 auctionId, uint256 closedAt);

    /// @notice The Common Pool can be swept only after its claims close at `closesAt`.
    error AuctionCommonPoolStillOpen(uint256 auctionId, uint256 closesAt);

    /// @notice Sending ether failed.
    error AuctionEtherTransferFailed(address to, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice `platform` recorded `operator`'s investment of `total` wei.
    event InvestmentRecorded(
        uint256 indexed investmentId, address indexed operator, uint256 total, address indexed platform
    );

    /// @notice An operator opened an auction for one of its investments.
    event AuctionCreated(
        uint256 indexed auctionId,
        address indexed operator,
        IBandwidthToken indexed token,
        uint256 investmentId,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    );

    /// @notice The operator cancelled an auction nobody bid in; its raise no longer counts against the investment.
    event AuctionCancelled(uint256 indexed auctionId);

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

    /// @notice After the claims closed, the Common Pool's unclaimed `amount` IBT went to `to` (the treasury).
    event CommonPoolSwept(uint256 indexed auctionId, address indexed to, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Records `operator`'s investment of `total` wei, once its due diligence is done. Platform role only;
    /// `operator` must hold the Operator role.
    /// @dev Reverts with `AuctionNotPlatform`, `AuctionNotOnboardedOperator` or `AuctionParameterOutOfBounds`.
    function recordInvestment(address operator, uint256 total) external returns (uint256 investmentId);

    /// @notice Opens an auction of `offered` units of the caller's `token` at `price` wei per IBT, raising for
    /// the caller's investment `investmentId`. The caller must hold the Operator role and have no unsettled debt
    /// in the compensation table.
    /// @param startsAt When bids open: not in the past, at least 7 days after the SPT sale was finalized, within
    /// a year; SPT holdings are measured at this second and 7 days before.
    /// @param endsAt When bids close: after the 48-hour priority window, at most 90 days after the start, before
    /// the token's delivery period ends.
    /// @dev Reverts with `AuctionSaleNotFinalized`, `AuctionNotOnboardedOperator`, `AuctionOperatorInDebt`,
    /// `AuctionInvestmentNotFound`, `AuctionUnknownToken`, `AuctionNotOperator`, `AuctionNotMinter`, `AuctionParameterOutOfBounds`,
    /// `AuctionDeliveryEndsTooSoon` or `AuctionRaiseAboveCap`.
    function createAuction(
        uint256 investmentId,
        IBandwidthToken token,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    ) external returns (uint256 auctionId);

    /// @notice Cancels an auction nobody bid in and that is not settled, releasing its raise from the investment.
    /// The auction's operator only (also once offboarded).
    /// @dev Reverts with `AuctionNotFound`, `AuctionNotOperator`, `AuctionWasCancelled` or `AuctionNotCancellable`.
    function cancelAuction(uint256 auctionId) external;

    /// @notice Buys `amount` IBT units, paying exactly `cost(auctionId, msg.sender, amount)` in ether. Bids open
    /// after the start second (whose balances count) and close at the end, or when the operator is offboarded.
    /// @dev Reverts with `AuctionNotFound`, `AuctionWasCancelled`, `AuctionNotOpen`, `AuctionOperatorOffboarded`,
    /// `AuctionZeroBid`, `AuctionExceedsRemaining`, `AuctionWrongPayment`, `AuctionAboveAllocation` or, if the
    /// operator removed this minter, the token's error.
    function bid(uint256 auctionId, uint256 amount) external payable;

    /// @notice Settles an auction that ended, sold out or whose operator was offboarded, fixing the Common
    /// Pool's share and releasing the unsold part of its raise from the investment. Anyone may call; the claims
    /// below settle first when needed.
    function settle(uint256 auctionId) external;

    /// @notice Sends the caller the IBT it bought.
    function claimTokens(uint256 auctionId) external;

    /// @notice Sends the operator the ether raised.
    function claimProceeds(uint256 auctionId) external;

    /// @notice Sends the caller its share of the Common Pool, `commonPool · holding / SPT supply(start)`, until
    /// 90 days after the end.
    /// @dev Reverts with `AuctionCommonPoolClosed` after that, `AuctionNothingToClaim` without a share.
    function claimCommonPool(uint256 auctionId) external;

    /// @notice Once the Common Pool's claims closed, sends what nobody claimed (rounding remainders, rights of
    /// SPT that was not held long enough, holders who did not claim) to the platform treasury. Anyone may call.
    /// @dev Reverts with `AuctionCommonPoolStillOpen` before, `AuctionNothingToClaim` when nothing is left.
    function sweepCommonPool(uint256 auctionId) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice How many investments exist; ids run from 1.
    function investmentCount() external view returns (uint256);

    /// @notice An investment; reverts with `AuctionInvestmentNotFound`.
    function getInvestment(uint256 investmentId) external view returns (Investment memory);

    /// @notice The compensation table, fixed at deployment, whose unsettled debts block new auctions.
    function compensationLedger() external view returns (ICompensationLedger);

    /// @notice How many auctions exist; ids run from 1.
    function auctionCount() external view returns (uint256);

    /// @notice An auction; reverts with `AuctionNotFound`.
    function getAuction(uint256 auctionId) external view returns (Auction memory);

    /// @notice What `bidder`'s next bid of `amount` IBT units costs in wei: the cost of everything it will then
    /// have bought in this auction, rounded up, minus what it already paid, so its bids together pay at most
    /// one wei more than their exact price.
    function cost(uint256 auctionId, address bidder, uint256 amount) external view returns (uint256);

    /// @notice The Common Pool's IBT units of an auction: 0.9% of what it sold, rounded down (final once settled).
    function commonPool(uint256 auctionId) external view returns (uint256);

    /// @notice `account`'s SPT holding for an auction: the lower of its balances 7 days before the start and
    /// at the start (zero until the start has passed).
    function holdingOf(uint256 auctionId, address account) external view returns (uint256);

    /// @notice `account`'s priority allocation (IBT units, from its holding; zero until the start has passed)
    /// and its position: what it bought and what it claimed.
    function positionOf(uint256 auctionId, address account)
        external
        view
        returns (uint256 allocation, Position memory position);

    /// @notice How long SPT holders bid alone after an auction starts.
    function PRIORITY_WINDOW() external view returns (uint256);

    /// @notice How long SPT must be held before an auction's start to count, and how long after the SPT sale
    /// was finalized the first auction may start.
    function HOLDING_PERIOD() external view returns (uint256);

    /// @notice How long after an auction's end SPT holders may claim the Common Pool.
    function COMMON_POOL_CLAIM_PERIOD() external view returns (uint256);

    /// @notice The Common Pool's share of the IBT sold, in basis points (90 = 0.9%).
    function COMMON_POOL_BPS() external view returns (uint256);
}
