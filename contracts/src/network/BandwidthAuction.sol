// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../interfaces/IBandwidthToken.sol";
import {IBandwidthTokenFactory} from "../interfaces/IBandwidthTokenFactory.sol";
import {ICompensationLedger} from "../interfaces/ICompensationLedger.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IPlatformToken} from "../interfaces/IPlatformToken.sol";
import {IPlatformTokenSale} from "../interfaces/IPlatformTokenSale.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title BandwidthAuction
/// @notice Every operator's investments and bandwidth auctions. See {IBandwidthAuction}.
contract BandwidthAuction is IBandwidthAuction, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc IBandwidthAuction
    uint256 public constant PRIORITY_WINDOW = 48 hours;
    /// @inheritdoc IBandwidthAuction
    uint256 public constant HOLDING_PERIOD = 7 days;
    /// @inheritdoc IBandwidthAuction
    uint256 public constant COMMON_POOL_CLAIM_PERIOD = 90 days;
    /// @inheritdoc IBandwidthAuction
    uint256 public constant COMMON_POOL_BPS = 90;

    uint256 private constant BPS = 10_000;
    uint256 private constant UNIT = 1e18;
    /// @dev Bounds that let price, offered and the Common Pool's claims share one slot (72 + 96 + 88 bits):
    /// 1,000 ETH per TB and a billion IBT are far above any real offer (the seed's: 810,000 IBT at 0.061 €).
    uint256 private constant MAX_PRICE = 1e21;
    uint256 private constant MIN_OFFERED = 1e18;
    uint256 private constant MAX_OFFERED = 1e27;
    uint256 private constant MAX_INVESTMENT = 1e30;
    uint256 private constant MAX_START_DELAY = 365 days;
    uint256 private constant MIN_DURATION = PRIORITY_WINDOW + 1 hours;
    uint256 private constant MAX_DURATION = 90 days;

    IPlatformTokenSale private immutable _sale;
    IPlatformToken private immutable _spt;
    IBandwidthTokenFactory private immutable _factory;
    IParticipantRegistry private immutable _participants;
    ICompensationLedger private immutable _compensationLedger;
    bytes32 private immutable _operatorRole;
    bytes32 private immutable _platformRole;

    uint256 private _investmentCount;
    mapping(uint256 investmentId => Investment) private _investments;
    uint256 private _auctionCount;
    mapping(uint256 auctionId => Auction) private _auctions;
    mapping(uint256 auctionId => mapping(address account => Position)) private _positions;

    /// @param sale The SPT sale: auctions open once it is finalized, and its token's balances give the rights.
    /// @param factory Where the tokens auctioned must come from.
    /// @param participants Whose Operator role may raise and whose Platform role records investments.
    /// @param table The compensation table: an operator with an unsettled debt opens no auction. It
    /// is deployed after this contract, so the deploy script passes its predicted address (it is only called).
    constructor(
        IPlatformTokenSale sale,
        IBandwidthTokenFactory factory,
        IParticipantRegistry participants,
        ICompensationLedger table
    ) {
        _sale = sale;
        _spt = sale.token();
        _factory = factory;
        _participants = participants;
        _compensationLedger = table;
        _operatorRole = participants.OPERATOR_ROLE();
        _platformRole = participants.PLATFORM_ROLE();
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBandwidthAuction
    function recordInvestment(address operator, uint256 total) external returns (uint256 investmentId) {
        if (!_participants.hasRole(_platformRole, msg.sender)) revert AuctionNotPlatform(msg.sender);
        _requireOnboarded(operator);
        _checkBounds("total", total, 1, MAX_INVESTMENT);
        investmentId = ++_investmentCount;
        _investments[investmentId] = Investment({operator: operator, total: uint128(total), committed: 0});
        emit InvestmentRecorded(investmentId, operator, total, msg.sender);
    }

    /// @inheritdoc IBandwidthAuction
    function createAuction(
        uint256 investmentId,
        IBandwidthToken token,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    ) external returns (uint256 auctionId) {
        _checkOffer(token, offered, price, startsAt, endsAt);
        _commit(investmentId, _costOf(offered, price));
        auctionId = ++_auctionCount;
        Auction storage auction = _auctions[auctionId];
        auction.token = token;
        auction.startsAt = uint32(startsAt);
        auction.endsAt = uint32(endsAt);
        auction.operator = msg.sender;
        auction.investmentId = uint56(investmentId);
        auction.price = uint72(price);
        auction.offered = uint96(offered);
        emit AuctionCreated(auctionId, msg.sender, token, investmentId, offered, price, startsAt, endsAt);
    }

    /// @inheritdoc IBandwidthAuction
    function cancelAuction(uint256 auctionId) external {
        Auction storage auction = _existing(auctionId);
        if (msg.sender != auction.operator) revert AuctionNotOperator(msg.sender);
        if (auction.cancelled) revert AuctionWasCancelled(auctionId);
        uint256 sold = auction.sold;
        if (sold != 0 || auction.settled) revert AuctionNotCancellable(auctionId, sold);
        auction.cancelled = true;
        _investments[auction.investmentId].committed -= uint128(_costOf(auction.offered, auction.price));
        emit AuctionCancelled(auctionId);
    }

    /// @inheritdoc IBandwidthAuction
    function bid(uint256 auctionId, uint256 amount) external payable nonReentrant {
        Auction storage auction = _existing(auctionId);
        uint256 startsAt = auction.startsAt;
        if (auction.cancelled) revert AuctionWasCancelled(auctionId);
        if (block.timestamp <= startsAt || block.timestamp > auction.endsAt || auction.settled) {
            revert AuctionNotOpen(auctionId, startsAt, auction.endsAt);
        }
        address operator = auction.operator;
        if (!_participants.hasRole(_operatorRole, operator)) revert AuctionOperatorOffboarded(auctionId, operator);
        if (amount == 0) revert AuctionZeroBid();
        uint256 sold = auction.sold;
        uint256 offered = auction.offered;
        if (amount > offered - sold) revert AuctionExceedsRemaining(amount, offered - sold);

        Position storage position = _positions[auctionId][msg.sender];
        uint256 bought = position.bought;
        uint256 price = auction.price;
        uint256 charge = _costOf(bought + amount, price) - _costOf(bought, price);
        if (msg.value != charge) revert AuctionWrongPayment(msg.value, charge);
        bool priority = block.timestamp <= startsAt + PRIORITY_WINDOW;
        if (priority) {
            uint256 allocation = _proRata(offered, _holding(msg.sender, startsAt), startsAt);
            if (bought + amount > allocation) revert AuctionAboveAllocation(allocation, bought);
        }
        position.bought = uint128(bought + amount);
        auction.sold = uint96(sold + amount);
        auction.raised += uint104(charge);
        emit BidPlaced(auctionId, msg.sender, amount, charge, priority);
        // The Common Pool's share is minted with each bid, as a difference of running totals so that all bids
        // together mint exactly 0.9% of what was sold; settlement then needs no minting right.
        uint256 poolCut = _commonPoolOf(sold + amount) - _commonPoolOf(sold);
        auction.token.mint(address(this), amount + poolCut);
    }

    /// @inheritdoc IBandwidthAuction
    function settle(uint256 auctionId) external {
        _settle(auctionId, _existing(auctionId));
    }

    /// @inheritdoc IBandwidthAuction
    function claimTokens(uint256 auctionId) external nonReentrant {
        Auction storage auction = _settled(auctionId);
        Position storage position = _positions[auctionId][msg.sender];
        uint256 amount = position.bought;
        if (amount == 0 || position.tokensClaimed) revert AuctionNothingToClaim(auctionId, msg.sender);
        position.tokensClaimed = true;
        emit TokensClaimed(auctionId, msg.sender, amount);
        IERC20(address(auction.token)).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IBandwidthAuction
    function claimProceeds(uint256 auctionId) external nonReentrant {
        Auction storage auction = _settled(auctionId);
        address operator = auction.operator;
        if (msg.sender != operator) revert AuctionNotOperator(msg.sender);
        uint256 amount = auction.raised;
        if (amount == 0 || auction.proceedsClaimed) revert AuctionNothingToClaim(auctionId, msg.sender);
        auction.proceedsClaimed = true;
        emit ProceedsClaimed(auctionId, operator, amount);
        (bool sent,) = operator.call{value: amount}("");
        if (!sent) revert AuctionEtherTransferFailed(operator, amount);
    }

    /// @inheritdoc IBandwidthAuction
    function claimCommonPool(uint256 auctionId) external nonReentrant {
        Auction storage auction = _settled(auctionId);
        uint256 closesAt = uint256(auction.endsAt) + COMMON_POOL_CLAIM_PERIOD;
        if (block.timestamp > closesAt) revert AuctionCommonPoolClosed(auctionId, closesAt);
        Position storage position = _positions[auctionId][msg.sender];
        uint256 pool = _commonPoolOf(auction.sold);
        uint256 amount;
        // A pool means bids after the start, so settlement stored the (non-zero) supply at the start.
        if (pool != 0) amount = Math.mulDiv(pool, _holding(msg.sender, auction.startsAt), auction.sptSupply);
        if (amount == 0 || position.commonPoolClaimed) revert AuctionNothingToClaim(auctionId, msg.sender);
        position.commonPoolClaimed = true;
        auction.commonPoolClaimed += uint88(amount);
        emit CommonPoolClaimed(auctionId, msg.sender, amount);
        IERC20(address(auction.token)).safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IBandwidthAuction
    function sweepCommonPool(uint256 auctionId) external nonReentrant {
        Auction storage auction = _settled(auctionId);
        uint256 closesAt = uint256(auction.endsAt) + COMMON_POOL_CLAIM_PERIOD;
        if (block.timestamp <= closesAt) revert AuctionCommonPoolStillOpen(auctionId, closesAt);
        uint256 pool = _commonPoolOf(auction.sold);
        uint256 amount = pool - auction.commonPoolClaimed;
        if (amount == 0) revert AuctionNothingToClaim(auctionId, msg.sender);
        auction.commonPoolClaimed = uint88(pool);
        address treasury = _sale.treasury();
        emit CommonPoolSwept(auctionId, treasury, amount);
        IERC20(address(auction.token)).safeTransfer(treasury, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBandwidthAuction
    function investmentCount() external view returns (uint256) {
        return _investmentCount;
    }

    /// @inheritdoc IBandwidthAuction
    function getInvestment(uint256 investmentId) external view returns (Investment memory) {
        return _existingInvestment(investmentId);
    }

    /// @inheritdoc IBandwidthAuction
    function compensationLedger() external view returns (ICompensationLedger) {
        return _compensationLedger;
    }

    /// @inheritdoc IBandwidthAuction
    function auctionCount() external view returns (uint256) {
        return _auctionCount;
    }

    /// @inheritdoc IBandwidthAuction
    function getAuction(uint256 auctionId) external view returns (Auction memory) {
        return _existing(auctionId);
    }

    /// @inheritdoc IBandwidthAuction
    function cost(uint256 auctionId, address bidder, uint256 amount) external view returns (uint256) {
        uint256 price = _existing(auctionId).price;
        uint256 bought = _positions[auctionId][bidder].bought;
        return _costOf(bought + amount, price) - _costOf(bought, price);
    }

    /// @inheritdoc IBandwidthAuction
    function commonPool(uint256 auctionId) external view returns (uint256) {
        return _commonPoolOf(_existing(auctionId).sold);
    }

    /// @inheritdoc IBandwidthAuction
    function holdingOf(uint256 auctionId, address account) external view returns (uint256) {
        uint256 startsAt = _existing(auctionId).startsAt;
        return block.timestamp > startsAt ? _holding(account, startsAt) : 0;
    }

    /// @inheritdoc IBandwidthAuction
    function positionOf(uint256 auctionId, address account)
        external
        view
        returns (uint256 allocation, Position memory position)
    {
        Auction storage auction = _existing(auctionId);
        uint256 startsAt = auction.startsAt;
        if (block.timestamp > startsAt) allocation = _proRata(auction.offered, _holding(account, startsAt), startsAt);
        position = _positions[auctionId][account];
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _existing(uint256 auctionId) private view returns (Auction storage auction) {
        auction = _auctions[auctionId];
        if (address(auction.token) == address(0)) revert AuctionNotFound(auctionId);
    }

    function _existingInvestment(uint256 investmentId) private view returns (Investment storage investment) {
        investment = _investments[investmentId];
        if (investment.operator == address(0)) revert AuctionInvestmentNotFound(investmentId);
    }

    /// @dev Every check of a new auction but the investment's cap.
    function _checkOffer(IBandwidthToken token, uint256 offered, uint256 price, uint256 startsAt, uint256 endsAt)
        private
        view
    {
        uint256 finalizedAt = _sale.finalizedAt();
        if (finalizedAt == 0) revert AuctionSaleNotFinalized();
        _requireOnboarded(msg.sender);
        if (_compensationLedger.hasUnsettledDebt(msg.sender)) revert AuctionOperatorInDebt(msg.sender);
        if (!_factory.isBandwidthToken(address(token))) revert AuctionUnknownToken(address(token));
        if (token.operator() != msg.sender) revert AuctionNotOperator(msg.sender);
        if (!token.isMinter(address(this))) revert AuctionNotMinter(address(token));
        _checkBounds("price", price, 1, MAX_PRICE);
        _checkBounds("offered", offered, MIN_OFFERED, MAX_OFFERED);
        // The holding is measured from `startsAt - HOLDING_PERIOD`, which must fall after the sale.
        uint256 earliestStart = Math.max(block.timestamp, finalizedAt + HOLDING_PERIOD);
        _checkBounds("startsAt", startsAt, earliestStart, block.timestamp + MAX_START_DELAY);
        _checkBounds("duration", endsAt - Math.min(endsAt, startsAt), MIN_DURATION, MAX_DURATION);
        uint256 deliveryEnd = token.deliveryEnd();
        if (deliveryEnd <= endsAt) revert AuctionDeliveryEndsTooSoon(deliveryEnd, endsAt);
    }

    /// @dev Counts `raise` against the caller's investment `investmentId`, within half of its total.
    function _commit(uint256 investmentId, uint256 raise) private {
        Investment storage investment = _existingInvestment(investmentId);
        if (investment.operator != msg.sender) revert AuctionNotOperator(msg.sender);
        uint256 committed = investment.committed;
        uint256 available = investment.total / 2 - committed;
        if (raise > available) revert AuctionRaiseAboveCap(raise, available);
        investment.committed = uint128(committed + raise);
    }

    function _requireOnboarded(address account) private view {
        if (!_participants.hasRole(_operatorRole, account)) revert AuctionNotOnboardedOperator(account);
    }

    /// @dev The auction, settled now if it is due; reverts with `AuctionNotSettleable` if it is not.
    function _settled(uint256 auctionId) private returns (Auction storage auction) {
        auction = _existing(auctionId);
        if (!auction.settled) _settle(auctionId, auction);
    }

    /// @dev Due once ended or sold out, or as soon as the operator is offboarded (no bid can come any more, so
    /// buyers need not wait for the end to claim). The unsold part of the raise goes back to the investment.
    function _settle(uint256 auctionId, Auction storage auction) private {
        if (auction.cancelled) revert AuctionWasCancelled(auctionId);
        uint256 sold = auction.sold;
        uint256 offered = auction.offered;
        if (
            auction.settled
                || (block.timestamp <= auction.endsAt
                    && sold < offered
                    && _participants.hasRole(_operatorRole, auction.operator))
        ) {
            revert AuctionNotSettleable(auctionId, auction.endsAt);
        }
        uint256 raised = auction.raised;
        auction.settled = true;
        // Stored once so that each Common Pool claim reads a slot instead of looking the supply up. A sale's SPT
        // supply is at most 1e27 (its cap's bound), below 2^96. Without a sale nobody bid after the start.
        if (sold != 0) auction.sptSupply = uint96(_spt.getPastTotalSupply(auction.startsAt));
        // Each buyer's bids round up once, so many small buyers may together pay a few wei more than the
        // reservation: only what is below it is released.
        uint256 reserved = _costOf(offered, auction.price);
        if (raised < reserved) _investments[auction.investmentId].committed -= uint128(reserved - raised);
        emit AuctionSettled(auctionId, sold, raised, _commonPoolOf(sold));
    }

    /// @dev Wei for `amount` IBT units at `price` per whole IBT, rounded up.
    function _costOf(uint256 amount, uint256 price) private pure returns (uint256) {
        return Math.mulDiv(amount, price, UNIT, Math.Rounding.Ceil);
    }

    /// @dev The Common Pool's share of `sold` IBT units.
    function _commonPoolOf(uint256 sold) private pure returns (uint256) {
        return sold * COMMON_POOL_BPS / BPS;
    }

    /// @dev The lower of `account`'s SPT balances at `startsAt - HOLDING_PERIOD` and at `startsAt` (past).
    function _holding(address account, uint256 startsAt) private view returns (uint256) {
        return _spt.getPastHolding(account, startsAt - HOLDING_PERIOD, startsAt);
    }

    /// @dev `amount · holding / SPT supply(start)`, rounded down; the start must have passed.
    function _proRata(uint256 amount, uint256 holding, uint256 startsAt) private view returns (uint256) {
        if (holding == 0) return 0;
        return Math.mulDiv(amount, holding, _spt.getPastTotalSupply(startsAt));
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert AuctionParameterOutOfBounds(name, value, min, max);
    }
}
