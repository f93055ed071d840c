// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICapitalToken} from "../interfaces/ICapitalToken.sol";
import {PoolMath} from "../libraries/PoolMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title CapitalToken
/// @notice The Distribute capital token and the collective ether pool it is priced against.
/// @dev The ERC-20 core is written here rather than inherited from OpenZeppelin so that the total supply,
/// the pool and the release window's end share one storage slot: a buy by a new holder then touches two
/// slots (that one and the holder's balance), which is what keeps it under its gas ceiling.
contract CapitalToken is ICapitalToken, ReentrancyGuardTransient {
    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Where the dead supply lives: nobody holds its key.
    address public constant DEAD_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    uint256 private constant MAX_POOL = type(uint96).max;
    uint256 private constant MAX_SUPPLY = type(uint128).max >> 1;

    uint256 private constant MIN_FLOOR_PRICE = 1e9;
    uint256 private constant MAX_FLOOR_PRICE = 1e18;
    uint256 private constant MIN_DEAD_SUPPLY = 1e12;
    uint256 private constant MAX_DEAD_SUPPLY = 1e24;
    uint256 private constant MIN_RELEASE_WINDOW = 1 hours;
    uint256 private constant MAX_RELEASE_WINDOW = 90 days;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Everything a buy or sell reads, in one slot. `releaseEnd == 0` means nothing is pending.
    struct PoolState {
        uint128 totalSupply;
        uint96 pool;
        uint32 releaseEnd;
    }

    /// @dev What waits in the release window as of `lastUpdate`; it is released linearly until `releaseEnd`.
    struct Release {
        uint96 etherPending;
        uint128 tokensPending;
        uint32 lastUpdate;
    }

    /// @dev The protocol wiring, fixed at deployment (the deploy script predicts these addresses): no role
    /// exists that anyone could grant afterwards, so governance cannot move tokens, escrows or pool ether.
    address private immutable _projectRegistry;
    address private immutable _plcrVoting;
    address private immutable _taskRegistry;
    uint256 private immutable _floorPrice;
    uint256 private immutable _releaseWindow;
    uint256 private immutable _deadSupply;

    PoolState private _state;
    Release private _release;
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
        _projectRegistry = projectRegistry_;
        _plcrVoting = plcrVoting_;
        _taskRegistry = taskRegistry_;
        _state.totalSupply = uint128(deadSupply_);
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
        return _state.totalSupply;
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
        PoolState memory state = _settledState();
        uint256 supply = state.totalSupply + _unreleasedTokens(state);
        tokensOut = PoolMath.tokensForEther(msg.value, state.pool, supply, _floorPrice);
        if (tokensOut == 0 || tokensOut < minTokensOut) revert CapitalInsufficientTokensOut(tokensOut, minTokensOut);
        uint256 newPool = state.pool + msg.value;
        uint256 newSupply = state.totalSupply + tokensOut;
        if (newPool > MAX_POOL) revert CapitalAmountTooLarge(newPool, MAX_POOL);
        if (newSupply > MAX_SUPPLY) revert CapitalAmountTooLarge(newSupply, MAX_SUPPLY);
        _state = PoolState({totalSupply: uint128(newSupply), pool: uint96(newPool), releaseEnd: state.releaseEnd});
        unchecked {
            _balances[msg.sender] += tokensOut;
        }
        emit Transfer(address(0), msg.sender, tokensOut);
        emit Bought(msg.sender, msg.value, tokensOut);
    }

    /// @inheritdoc ICapitalToken
    function sell(uint256 amount, uint256 minEtherOut) external nonReentrant returns (uint256 etherOut) {
        if (amount == 0) revert CapitalZeroAmount();
        uint256 balance = _balances[msg.sender];
        if (balance < amount) revert ERC20InsufficientBalance(msg.sender, balance, amount);
        PoolState memory state = _settledState();
        uint256 supply = state.totalSupply + _unreleasedTokens(state);
        etherOut = PoolMath.sellPayout(amount, state.pool, supply);
        if (etherOut == 0 || etherOut < minEtherOut) revert CapitalInsufficientEtherOut(etherOut, minEtherOut);
        unchecked {
            // amount <= balance <= totalSupply
            _balances[msg.sender] = balance - amount;
        }
        // amount <= totalSupply - deadSupply < supply, so etherOut < pool: checked anyway.
        _state = PoolState({
            totalSupply: uint128(state.totalSupply - amount),
            pool: uint96(state.pool - etherOut),
            releaseEnd: state.releaseEnd
        });
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
        PoolState memory state = _settledState();
        unchecked {
            state.totalSupply -= uint128(amount);
        }
        _state = state;
        emit Transfer(msg.sender, address(0), amount);
        emit StakeBurned(msg.sender, amount);
        _scheduleRelease(0, amount);
    }

    /// @inheritdoc ICapitalToken
    function fundProject(uint256 projectId, uint256 escrowAmount, address rewardee, uint256 reward)
        external
        onlyProtocol
    {
        PoolState memory state = _settledState();
        uint256 needed = escrowAmount + reward;
        if (needed > state.pool) revert CapitalInsufficientPool(state.pool, needed);
        unchecked {
            state.pool -= uint96(needed);
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
    function returnEscrow(uint256 projectId, uint256 amount) external onlyProtocol {
        _takeFromEscrow(projectId, amount);
        PoolState memory state = _settledState();
        _state = state;
        emit EscrowReturned(projectId, amount);
        _scheduleRelease(amount, 0);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICapitalToken
    function quoteBuy(uint256 etherIn) external view returns (uint256 tokensOut) {
        if (etherIn == 0) return 0;
        (uint256 pool, uint256 supply) = _priceState();
        return PoolMath.tokensForEther(etherIn, pool, supply, _floorPrice);
    }

    /// @inheritdoc ICapitalToken
    function quoteBuyCost(uint256 tokens) external view returns (uint256 etherIn) {
        (uint256 pool, uint256 supply) = _priceState();
        return PoolMath.buyCost(tokens, pool, supply, _floorPrice);
    }

    /// @inheritdoc ICapitalToken
    function quoteSell(uint256 tokens) external view returns (uint256 etherOut) {
        (uint256 pool, uint256 supply) = _priceState();
        return PoolMath.sellPayout(tokens, pool, supply);
    }

    /// @inheritdoc ICapitalToken
    function priceState() external view returns (uint256 pool, uint256 supply) {
        return _priceState();
    }

    /// @inheritdoc ICapitalToken
    function spotPrice() external view returns (uint256 buyPrice, uint256 sellPrice) {
        (uint256 pool, uint256 supply) = _priceState();
        (uint256 num, uint256 den) = PoolMath.basePrice(pool, supply, _floorPrice);
        buyPrice = PoolMath.sellPayout(PoolMath.WAD, num, den);
        sellPrice = PoolMath.sellPayout(PoolMath.WAD, pool, supply);
    }

    /// @inheritdoc ICapitalToken
    function availablePool() external view returns (uint256) {
        (uint256 pool,) = _priceState();
        return pool;
    }

    /// @inheritdoc ICapitalToken
    function pendingRelease() external view returns (uint256 etherPending, uint256 tokensPending, uint256 releaseEnd) {
        PoolState memory state = _state;
        if (state.releaseEnd == 0) return (0, 0, 0);
        (uint256 etherReleased, uint256 tokensReleased) = _releasedSince(state.releaseEnd);
        Release memory release = _release;
        return (release.etherPending - etherReleased, release.tokensPending - tokensReleased, state.releaseEnd);
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

    /// @dev The pool state with everything released so far moved into `pool`; writes the release
    /// record when something was released, but leaves writing `_state` to the caller.
    function _settledState() private returns (PoolState memory state) {
        state = _state;
        if (state.releaseEnd == 0) return state;
        (uint256 etherReleased, uint256 tokensReleased) = _releasedSince(state.releaseEnd);
        Release memory release = _release;
        if (block.timestamp >= state.releaseEnd) {
            state.pool += release.etherPending;
            state.releaseEnd = 0;
            delete _release;
            return state;
        }
        if (etherReleased == 0 && tokensReleased == 0) return state;
        state.pool += uint96(etherReleased);
        _release = Release({
            etherPending: release.etherPending - uint96(etherReleased),
            tokensPending: release.tokensPending - uint128(tokensReleased),
            lastUpdate: uint32(block.timestamp)
        });
    }

    /// @dev Ether and tokens released between the last update and now, given a non-zero `releaseEnd`.
    function _releasedSince(uint256 releaseEnd) private view returns (uint256 etherReleased, uint256 tokensReleased) {
        Release memory release = _release;
        if (block.timestamp >= releaseEnd) return (release.etherPending, release.tokensPending);
        uint256 elapsed = block.timestamp - release.lastUpdate;
        uint256 remaining = releaseEnd - release.lastUpdate;
        // Round both down: ether reaches the price late, burned tokens leave the supply late.
        etherReleased = uint256(release.etherPending) * elapsed / remaining;
        tokensReleased = uint256(release.tokensPending) * elapsed / remaining;
    }

    /// @dev Burned tokens that still count in the price's supply. Call after `_settledState`.
    function _unreleasedTokens(PoolState memory state) private view returns (uint256) {
        if (state.releaseEnd == 0) return 0;
        return _release.tokensPending;
    }

    /// @dev Adds to the release window after `_state` is settled and written. What was pending is merged
    /// and the whole window restarts: O(1), and never releases anything sooner than scheduled.
    function _scheduleRelease(uint256 etherAdded, uint256 tokensAdded) private {
        Release memory release = _release;
        uint256 etherPending = release.etherPending + etherAdded;
        uint256 tokensPending = release.tokensPending + tokensAdded;
        if (etherPending > MAX_POOL) revert CapitalAmountTooLarge(etherPending, MAX_POOL);
        if (tokensPending > MAX_SUPPLY) revert CapitalAmountTooLarge(tokensPending, MAX_SUPPLY);
        uint256 releaseEnd = block.timestamp + _releaseWindow;
        _release = Release({
            etherPending: uint96(etherPending),
            tokensPending: uint128(tokensPending),
            lastUpdate: uint32(block.timestamp)
        });
        _state.releaseEnd = uint32(releaseEnd);
        emit ReleaseScheduled(etherAdded, tokensAdded, releaseEnd);
    }

    function _priceState() private view returns (uint256 pool, uint256 supply) {
        PoolState memory state = _state;
        pool = state.pool;
        supply = state.totalSupply;
        if (state.releaseEnd == 0) return (pool, supply);
        (uint256 etherReleased, uint256 tokensReleased) = _releasedSince(state.releaseEnd);
        Release memory release = _release;
        pool += etherReleased;
        supply += release.tokensPending - tokensReleased;
    }

    function _sendEther(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert CapitalEtherTransferFailed(to, amount);
    }

    function _checkBounds(string memory parameter, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert CapitalParameterOutOfBounds(parameter, value, min, max);
    }
}
