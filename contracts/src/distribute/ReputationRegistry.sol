// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IReputationRegistry} from "../interfaces/IReputationRegistry.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title ReputationRegistry
/// @notice Non-transferable reputation with attested first registration and protocol-only mint, lock and burn.
contract ReputationRegistry is IReputationRegistry, AccessControl, EIP712 {
    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    bytes32 public constant ATTESTER_MANAGER_ROLE = keccak256("ATTESTER_MANAGER_ROLE");

    /// @inheritdoc IReputationRegistry
    bytes32 public constant PARAMETER_MANAGER_ROLE = keccak256("PARAMETER_MANAGER_ROLE");

    /// @inheritdoc IReputationRegistry
    bytes32 public constant ATTESTATION_TYPEHASH =
        keccak256("Attestation(bytes32 identityHash,address account,uint256 deadline)");

    uint256 private constant MIN_FIRST_REPUTATION = 1e18;
    uint256 private constant MAX_FIRST_REPUTATION = 10_000e18;
    uint256 private constant MAX_AMOUNT = type(uint128).max >> 1;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Balance and registration flag share a slot, so registering writes one account slot.
    struct Account {
        uint128 balance;
        bool registered;
    }

    /// @dev The protocol wiring, fixed at deployment: no role exists that anyone could grant afterwards.
    address private immutable _projectRegistry;
    address private immutable _plcrVoting;
    address private immutable _taskRegistry;

    mapping(address account => Account) private _accounts;
    mapping(bytes32 identityHash => address) private _accountOfIdentity;
    mapping(address protocol => uint256) private _lockedBy;
    mapping(address attester => bool) private _attesters;
    uint256 private _totalSupply;
    uint256 private _firstReputation;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param governance Governance's timelock: holds the attester and parameter manager roles, nothing else.
    /// Nobody holds the admin role, so no role is ever granted after deployment.
    /// @param firstReputation_ Reputation granted on registration.
    /// @param attester An identity attester approved from the start (`address(0)` for none).
    /// @param projectRegistry_ The project registry (stake and collateral locks, staker rewards).
    /// @param plcrVoting_ The voting contract (vote escrows).
    /// @param taskRegistry_ The task registry (claim locks, validator rewards).
    constructor(
        address governance,
        uint256 firstReputation_,
        address attester,
        address projectRegistry_,
        address plcrVoting_,
        address taskRegistry_
    ) EIP712("Distribute Reputation", "1") {
        if (governance == address(0)) revert ReputationZeroValue();
        _grantRole(ATTESTER_MANAGER_ROLE, governance);
        _grantRole(PARAMETER_MANAGER_ROLE, governance);
        _projectRegistry = projectRegistry_;
        _plcrVoting = plcrVoting_;
        _taskRegistry = taskRegistry_;
        _setFirstReputation(firstReputation_);
        if (attester != address(0)) _setAttester(attester, true);
    }

    /// @dev Protocol hooks: only the contracts fixed at deployment.
    modifier onlyProtocol() {
        if (msg.sender != _projectRegistry && msg.sender != _plcrVoting && msg.sender != _taskRegistry) {
            revert ReputationNotProtocol(msg.sender);
        }
        _;
    }

    /*//////////////////////////////////////////////////////////////
                              USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    function register(bytes32 identityHash, address account, uint256 deadline, bytes calldata signature) external {
        if (block.timestamp > deadline) revert ReputationAttestationExpired(deadline, block.timestamp);
        if (account == address(0) || identityHash == bytes32(0)) revert ReputationZeroValue();
        address attester = ECDSA.recover(_attestationDigest(identityHash, account, deadline), signature);
        if (!_attesters[attester]) revert ReputationUnapprovedAttester(attester);
        address bound = _accountOfIdentity[identityHash];
        if (bound != address(0)) revert ReputationIdentityTaken(identityHash, bound);
        Account memory data = _accounts[account];
        if (data.registered) revert ReputationAccountRegistered(account);
        uint256 amount = _firstReputation;
        _accountOfIdentity[identityHash] = account;
        _accounts[account] = Account({balance: data.balance + uint128(amount), registered: true});
        _totalSupply += amount;
        emit Registered(account, identityHash, attester, amount);
    }

    /*//////////////////////////////////////////////////////////////
                               GOVERNANCE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    function setAttester(address attester, bool approved) external onlyRole(ATTESTER_MANAGER_ROLE) {
        _setAttester(attester, approved);
    }

    /// @inheritdoc IReputationRegistry
    function setFirstReputation(uint256 amount) external onlyRole(PARAMETER_MANAGER_ROLE) {
        _setFirstReputation(amount);
    }

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    function mint(address account, uint256 amount) external onlyProtocol {
        if (amount == 0) revert ReputationZeroAmount();
        if (account == address(0)) revert ReputationZeroValue();
        uint256 supply = _totalSupply + amount;
        if (supply > MAX_AMOUNT) revert ReputationParameterOutOfBounds("totalSupply", supply, 0, MAX_AMOUNT);
        _totalSupply = supply;
        unchecked {
            // balance <= totalSupply <= MAX_AMOUNT < 2^128
            _accounts[account].balance += uint128(amount);
        }
        emit ReputationMinted(msg.sender, account, amount);
    }

    /// @inheritdoc IReputationRegistry
    function lock(address account, uint256 amount) external onlyProtocol {
        if (amount == 0) revert ReputationZeroAmount();
        uint256 balance = _accounts[account].balance;
        if (balance < amount) revert ReputationInsufficientBalance(account, balance, amount);
        unchecked {
            _accounts[account].balance = uint128(balance - amount);
            _lockedBy[msg.sender] += amount;
        }
        emit ReputationLocked(msg.sender, account, amount);
    }

    /// @inheritdoc IReputationRegistry
    function unlock(address account, uint256 amount) external onlyProtocol {
        if (amount == 0) revert ReputationZeroAmount();
        if (account == address(0)) revert ReputationZeroValue();
        _takeLocked(amount);
        unchecked {
            _accounts[account].balance += uint128(amount);
        }
        emit ReputationUnlocked(msg.sender, account, amount);
    }

    /// @inheritdoc IReputationRegistry
    function burnLocked(uint256 amount) external onlyProtocol {
        if (amount == 0) revert ReputationZeroAmount();
        _takeLocked(amount);
        unchecked {
            _totalSupply -= amount;
        }
        emit ReputationBurned(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    function name() external pure returns (string memory) {
        return "Distribute Reputation";
    }

    /// @inheritdoc IReputationRegistry
    function symbol() external pure returns (string memory) {
        return "REP";
    }

    /// @inheritdoc IReputationRegistry
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @inheritdoc IReputationRegistry
    function totalSupply() external view returns (uint256) {
        return _totalSupply;
    }

    /// @inheritdoc IReputationRegistry
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance;
    }

    /// @inheritdoc IReputationRegistry
    function lockedBy(address protocol) external view returns (uint256) {
        return _lockedBy[protocol];
    }

    /// @inheritdoc IReputationRegistry
    function isRegistered(address account) external view returns (bool) {
        return _accounts[account].registered;
    }

    /// @inheritdoc IReputationRegistry
    function accountOf(bytes32 identityHash) external view returns (address) {
        return _accountOfIdentity[identityHash];
    }

    /// @inheritdoc IReputationRegistry
    function isAttester(address attester) external view returns (bool) {
        return _attesters[attester];
    }

    /// @inheritdoc IReputationRegistry
    function protocolContracts()
        external
        view
        returns (address projectRegistry, address plcrVoting, address taskRegistry)
    {
        return (_projectRegistry, _plcrVoting, _taskRegistry);
    }

    /// @inheritdoc IReputationRegistry
    function firstReputation() external view returns (uint256) {
        return _firstReputation;
    }

    /// @inheritdoc IReputationRegistry
    function attestationDigest(bytes32 identityHash, address account, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _attestationDigest(identityHash, account, deadline);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _attestationDigest(bytes32 identityHash, address account, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(ATTESTATION_TYPEHASH, identityHash, account, deadline)));
    }

    function _takeLocked(uint256 amount) private {
        uint256 locked = _lockedBy[msg.sender];
        if (locked < amount) revert ReputationInsufficientLocked(msg.sender, locked, amount);
        unchecked {
            _lockedBy[msg.sender] = locked - amount;
        }
    }

    function _setAttester(address attester, bool approved) private {
        if (attester == address(0)) revert ReputationZeroValue();
        _attesters[attester] = approved;
        emit AttesterSet(attester, approved);
    }

    function _setFirstReputation(uint256 amount) private {
        if (amount < MIN_FIRST_REPUTATION || amount > MAX_FIRST_REPUTATION) {
            revert ReputationParameterOutOfBounds("firstReputation", amount, MIN_FIRST_REPUTATION, MAX_FIRST_REPUTATION);
        }
        _firstReputation = amount;
        emit FirstReputationSet(amount);
    }
}
