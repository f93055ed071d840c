// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../interfaces/IBandwidthToken.sol";
import {IBandwidthTokenFactory} from "../interfaces/IBandwidthTokenFactory.sol";
import {IPlatformToken} from "../interfaces/IPlatformToken.sol";
import {IPlatformTokenSale} from "../interfaces/IPlatformTokenSale.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title BandwidthAuction
/// @notice Every operator's bandwidth auctions. See {IBandwidthAuction}.
contract BandwidthAuction is IBandwidthAuction, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc IBandwidthAuction
    uint256 public constant PRIORITY_WINDOW = 48 hours;
    /// @inheritdoc IBandwidthAuction
    uint256 public constant COMMON_POOL_BPS = 90;

    uint256 private constant BPS = 10_000;
    uint256 private constant UNIT = 1e18;
    uint256 private constant MAX_PRICE = 1e24;
    uint256 private constant MIN_OFFERED = 1e18;
    uint256 private constant MAX_AMOUNT = 1e30;
    uint256 private constant MAX_START_DELAY = 365 days;
    uint256 private constant MIN_DURATION = PRIORITY_WINDOW + 1 hours;
    uint256 private constant MAX_DURATION = 90 days;

    IPlatformTokenSale private immutable _sale;
    IPlatformToken private immutable _spt;
    IBandwidthTokenFactory private immutable _factory;

    uint256 private _auctionCount;
    mapping(uint256 auctionId => Auction) private _auctions;
    mapping(uint256 auctionId => mapping(address account => Position)) private _positions;

    /// @param sale The SPT sale: auctions open once it is finalized, and its token's balances give the rights.
    /// @param factory Where the tokens auctioned must come from.
    constructor(IPlatformTokenSale sale, IBandwidthTokenFactory factory) {
        _sale = sale;
        _spt = sale.token();
        _factory = factory;
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBandwidthAuction
    function createAuction(
        IBandwidthToken token,
        uint256 totalInvestment,
        uint256 offered,
        uint256 price,
        uint256 startsAt,
        uint256 endsAt
    ) external returns (uint256 auctionId) {
        if (!_sale.finalized()) revert AuctionSaleNotFinalized();
        if (!_factory.isBandwidthToken(address(token))) revert AuctionUnknownToken(address(token));
        if (token.operator() != msg.sender) revert AuctionNotOperator(msg.sender);
        if (!token.isMinter(address(this))) revert AuctionNotMinter(address(token));
        _checkBounds("price", price, 1, MAX_PRICE);
        _checkBounds("offered", offered, MIN_OFFERED, MAX_AMOUNT);
        _checkBounds("totalInvestment", totalInvestment, 1, MAX_AMOUNT);
        _checkBounds("startsAt", startsAt, block.timestamp, block.timestamp + MAX_START_DELAY);
        _checkBounds("duration", endsAt - Math.min(endsAt, startsAt), MIN_DURATION, MAX_DURATION);
        uint256 raise = Math.mulDiv(offered, price, UNIT, Math.Rounding.Ceil);
        if (raise > totalInvestment / 2) revert AuctionRaiseAboveCap(raise, totalInvestment / 2);

        auctionId = ++_auctionCount;
        Auction storage auction = _auctions[auctionId];
        auction.token = token;
        auction.operator = msg.sender;
        auction.startsAt = uint32(startsAt);
        auction.endsAt = uint32(endsAt);
        auction.price = uint128(price);
        auction.offered = uint128(offered);
        auction.totalInvestment = uint128(totalInvestment);
        emit AuctionCreated(auctionId, msg.sender, token, totalInvestment, offered, price, startsAt, endsAt);
    }

    /// @inheritdoc IBandwidthAuction
    function bid(uint256 auctionId, uint256 amount) external payable nonReentrant {
        Auction storage auction = _existing(auctionId);
        uint256 startsAt = auction.startsAt;
        if (block.timestamp <= startsAt || block.timestamp > auction.endsAt || auction.settled) {
            revert AuctionNotOpen(auctionId, startsAt, auction.endsAt);
        }
        if (amount == 0) revert AuctionZeroBid();
        uint256 sold = auction.sold;
        uint256 remaining = auction.offered - sold;
        if (amount > remaining) revert AuctionExceedsRemaining(amount, remaining);
        uint256 price = Math.mulDiv(amount, auction.price, UNIT, Math.Rounding.Ceil);
        if (msg.value != price) revert AuctionWrongPayment(msg.value, price);

        Position storage position = _positions[auctionId][msg.sender];
        uint256 bought = position.bought;
        bool priority = block.timestamp <= startsAt + PRIORITY_WINDOW;
        if (priority) {
            uint256 allocation = _proRata(auction, auction.offered, msg.sender);
            if (bought + amount > allocation) revert AuctionAboveAllocation(allocation, bought);
        }
        position.bought = uint128(bought + amount);
        auction.sold = uint128(sold + amount);
        auction.raised += uint128(msg.value);
        emit BidPlaced(auctionId, msg.sender, amount, msg.value, priority);
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
        Position storage position = _positions[auctionId][msg.sender];
        uint256 amount = _proRata(auction, auction.commonPool, msg.sender);
        if (amount == 0 || position.commonPoolClaimed) revert AuctionNothingToClaim(auctionId, msg.sender);
        position.commonPoolClaimed = true;
        auction.commonPoolClaimed += uint128(amount);
        emit CommonPoolClaimed(auctionId, msg.sender, amount);
        IERC20(address(auction.token)).safeTransfer(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IBandwidthAuction
    function auctionCount() external view returns (uint256) {
        return _auctionCount;
    }

    /// @inheritdoc IBandwidthAuction
    function getAuction(uint256 auctionId) external view returns (Auction memory) {
        return _existing(auctionId);
    }

    /// @inheritdoc IBandwidthAuction
    function cost(uint256 auctionId, uint256 amount) external view returns (uint256) {
        return Math.mulDiv(amount, _existing(auctionId).price, UNIT, Math.Rounding.Ceil);
    }

    /// @inheritdoc IBandwidthAuction
    function positionOf(uint256 auctionId, address account)
        external
        view
        returns (uint256 allocation, Position memory position)
    {
        Auction storage auction = _existing(auctionId);
        if (block.timestamp > auction.startsAt) allocation = _proRata(auction, auction.offered, account);
        position = _positions[auctionId][account];
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _existing(uint256 auctionId) private view returns (Auction storage auction) {
        auction = _auctions[auctionId];
        if (address(auction.token) == address(0)) revert AuctionNotFound(auctionId);
    }

    /// @dev The auction, settled now if it is due; reverts with `AuctionNotSettleable` if it is not.
    function _settled(uint256 auctionId) private returns (Auction storage auction) {
        auction = _existing(auctionId);
        if (!auction.settled) _settle(auctionId, auction);
    }

    function _settle(uint256 auctionId, Auction storage auction) private {
        uint256 sold = auction.sold;
        if (auction.settled || (block.timestamp <= auction.endsAt && sold < auction.offered)) {
            revert AuctionNotSettleable(auctionId, auction.endsAt);
        }
        uint256 commonPool = _commonPoolOf(sold);
        auction.settled = true;
        auction.commonPool = uint128(commonPool);
        emit AuctionSettled(auctionId, sold, auction.raised, commonPool);
    }

    /// @dev The Common Pool's share of `sold` IBT units.
    function _commonPoolOf(uint256 sold) private pure returns (uint256) {
        return sold * COMMON_POOL_BPS / BPS;
    }

    /// @dev `amount · SPT(start) / SPT supply(start)`, rounded down; the start must have passed.
    function _proRata(Auction storage auction, uint256 amount, address account) private view returns (uint256) {
        uint256 supply = _spt.getPastTotalSupply(auction.startsAt);
        if (supply == 0) return 0;
        return Math.mulDiv(amount, _spt.getPastBalance(account, auction.startsAt), supply);
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert AuctionParameterOutOfBounds(name, value, min, max);
    }
}
