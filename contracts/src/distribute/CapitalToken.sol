// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICapitalToken} from "../interfaces/ICapitalToken.sol";
import {PoolMath} from "../libraries/PoolMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title CapitalToken
/// @notice The Distribute capital token and the collective ether pool it is priced against.
/// @dev The ERC-20 core is written here rather than inherited from OpenZeppelin so that the price's supply
/// and pool share one slot with the release anchor, and a buy or sell reads only that slot and the release
/// rates: no write but its own, in every block alike (a write that happened only when time had passed since
/// the last update made an estimate at `latest` too low one block later).
///
/// Release: every addition (ether returned, tokens burned) is released linearly until the end of the window
/// step it was added in plus the window, so over between `releaseWindow − step` and `releaseWindow`, whatever
/// is added later. The price's pool and supply are linear in time between two step ends: `_state` holds them
/// at `anchor`, `_rates` their slopes. At a step end the additions ending there stop (their rates are kept
/// in `_ratesEndingAt`); the first call after it applies that — at most `RELEASE_STEPS + 1` ends — and moves
/// the anchor. Rates are rounded down; what rounding leaves behind is released when a kind's rate reaches zero.
contract CapitalToken is ICapitalToken, ReentrancyGuardTransient {
    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Where the dead supply lives: nobody holds its key.
    address public constant DEAD_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    /// @dev The pool and the ether pending may each reach 2^94 wei (2·10^10 ether, far more than exists), so
    /// their sum fits the signed 96-bit pool of `PoolState`.
    uint256 private constant MAX_POOL = 2 ** 94;
    uint256 private constant MAX_SUPPLY = type(uint128).max >> 1;

    /// @dev Additions in the same 1/7 of the window share an end: at most eight ends are pending at once, so
    /// their rates live in a ring of eight slots, each reused once its end has passed.
    uint256 private constant RELEASE_STEPS = 7;
    uint256 private constant RING_SIZE = RELEASE_STEPS + 1;
    /// @dev Rates are per second, scaled by 2^4: the token rate then stays below 2^120 (2^127 tokens over the
    /// shortest release, more than 2^11 s) and rounding leaves at most duration/16 units per addition.
    uint256 private constant RATE_SHIFT = 4;

    uint256 private constant MIN_FLOOR_PRICE = 1e9;
    uint256 private constant MAX_FLOOR_PRICE = 1e18;
    uint256 private constant MIN_DEAD_SUPPLY = 1e12;
    uint256 private constant MAX_DEAD_SUPPLY = 1e24;
    uint256 private constant MIN_RELEASE_WINDOW = 1 hours;
    uint256 private constant MAX_RELEASE_WINDOW = 90 days;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev The price's supply and pool at `anchor` (`anchor == 0`: nothing pending, they are the total supply
    /// and the pool). Between step ends the price's supply is `supply − tokenRate·(now − anchor)` and its pool
    /// `pool + etherRate·(now − anchor)`; a sale may leave `pool` below zero because the pool grew since `anchor`.
    struct PoolState {
        uint128 supply;
        int96 pool;
        uint32 anchor;
    }

    /// @dev Release rates (scaled by 2^RATE_SHIFT) and the next step end at which some of them stop.
    struct ReleaseRates {
        uint120 tokensPerSecond;
        uint104 etherPerSecond;
        uint32 nextEnd;
    }

    /// @dev What is still pending at `anchor`, and when the last addition ends.
    struct ReleaseLevels {
        uint128 tokensPending;
        uint96 etherPending;
        uint32 lastEnd;
    }

    /// @dev The rates that stop at one step end. `used` keeps a slot from returning to zero, so the first
    /// addition of a step rewrites a slot (5,000 gas) instead of creating one (22,100).
    struct EndingRates {
        uint128 tokensPerSecond;
        uint120 etherPerSecond;
        bool used;
    }

    /// @dev The protocol wiring, fixed at deployment (the deploy script predicts these addresses): no role
    /// exists that anyone could grant afterwards, so governance cannot move tokens, escrows or pool ether.
    address private immutable _projectRegistry;
    address private immutable _plcrVoting;
    address private immutable _taskRegistry;
    uint256 private immutable _floorPrice;
    uint256 private immutable _releaseWindow;
    uint256 private immutable _releaseStep;
    uint256 private immutable _deadSupply;

    PoolState private _state;
    ReleaseRates private _rates;
    ReleaseLevels private _levels;
    mapping(uint256 ringIndex => EndingRates) private _ratesEndingAt;
    mapping(address account => uint256) private _balances;
    mapping(address account => mapping(address spender => uint256)) private _allowances;
    mapping(uint256 projectId => uint256) private _escrows;
    mapping(address account => uint256) private _owed;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param projectRegistry_ The project registry (stakes, collateral, funding, staker rewards).
    /// @param plcrVoting_ The voting contract (vote escrows).
    /// @param taskRegistry_ The task registry (validator stakes, payouts, returned escrow).
    /// @param floorPrice_ Buy-side floor, in wei per whole token.
    /// @param deadSupply_ Tokens minted to `DEAD_ADDRESS` so the supply never returns to zero.
    /// @param releaseWindow_ Seconds over which returned ether and burned tokens enter the price.
    constructor(
        address projectRegistry_,
        address plcrVoting_,
        address taskRegistry_,
        uint256 floorPrice_,
        uint256 deadSupply_,
        uint256 releaseWindow_
    ) {
        _checkBounds("floorPrice", floorPrice_, MIN_FLOOR_PRICE, MAX_FLOOR_PRICE);
        _checkBounds("deadSupply", deadSupply_, MIN_DEAD_SUPPLY, MAX_DEAD_SUPPLY);
        _checkBounds("releaseWindow", releaseWindow_, MIN_RELEASE_WINDOW, MAX_RELEASE_WINDOW);
        _floorPrice = floorPrice_;
        _deadSupply = deadSupply_;
        _releaseWindow = releaseWindow_;
        _releaseStep = releaseWindow_ / RELEASE_STEPS;
        _projectRegistry = projectRegistry_;
        _plcrVoting = plcrVoting_;
        _taskRegistry = taskRegistry_;
        _state.supply = uint128(deadSupply_);
        // Every release slot starts non-zero (time fields and `used` are never read as amounts), so no
        // settlement pays 22,100 gas to create one: the deployment pays it once.
        _rates.nextEnd = 1;
        _levels.lastEnd = 1;
        for (uint256 i; i < RING_SIZE; ++i) {
            _ratesEndingAt[i].used = true;
        }
        _balances[DEAD_ADDRESS] = deadSupply_;
        emit Transfer(address(0), DEAD_ADDRESS, deadSupply_);
    }

    /// @dev Protocol hooks: only the contracts fixed at deployment.
    modifier onlyProtocol() {
        if (msg.sender != _projectRegistry && msg.sender != _plcrVoting && msg.sender != _taskRegistry) {
            revert CapitalNotProtocol(msg.sender);
        }
        _;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERC-20
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IERC20Metadata
    function name() external pure returns (string memory) {
        return "Distribute Capital";
    }

    /// @inheritdoc IERC20Metadata
    function symbol() external pure returns (string memory) {
        return "DCAP";
    }

    /// @inheritdoc IERC20Metadata
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @inheritdoc IERC20
    function totalSupply() external view returns (uint256) {
        // Both are taken at the anchor, and every release moves them together.
        return _state.supply - _levels.tokensPending;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = _allowances[from][msg.sender];
        if (allowed != type(uint256).max) {
            if (allowed < value) revert ERC20InsufficientAllowance(msg.sender, allowed, value);
            unchecked {
                _allowances[from][msg.sender] = allowed - value;
            }
        }
        _transfer(from, to, value);
        return true;
    }

    /*//////////////////////////////////////////////////////////////
                              USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICapitalToken
    function buy(uint256 minTokensOut) external payable returns (uint256 tokensOut) {
        if (msg.value == 0) revert CapitalZeroEther();
        PoolState memory state = _currentState();
        (uint256 pool, uint256 supply) = _priceAt(state);
        tokensOut = PoolMath.tokensForEther(msg.value, pool, supply, _floorPrice);
        if (tokensOut == 0 || tokensOut < minTokensOut) revert CapitalInsufficientTokensOut(tokensOut, minTokensOut);
        if (pool + msg.value > MAX_POOL) revert CapitalAmountTooLarge(pool + msg.value, MAX_POOL);
        if (supply + tokensOut > MAX_SUPPLY) revert CapitalAmountTooLarge(supply + tokensOut, MAX_SUPPLY);
        unchecked {
            // Bounded by the checks above: the stored values are at most the current ones plus what is released.
            state.supply += uint128(tokensOut);
            state.pool += int96(int256(msg.value));
            _balances[msg.sender] += tokensOut;
        }
        _state = state;
        emit Transfer(address(0), msg.sender, tokensOut);
        emit Bought(msg.sender, msg.value, tokensOut);
    }

    /// @inheritdoc ICapitalToken
    function sell(uint256 amount, uint256 minEtherOut) external nonReentrant returns (uint256 etherOut) {
        if (amount == 0) revert CapitalZeroAmount();
        uint256 balance = _balances[msg.sender];
        if (balance < amount) revert ERC20InsufficientBalance(msg.sender, balance, amount);
        PoolState memory state = _currentState();
        (uint256 pool, uint256 supply) = _priceAt(state);
        etherOut = PoolMath.sellPayout(amount, pool, supply);
        if (etherOut == 0 || etherOut < minEtherOut) revert CapitalInsufficientEtherOut(etherOut, minEtherOut);
        unchecked {
            // amount <= balance <= total supply <= state.supply; etherOut < pool (amount < supply) and the
            // stored pool is at least the current one minus the ether pending, so it stays above -2^95.
            _balances[msg.sender] = balance - amount;
            state.supply -= uint128(amount);
            state.pool -= int96(int256(etherOut));
        }
        _state = state;
        emit Transfer(msg.sender, address(0), amount);
        emit Sold(msg.sender, amount, etherOut);
        _sendEther(msg.sender, etherOut);
    }

    /// @inheritdoc ICapitalToken
    function withdrawOwed() external nonReentrant returns (uint256 amount) {
        amount = _owed[msg.sender];
        if (amount == 0) revert CapitalNothingOwed(msg.sender);
        _owed[msg.sender] = 0;
        emit OwedWithdrawn(msg.sender, amount);
        _sendEther(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICapitalToken
    function takeStake(address account, uint256 amount) external onlyProtocol {
        if (amount == 0) revert CapitalZeroAmount();
        _transfer(account, msg.sender, amount);
    }

    /// @inheritdoc ICapitalToken
    function burnStake(uint256 amount) external onlyProtocol {
        if (amount == 0) revert CapitalZeroAmount();
        uint256 balance = _balances[msg.sender];
        if (balance < amount) revert ERC20InsufficientBalance(msg.sender, balance, amount);
        unchecked {
            _balances[msg.sender] = balance - amount;
        }
        // The price's supply keeps the burned tokens until they are released: only the pending level grows.
        emit Transfer(msg.sender, address(0), amount);
        emit StakeBurned(msg.sender, amount);
        _scheduleRelease(0, amount);
    }

    /// @inheritdoc ICapitalToken
    function fundProject(uint256 projectId, uint256 escrowAmount, address rewardee, uint256 reward)
        external
        onlyProtocol
    {
        PoolState memory state = _currentState();
        (uint256 pool,) = _priceAt(state);
        uint256 needed = escrowAmount + reward;
        if (needed > pool) revert CapitalInsufficientPool(pool, needed);
        unchecked {
            // needed <= pool < 2^95, and the stored pool stays at least the current one minus the ether pending.
            state.pool -= int96(int256(needed));
        }
        _state = state;
        _escrows[projectId] += escrowAmount;
        if (reward != 0) _owed[rewardee] += reward;
        emit ProjectFunded(projectId, escrowAmount, rewardee, reward);
    }

    /// @inheritdoc ICapitalToken
    function payFromEscrow(uint256 projectId, address account, uint256 amount) external onlyProtocol {
        _takeFromEscrow(projectId, amount);
        _owed[account] += amount;
        emit EscrowPaid(projectId, account, amount);
    }

    /// @inheritdoc ICapitalToken
    function sendFromEscrow(uint256 projectId, address account, uint256 amount) external onlyProtocol nonReentrant {
        _takeFromEscrow(projectId, amount);
        emit EscrowSent(projectId, account, amount);
        _sendEther(account, amount);
    }

    /// @inheritdoc ICapitalToken
    function returnEscrow(uint256 projectId, uint256 amount) external onlyProtocol {
        _takeFromEscrow(projectId, amount);
        emit EscrowReturned(projectId, amount);
        _scheduleRelease(amount, 0);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICapitalToken
    function quoteBuy(uint256 etherIn) external view returns (uint256 tokensOut) {
        if (etherIn == 0) return 0;
        (uint256 pool, uint256 supply) = _priceNow();
        return PoolMath.tokensForEther(etherIn, pool, supply, _floorPrice);
    }

    /// @inheritdoc ICapitalToken
    function quoteBuyCost(uint256 tokens) external view returns (uint256 etherIn) {
        (uint256 pool, uint256 supply) = _priceNow();
        return PoolMath.buyCost(tokens, pool, supply, _floorPrice);
    }

    /// @inheritdoc ICapitalToken
    function quoteSell(uint256 tokens) external view returns (uint256 etherOut) {
        (uint256 pool, uint256 supply) = _priceNow();
        return PoolMath.sellPayout(tokens, pool, supply);
    }

    /// @inheritdoc ICapitalToken
    function priceState() external view returns (uint256 pool, uint256 supply) {
        return _priceNow();
    }

    /// @inheritdoc ICapitalToken
    function spotPrice() external view returns (uint256 buyPrice, uint256 sellPrice) {
        (uint256 pool, uint256 supply) = _priceNow();
        (uint256 num, uint256 den) = PoolMath.basePrice(pool, supply, _floorPrice);
        buyPrice = PoolMath.sellPayout(PoolMath.WAD, num, den);
        sellPrice = PoolMath.sellPayout(PoolMath.WAD, pool, supply);
    }

    /// @inheritdoc ICapitalToken
    function availablePool() external view returns (uint256) {
        (uint256 pool,) = _priceNow();
        return pool;
    }

    /// @inheritdoc ICapitalToken
    function pendingRelease() external view returns (uint256 etherPending, uint256 tokensPending, uint256 releaseEnd) {
        PoolState memory state = _state;
        if (state.anchor == 0) return (0, 0, 0);
        ReleaseRates memory rates = _rates;
        ReleaseLevels memory levels = _levels;
        if (rates.nextEnd <= block.timestamp) _applyEnds(state, rates, levels);
        if (state.anchor == 0) return (0, 0, 0);
        (uint256 etherReleased, uint256 tokensReleased) = _releasedSinceAnchor(state, rates);
        return (levels.etherPending - etherReleased, levels.tokensPending - tokensReleased, levels.lastEnd);
    }

    /// @inheritdoc ICapitalToken
    function escrowOf(uint256 projectId) external view returns (uint256) {
        return _escrows[projectId];
    }

    /// @inheritdoc ICapitalToken
    function owedTo(address account) external view returns (uint256) {
        return _owed[account];
    }

    /// @inheritdoc ICapitalToken
    function protocolContracts()
        external
        view
        returns (address projectRegistry, address plcrVoting, address taskRegistry)
    {
        return (_projectRegistry, _plcrVoting, _taskRegistry);
    }

    /// @inheritdoc ICapitalToken
    function floorPrice() external view returns (uint256) {
        return _floorPrice;
    }

    /// @inheritdoc ICapitalToken
    function releaseWindow() external view returns (uint256) {
        return _releaseWindow;
    }

    /// @inheritdoc ICapitalToken
    function deadSupply() external view returns (uint256) {
        return _deadSupply;
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _transfer(address from, address to, uint256 value) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 balance = _balances[from];
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        unchecked {
            // Σ balances == totalSupply < 2^128, so neither side can wrap.
            _balances[from] = balance - value;
            _balances[to] += value;
        }
        emit Transfer(from, to, value);
    }

    function _takeFromEscrow(uint256 projectId, uint256 amount) private {
        if (amount == 0) revert CapitalZeroAmount();
        uint256 escrowed = _escrows[projectId];
        if (escrowed < amount) revert CapitalInsufficientEscrow(projectId, escrowed, amount);
        unchecked {
            _escrows[projectId] = escrowed - amount;
        }
    }

    /// @dev `_state`, with the step ends passed since its anchor applied and written (the rates, the levels
    /// and the ended entries; `_state` itself is left to the caller, which writes it anyway). O(1) unless a
    /// step end passed, which happens at most once per step.
    function _currentState() private returns (PoolState memory state) {
        state = _state;
        if (state.anchor == 0) return state;
        ReleaseRates memory rates = _rates;
        if (rates.nextEnd > block.timestamp) return state;
        ReleaseLevels memory levels = _levels;
        uint256 firstEnd = rates.nextEnd;
        _applyEnds(state, rates, levels);
        uint256 stopAt = state.anchor == 0 ? uint256(levels.lastEnd) + 1 : rates.nextEnd;
        for (uint256 end = firstEnd; end < stopAt; end += _releaseStep) {
            _ratesEndingAt[_ringIndex(end)] = EndingRates({tokensPerSecond: 0, etherPerSecond: 0, used: true});
        }
        // Once nothing is pending the memory copies hold zero rates and levels; their time fields stay in the
        // slots (unread while `anchor == 0`) so the slots are rewritten rather than created next time.
        _rates = rates;
        _levels = levels;
    }

    /// @dev Applies, in memory, every step end up to now: moves the anchor to each end, stops the rates that
    /// end there and releases a kind's remainder when its rate reaches zero. Clears `state.anchor` once
    /// nothing is pending. Ends lie one step apart and all pending ones within a window of the latest
    /// addition, so the loop runs at most `RELEASE_STEPS + 1` times.
    function _applyEnds(PoolState memory state, ReleaseRates memory rates, ReleaseLevels memory levels) private view {
        for (uint256 i; i <= RELEASE_STEPS && rates.nextEnd <= block.timestamp; ++i) {
            uint256 end = rates.nextEnd;
            _moveAnchor(state, rates, levels, end);
            EndingRates memory ending = _ratesEndingAt[_ringIndex(end)];
            rates.tokensPerSecond -= uint120(ending.tokensPerSecond);
            rates.etherPerSecond -= uint104(ending.etherPerSecond);
            if (rates.tokensPerSecond == 0) {
                state.supply -= levels.tokensPending;
                levels.tokensPending = 0;
            }
            if (rates.etherPerSecond == 0) {
                state.pool += int96(int256(uint256(levels.etherPending)));
                levels.etherPending = 0;
            }
            if (end >= levels.lastEnd || (levels.tokensPending == 0 && levels.etherPending == 0)) {
                state.supply -= levels.tokensPending;
                state.pool += int96(int256(uint256(levels.etherPending)));
                levels.tokensPending = 0;
                levels.etherPending = 0;
                rates.tokensPerSecond = 0;
                rates.etherPerSecond = 0;
                state.anchor = 0;
                return;
            }
            rates.nextEnd = uint32(end + _releaseStep);
        }
    }

    /// @dev Moves what the rates released between the anchor and `time` (no step end in between) out of the
    /// levels and into the price's supply and pool.
    function _moveAnchor(PoolState memory state, ReleaseRates memory rates, ReleaseLevels memory levels, uint256 time)
        private
        pure
    {
        (uint256 etherReleased, uint256 tokensReleased) = _releasedUntil(state, rates, time);
        // Rates are rounded down, so what they release never exceeds what is pending.
        state.supply -= uint128(tokensReleased);
        levels.tokensPending -= uint128(tokensReleased);
        state.pool += int96(int256(etherReleased));
        levels.etherPending -= uint96(etherReleased);
        state.anchor = uint32(time);
    }

    function _releasedUntil(PoolState memory state, ReleaseRates memory rates, uint256 time)
        private
        pure
        returns (uint256 etherReleased, uint256 tokensReleased)
    {
        uint256 elapsed = time - state.anchor;
        etherReleased = (uint256(rates.etherPerSecond) * elapsed) >> RATE_SHIFT;
        tokensReleased = (uint256(rates.tokensPerSecond) * elapsed) >> RATE_SHIFT;
    }

    function _releasedSinceAnchor(PoolState memory state, ReleaseRates memory rates)
        private
        view
        returns (uint256 etherReleased, uint256 tokensReleased)
    {
        return _releasedUntil(state, rates, block.timestamp);
    }

    /// @dev The price's pool and supply now, for a state whose passed step ends are applied.
    function _priceAt(PoolState memory state) private view returns (uint256 pool, uint256 supply) {
        if (state.anchor == 0) return (uint256(int256(state.pool)), state.supply);
        (uint256 etherReleased, uint256 tokensReleased) = _releasedSinceAnchor(state, _rates);
        // The pool now is never negative: a sale or draw took at most what the pool held when it ran.
        pool = uint256(int256(state.pool) + int256(etherReleased));
        supply = state.supply - tokensReleased;
    }

    /// @dev The ring slot of a step end. Ends are `k · step + window`; pending ones span at most eight
    /// consecutive `k`, and the slot of `k − 8` was cleared when its end passed, before `k` began.
    function _ringIndex(uint256 end) private view returns (uint256) {
        return ((end - _releaseWindow) / _releaseStep) % RING_SIZE;
    }

    /// @dev `_priceAt` for views: applies passed step ends in memory only.
    function _priceNow() private view returns (uint256 pool, uint256 supply) {
        PoolState memory state = _state;
        if (state.anchor != 0) {
            ReleaseRates memory rates = _rates;
            if (rates.nextEnd <= block.timestamp) {
                ReleaseLevels memory levels = _levels;
                _applyEnds(state, rates, levels);
                if (state.anchor == 0) return (uint256(int256(state.pool)), state.supply);
            }
            (uint256 etherReleased, uint256 tokensReleased) = _releasedUntil(state, rates, block.timestamp);
            return (uint256(int256(state.pool) + int256(etherReleased)), state.supply - tokensReleased);
        }
        return (uint256(int256(state.pool)), state.supply);
    }

    /// @dev Adds to the release: the addition runs from now to the end of the current step plus the window,
    /// on its own rate, whatever is pending already. Everything released so far is moved into the price first.
    function _scheduleRelease(uint256 etherAdded, uint256 tokensAdded) private {
        PoolState memory state = _currentState();
        ReleaseRates memory rates;
        ReleaseLevels memory levels;
        if (state.anchor != 0) {
            rates = _rates;
            levels = _levels;
            _moveAnchor(state, rates, levels, block.timestamp);
        } else {
            state.anchor = uint32(block.timestamp);
        }
        uint256 end = block.timestamp - block.timestamp % _releaseStep + _releaseWindow;
        uint256 duration = end - block.timestamp;
        uint256 etherPending = levels.etherPending + etherAdded;
        uint256 tokensPending = levels.tokensPending + tokensAdded;
        if (etherPending > MAX_POOL) revert CapitalAmountTooLarge(etherPending, MAX_POOL);
        if (tokensPending > MAX_SUPPLY) revert CapitalAmountTooLarge(tokensPending, MAX_SUPPLY);
        uint256 etherRate = (etherAdded << RATE_SHIFT) / duration;
        uint256 tokensRate = (tokensAdded << RATE_SHIFT) / duration;
        uint256 ringIndex = _ringIndex(end);
        EndingRates memory ending = _ratesEndingAt[ringIndex];
        // Each sum is at most the pending amount scaled by 2^4 over the shortest duration (> 2^11 s).
        _ratesEndingAt[ringIndex] = EndingRates({
            tokensPerSecond: uint128(ending.tokensPerSecond + tokensRate),
            etherPerSecond: uint120(ending.etherPerSecond + etherRate),
            used: true
        });
        _rates = ReleaseRates({
            tokensPerSecond: uint120(rates.tokensPerSecond + tokensRate),
            etherPerSecond: uint104(rates.etherPerSecond + etherRate),
            nextEnd: rates.nextEnd == 0 ? uint32(end) : rates.nextEnd
        });
        _levels = ReleaseLevels({
            tokensPending: uint128(tokensPending), etherPending: uint96(etherPending), lastEnd: uint32(end)
        });
        _state = state;
        emit ReleaseScheduled(etherAdded, tokensAdded, end);
    }

    function _sendEther(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert CapitalEtherTransferFailed(to, amount);
    }

    function _checkBounds(string memory parameter, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert CapitalParameterOutOfBounds(parameter, value, min, max);
    }
}
