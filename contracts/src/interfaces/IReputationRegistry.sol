// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IReputationRegistry
/// @notice Distribute reputation: non-transferable (there are no transfer functions at all). First
/// reputation is granted once per persistent identity on an EIP-712 attestation from an attester that
/// governance approved; afterwards reputation is only minted and burned by protocol contracts.
/// @dev Protocol contracts lock reputation into their custody for stakes and claims (`lock`), hand it
/// back to the same account (`unlock`) or burn it (`burnLocked`), all in O(1).
interface IReputationRegistry {
    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The attestation's deadline has passed.
    /// @param deadline The attestation's deadline.
    /// @param now_ The current block time.
    error ReputationAttestationExpired(uint256 deadline, uint256 now_);

    /// @notice The attestation was not signed by an approved attester (or the signature is for other data).
    /// @param signer The address recovered from the signature.
    error ReputationUnapprovedAttester(address signer);

    /// @notice The identity already has an account.
    /// @param identityHash The identity.
    /// @param account The account it is bound to.
    error ReputationIdentityTaken(bytes32 identityHash, address account);

    /// @notice The account already registered an identity.
    /// @param account The account.
    error ReputationAccountRegistered(address account);

    /// @notice The account, identity or attester is the zero value.
    error ReputationZeroValue();

    /// @notice A zero amount was given to a protocol hook.
    error ReputationZeroAmount();

    /// @notice The account's free reputation is smaller than an amount to lock.
    /// @param account The account.
    /// @param balance Its free (unlocked) reputation.
    /// @param needed The amount asked for.
    error ReputationInsufficientBalance(address account, uint256 balance, uint256 needed);

    /// @notice The calling protocol contract holds less locked reputation than an amount.
    /// @param protocol The protocol contract.
    /// @param locked What it holds.
    /// @param needed The amount asked for.
    error ReputationInsufficientLocked(address protocol, uint256 locked, uint256 needed);

    /// @notice A parameter is outside its bounds.
    error ReputationParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice A protocol hook was called by an account that is not one of the protocol contracts fixed at
    /// deployment.
    /// @param caller The caller.
    error ReputationNotProtocol(address caller);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice An identity registered an account and received its first reputation.
    event Registered(address indexed account, bytes32 indexed identityHash, address indexed attester, uint256 amount);

    /// @notice Governance approved or revoked an attester.
    event AttesterSet(address indexed attester, bool approved);

    /// @notice Governance changed the first-reputation amount.
    event FirstReputationSet(uint256 amount);

    /// @notice A protocol contract minted reputation to an account (a reward).
    event ReputationMinted(address indexed protocol, address indexed account, uint256 amount);

    /// @notice A protocol contract locked an account's reputation (a stake, a claim, collateral).
    event ReputationLocked(address indexed protocol, address indexed account, uint256 amount);

    /// @notice A protocol contract handed locked reputation back to its account.
    event ReputationUnlocked(address indexed protocol, address indexed account, uint256 amount);

    /// @notice A protocol contract burned reputation it held locked (a slash).
    event ReputationBurned(address indexed protocol, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                              USER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Registers `account` for `identityHash` and grants it the first reputation. Anyone may submit
    /// the attestation (a relayer, the web app's seed), the reputation always goes to `account`.
    /// @param identityHash HMAC(attester secret, identity) computed by the attester.
    /// @param account The account bound to the identity.
    /// @param deadline Last second the attestation is valid.
    /// @param signature The attester's EIP-712 signature of `Attestation(identityHash, account, deadline)`.
    /// @dev Reverts with `ReputationAttestationExpired`, `ReputationUnapprovedAttester`,
    /// `ReputationIdentityTaken`, `ReputationAccountRegistered` or `ReputationZeroValue`.
    function register(bytes32 identityHash, address account, uint256 deadline, bytes calldata signature) external;

    /*//////////////////////////////////////////////////////////////
                               GOVERNANCE
    //////////////////////////////////////////////////////////////*/

    /// @notice Approves (`true`) or revokes (`false`) an attester. Attester manager role only (governance).
    function setAttester(address attester, bool approved) external;

    /// @notice Sets the first reputation granted on registration, within bounds. Parameter manager role only (governance).
    function setFirstReputation(uint256 amount) external;

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @notice Mints `amount` to `account`. Protocol contracts only.
    function mint(address account, uint256 amount) external;

    /// @notice Locks `amount` of `account`'s free reputation into the caller's custody. Protocol contracts only.
    function lock(address account, uint256 amount) external;

    /// @notice Hands `amount` of the caller's locked reputation back to `account`. Protocol contracts only.
    function unlock(address account, uint256 amount) external;

    /// @notice Burns `amount` of the caller's locked reputation. Protocol contracts only.
    function burnLocked(uint256 amount) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice Always "Distribute Reputation".
    function name() external view returns (string memory);

    /// @notice Always "REP".
    function symbol() external view returns (string memory);

    /// @notice Always 18.
    function decimals() external view returns (uint8);

    /// @notice All reputation: free balances plus what protocol contracts hold locked.
    function totalSupply() external view returns (uint256);

    /// @notice `account`'s free (unlocked) reputation.
    function balanceOf(address account) external view returns (uint256);

    /// @notice Reputation the protocol contract `protocol` holds locked.
    function lockedBy(address protocol) external view returns (uint256);

    /// @notice Whether `account` has registered an identity.
    function isRegistered(address account) external view returns (bool);

    /// @notice The account bound to `identityHash`, or zero.
    function accountOf(bytes32 identityHash) external view returns (address);

    /// @notice Whether `attester` is approved.
    function isAttester(address attester) external view returns (bool);

    /// @notice Reputation granted on registration.
    function firstReputation() external view returns (uint256);

    /// @notice The EIP-712 digest an attester signs for this attestation.
    function attestationDigest(bytes32 identityHash, address account, uint256 deadline) external view returns (bytes32);

    /// @notice The EIP-712 type hash of `Attestation(bytes32 identityHash,address account,uint256 deadline)`.
    function ATTESTATION_TYPEHASH() external view returns (bytes32);

    /// @notice The role that approves and revokes attesters (governance's timelock).
    function ATTESTER_MANAGER_ROLE() external view returns (bytes32);

    /// @notice The role that sets the first reputation within its bounds (governance's timelock).
    function PARAMETER_MANAGER_ROLE() external view returns (bytes32);

    /// @notice The protocol contracts, fixed at deployment: the only callers of mint, lock, unlock and
    /// burnLocked. Nobody, governance included, can add or replace one.
    function protocolContracts()
        external
        view
        returns (address projectRegistry, address plcrVoting, address taskRegistry);
}
