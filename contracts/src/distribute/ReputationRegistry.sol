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
    bytes32 public constant PROTOCOL_ROLE = keccak256("PROTOCOL_ROLE");

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

    mapping(address account => Account) private _accounts;
    mapping(bytes32 identityHash => address) private _accountOfIdentity;
    mapping(address protocol => uint256) private _lockedBy;
    mapping(address attester => bool) private _attesters;
    uint256 private _totalSupply;
    uint256 private _firstReputation;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param admin Governance: manages attesters and the first-reputation amount, grants the protocol role.
    /// @param firstReputation_ Reputation granted on registration.
    constructor(address admin, uint256 firstReputation_) EIP712("Distribute Reputation", "1") {
        if (admin == address(0)) revert ReputationZeroValue();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setFirstReputation(firstReputation_);
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
    function setAttester(address attester, bool approved) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (attester == address(0)) revert ReputationZeroValue();
        _attesters[attester] = approved;
        emit AttesterSet(attester, approved);
    }

    /// @inheritdoc IReputationRegistry
    function setFirstReputation(uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setFirstReputation(amount);
    }

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IReputationRegistry
    function mint(address account, uint256 amount) external onlyRole(PROTOCOL_ROLE) {
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
    function lock(address account, uint256 amount) external onlyRole(PROTOCOL_ROLE) {
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
    function unlock(address account, uint256 amount) external onlyRole(PROTOCOL_ROLE) {
        if (amount == 0) revert ReputationZeroAmount();
        if (account == address(0)) revert ReputationZeroValue();
        _takeLocked(amount);
        unchecked {
            _accounts[account].balance += uint128(amount);
        }
        emit ReputationUnlocked(msg.sender, account, amount);
    }

    /// @inheritdoc IReputationRegistry
    function burnLocked(uint256 amount) external onlyRole(PROTOCOL_ROLE) {
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

    function _setFirstReputation(uint256 amount) private {
        if (amount < MIN_FIRST_REPUTATION || amount > MAX_FIRST_REPUTATION) {
            revert ReputationParameterOutOfBounds("firstReputation", amount, MIN_FIRST_REPUTATION, MAX_FIRST_REPUTATION);
        }
        _firstReputation = amount;
        emit FirstReputationSet(amount);
    }
}
