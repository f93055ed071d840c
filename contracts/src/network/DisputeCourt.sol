// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../interfaces/IDisputeSubject.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IProjectRegistry} from "../interfaces/IProjectRegistry.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title DisputeCourt
/// @notice Disputes about consumption records, rejected expenses and free-form claims. See {IDisputeCourt}.
contract DisputeCourt is IDisputeCourt, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @inheritdoc IDisputeCourt
    bytes32 public constant RESOLVER_MANAGER_ROLE = keccak256("RESOLVER_MANAGER_ROLE");
    /// @inheritdoc IDisputeCourt
    uint256 public constant MIN_RESOLVERS = 3;
    /// @inheritdoc IDisputeCourt
    uint256 public constant MAX_RESOLVERS = 32;

    /// @dev 1,000,000 units of a 6-decimal token; a stage's refund to one side (at most its fee) fits 40 bits.
    uint256 private constant MAX_FEE = 1e12;
    uint256 private constant MIN_WINDOW = 1 hours;
    uint256 private constant MAX_WINDOW = 90 days;
    uint256 private constant STAGE_COUNT = 3;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Which ledger a dispute is about; the court keeps a byte instead of the ledger's address.
    enum SubjectKind {
        Claim,
        Consumption,
        Expense
    }

    /// @dev Two slots written at every opening, a third for a ledger's record id (the consumption ledger's ids
    /// hold an address and a period, so they take the whole word). The second slot holds what most actions read
    /// and write: status, stage and the running deadline.
    struct DisputeRecord {
        address opener;
        bool broughtByRespondent;
        /// Missed decision deadlines in the current stage.
        uint8 missed;
        address respondent;
        uint32 deadline;
        uint32 seedBlock;
        Stage stage;
        DisputeStatus status;
        SubjectKind kind;
        bool respondentExempt;
        uint256 subjectId;
    }

    /// @dev One slot per stage reached, written when its resolver is assigned: that resolver (the one who decided
    /// the stage, once decided), its pool index (where the rotation continues), its ruling and the refunds the
    /// stage credited to each side (each at most the stage's fee).
    struct StageRecord {
        address resolver;
        uint8 cursor;
        IDisputeSubject.Ruling ruling;
        uint40 openerRefund;
        uint40 respondentRefund;
    }

    IERC20 private immutable _token;
    IParticipantRegistry private immutable _participants;
    IDisputeSubject private immutable _consumptionLedger;
    IDisputeSubject private immutable _expenseLedger;
    uint256 private immutable _conciliationFee;
    uint256 private immutable _mediationFee;
    uint256 private immutable _arbitrationFee;
    uint256 private immutable _responseWindow;
    uint256 private immutable _decisionWindow;
    uint256 private immutable _appealWindow;

    uint256 private _disputeCount;
    mapping(uint256 disputeId => DisputeRecord) private _disputes;
    mapping(uint256 disputeId => StageRecord[STAGE_COUNT]) private _stages;

    address[] private _pool;
    /// @dev Index in `_pool` plus one; 0 for accounts outside the pool.
    mapping(address account => uint256) private _poolSlot;
    mapping(address resolver => uint256) private _earnings;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param admin Governance: administers the roles and manages the resolver pool.
    /// @param token The settlement token (6 decimals) every fee is paid in.
    /// @param participants Whose members may bring free-form claims.
    /// @param consumption The consumption ledger, a dispute subject.
    /// @param expenses The expense ledger, a dispute subject.
    constructor(
        address admin,
        IERC20 token,
        IParticipantRegistry participants,
        IDisputeSubject consumption,
        IDisputeSubject expenses,
        Parameters memory parameters
    ) {
        _nonZero("admin", admin);
        _nonZero("token", address(token));
        _nonZero("participants", address(participants));
        _nonZero("consumptionLedger", address(consumption));
        _nonZero("expenseLedger", address(expenses));
        _checkBounds("conciliationFee", parameters.conciliationFee, 1, MAX_FEE);
        _checkBounds("mediationFee", parameters.mediationFee, 1, MAX_FEE);
        _checkBounds("arbitrationFee", parameters.arbitrationFee, 1, MAX_FEE);
        _checkBounds("responseWindow", parameters.responseWindow, MIN_WINDOW, MAX_WINDOW);
        _checkBounds("decisionWindow", parameters.decisionWindow, MIN_WINDOW, MAX_WINDOW);
        _checkBounds("appealWindow", parameters.appealWindow, MIN_WINDOW, MAX_WINDOW);
        _token = token;
        _participants = participants;
        _consumptionLedger = consumption;
        _expenseLedger = expenses;
        _conciliationFee = parameters.conciliationFee;
        _mediationFee = parameters.mediationFee;
        _arbitrationFee = parameters.arbitrationFee;
        _responseWindow = parameters.responseWindow;
        _decisionWindow = parameters.decisionWindow;
        _appealWindow = parameters.appealWindow;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RESOLVER_MANAGER_ROLE, admin);
    }

    /*//////////////////////////////////////////////////////////////
                                OPENING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeCourt
    function openDispute(
        IDisputeSubject subject,
        uint256 subjectId,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    ) external nonReentrant returns (uint256 disputeId) {
        if (subject != _consumptionLedger && subject != _expenseLedger) {
            revert DisputeUnknownSubject(address(subject));
        }
        _nonEmpty(evidenceDigest);
        (address respondent, bool exempt) = subject.onDisputeOpened(subjectId, msg.sender);
        SubjectKind kind = subject == _consumptionLedger ? SubjectKind.Consumption : SubjectKind.Expense;
        disputeId = _open(kind, subjectId, respondent, exempt, evidenceDigest, evidenceCodec);
    }

    /// @inheritdoc IDisputeCourt
    function openClaim(address respondent, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec)
        external
        nonReentrant
        returns (uint256 disputeId)
    {
        _nonEmpty(evidenceDigest);
        if (_participants.rolesOf(msg.sender) == 0) revert DisputeNotParticipant(msg.sender);
        if (_participants.rolesOf(respondent) == 0) revert DisputeNotParticipant(respondent);
        disputeId = _open(SubjectKind.Claim, 0, respondent, false, evidenceDigest, evidenceCodec);
    }

    /*//////////////////////////////////////////////////////////////
                           STAGES AND RULINGS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeCourt
    function respond(uint256 disputeId, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec)
        external
        nonReentrant
    {
        DisputeRecord storage dispute = _inStatus(disputeId, DisputeStatus.AwaitingResponse);
        address expected = dispute.broughtByRespondent ? dispute.opener : dispute.respondent;
        if (msg.sender != expected) revert DisputeNotYourTurn(disputeId, msg.sender, expected);
        uint256 deadline = dispute.deadline;
        if (block.timestamp > deadline) revert DisputeDeadlinePassed(disputeId, deadline);
        _nonEmpty(evidenceDigest);
        Stage stage = dispute.stage;
        uint256 fee = _feeOf(stage);
        dispute.status = DisputeStatus.AwaitingResolver;
        dispute.deadline = 0;
        emit DisputeResponded(disputeId, stage, msg.sender, fee, evidenceDigest, evidenceCodec);
        _token.safeTransferFrom(msg.sender, address(this), fee);
        if (stage != Stage.Conciliation) _assignNext(disputeId, dispute, stage);
        else if (block.number > dispute.seedBlock) _assignFromSeed(disputeId, dispute);
    }

    /// @inheritdoc IDisputeCourt
    function assignResolver(uint256 disputeId) external nonReentrant {
        // Only conciliation waits here: later stages take the next resolver in rotation as soon as they are funded.
        DisputeRecord storage dispute = _inStatus(disputeId, DisputeStatus.AwaitingResolver);
        uint256 seedBlock = dispute.seedBlock;
        if (block.number <= seedBlock) revert DisputeSeedNotReady(disputeId, seedBlock);
        _assignFromSeed(disputeId, dispute);
    }

    /// @inheritdoc IDisputeCourt
    function replaceResolver(uint256 disputeId) external nonReentrant {
        DisputeRecord storage dispute = _inStatus(disputeId, DisputeStatus.AwaitingDecision);
        Stage stage = dispute.stage;
        StageRecord storage record = _stages[disputeId][uint256(stage)];
        address missedResolver = record.resolver;
        uint256 deadline = dispute.deadline;
        if (block.timestamp <= deadline && _poolSlot[missedResolver] != 0) {
            revert DisputeDeadlineNotPassed(disputeId, deadline);
        }
        emit ResolverMissedDeadline(disputeId, stage, missedResolver);
        uint256 missed = dispute.missed + 1;
        if (missed >= _eligibleCount(disputeId, dispute, stage)) {
            _lapse(disputeId, dispute, stage);
            return;
        }
        _assignFrom(disputeId, dispute, stage, uint256(record.cursor) + 1, missed);
    }

    /// @inheritdoc IDisputeCourt
    function decide(
        uint256 disputeId,
        IDisputeSubject.Ruling ruling,
        bytes32 reasonDigest,
        IProjectRegistry.CidCodec reasonCodec
    ) external nonReentrant {
        DisputeRecord storage dispute = _inStatus(disputeId, DisputeStatus.AwaitingDecision);
        Stage stage = dispute.stage;
        StageRecord storage record = _stages[disputeId][uint256(stage)];
        if (msg.sender != record.resolver || _poolSlot[msg.sender] == 0) {
            revert DisputeNotResolver(disputeId, msg.sender);
        }
        uint256 deadline = dispute.deadline;
        if (block.timestamp > deadline) revert DisputeDeadlinePassed(disputeId, deadline);
        _nonEmpty(reasonDigest);

        uint256 fee = _feeOf(stage);
        (uint256 openerRefund, uint256 respondentRefund) = _refundsAfterDecision(dispute, ruling, fee);
        record.ruling = ruling;
        record.openerRefund = uint40(openerRefund);
        record.respondentRefund = uint40(respondentRefund);
        _earnings[msg.sender] += fee;
        if (stage == Stage.Arbitration) {
            emit DisputeDecided(
                disputeId, stage, msg.sender, ruling, reasonDigest, reasonCodec, fee, openerRefund, respondentRefund, 0
            );
            _resolve(disputeId, dispute, ruling, Resolution.Decided, 0, 0);
            return;
        }
        uint256 appealDeadline = block.timestamp + _appealWindow;
        dispute.status = DisputeStatus.Decided;
        dispute.deadline = uint32(appealDeadline);
        emit DisputeDecided(
            disputeId,
            stage,
            msg.sender,
            ruling,
            reasonDigest,
            reasonCodec,
            fee,
            openerRefund,
            respondentRefund,
            appealDeadline
        );
    }

    /// @inheritdoc IDisputeCourt
    function escalate(uint256 disputeId, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec)
        external
        nonReentrant
    {
        DisputeRecord storage dispute = _inStatus(disputeId, DisputeStatus.Decided);
        bool byRespondent = msg.sender == dispute.respondent;
        if (!byRespondent && msg.sender != dispute.opener) revert DisputeNotParty(disputeId, msg.sender);
        Stage stage = dispute.stage;
        if (stage == Stage.Arbitration) revert DisputeFinalStage(disputeId);
        uint256 deadline = dispute.deadline;
        if (block.timestamp > deadline) revert DisputeDeadlinePassed(disputeId, deadline);
        _nonEmpty(evidenceDigest);

        Stage next = Stage(uint256(stage) + 1);
        uint256 fee = _feeOf(next);
        // An exempt respondent never has to match; anyone else does, within the response window.
        bool matchNeeded = byRespondent || !dispute.respondentExempt;
        uint256 responseDeadline = matchNeeded ? block.timestamp + _responseWindow : 0;
        dispute.stage = next;
        dispute.broughtByRespondent = byRespondent;
        dispute.status = matchNeeded ? DisputeStatus.AwaitingResponse : DisputeStatus.AwaitingResolver;
        dispute.deadline = uint32(responseDeadline);
        emit DisputeEscalated(disputeId, next, msg.sender, fee, evidenceDigest, evidenceCodec, responseDeadline);
        _token.safeTransferFrom(msg.sender, address(this), fee);
        if (!matchNeeded) _assignNext(disputeId, dispute, next);
    }

    /// @inheritdoc IDisputeCourt
    function finalize(uint256 disputeId) external nonReentrant {
        DisputeRecord storage dispute = _existing(disputeId);
        DisputeStatus status = dispute.status;
        if (status != DisputeStatus.AwaitingResponse && status != DisputeStatus.Decided) {
            revert DisputeWrongStatus(disputeId, status, DisputeStatus.Decided);
        }
        uint256 deadline = dispute.deadline;
        if (block.timestamp <= deadline) revert DisputeDeadlineNotPassed(disputeId, deadline);
        Stage stage = dispute.stage;
        if (status == DisputeStatus.Decided) {
            _resolve(disputeId, dispute, _stages[disputeId][uint256(stage)].ruling, Resolution.Decided, 0, 0);
            return;
        }
        // The side that had to match did not: the side that brought the stage wins, its deposit comes back.
        uint256 fee = _feeOf(stage);
        StageRecord storage record = _stages[disputeId][uint256(stage)];
        if (dispute.broughtByRespondent) {
            record.respondentRefund = uint40(fee);
            _resolve(disputeId, dispute, IDisputeSubject.Ruling.ForRespondent, Resolution.Default, 0, fee);
        } else {
            record.openerRefund = uint40(fee);
            _resolve(disputeId, dispute, IDisputeSubject.Ruling.ForOpener, Resolution.Default, fee, 0);
        }
    }

    /*//////////////////////////////////////////////////////////////
                               WITHDRAWALS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeCourt
    function withdrawRefund(uint256 disputeId) external nonReentrant {
        DisputeRecord storage dispute = _existing(disputeId);
        bool isOpener = msg.sender == dispute.opener;
        bool isRespondent = msg.sender == dispute.respondent;
        uint256 amount;
        StageRecord[STAGE_COUNT] storage stages = _stages[disputeId];
        uint256 reached = uint256(dispute.stage);
        for (uint256 i; i <= reached; ++i) {
            StageRecord storage record = stages[i];
            if (isOpener && record.openerRefund != 0) {
                amount += record.openerRefund;
                record.openerRefund = 0;
            } else if (isRespondent && record.respondentRefund != 0) {
                amount += record.respondentRefund;
                record.respondentRefund = 0;
            }
        }
        if (amount == 0) revert DisputeNothingToWithdraw(msg.sender);
        emit RefundWithdrawn(disputeId, msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IDisputeCourt
    function withdrawEarnings() external nonReentrant {
        uint256 amount = _earnings[msg.sender];
        if (amount == 0) revert DisputeNothingToWithdraw(msg.sender);
        _earnings[msg.sender] = 0;
        emit EarningsWithdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                             RESOLVER POOL
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeCourt
    function addResolver(address resolver) external onlyRole(RESOLVER_MANAGER_ROLE) {
        _nonZero("resolver", resolver);
        if (_poolSlot[resolver] != 0) revert DisputeResolverExists(resolver);
        if (_pool.length == MAX_RESOLVERS) revert DisputePoolFull(MAX_RESOLVERS);
        _pool.push(resolver);
        _poolSlot[resolver] = _pool.length;
        emit ResolverAdded(resolver);
    }

    /// @inheritdoc IDisputeCourt
    function removeResolver(address resolver) external onlyRole(RESOLVER_MANAGER_ROLE) {
        uint256 slot = _poolSlot[resolver];
        if (slot == 0) revert DisputeResolverUnknown(resolver);
        address last = _pool[_pool.length - 1];
        _pool[slot - 1] = last;
        _poolSlot[last] = slot;
        _pool.pop();
        delete _poolSlot[resolver];
        emit ResolverRemoved(resolver);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeCourt
    function settlementToken() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc IDisputeCourt
    function participantRegistry() external view returns (address) {
        return address(_participants);
    }

    /// @inheritdoc IDisputeCourt
    function consumptionLedger() external view returns (IDisputeSubject) {
        return _consumptionLedger;
    }

    /// @inheritdoc IDisputeCourt
    function expenseLedger() external view returns (IDisputeSubject) {
        return _expenseLedger;
    }

    /// @inheritdoc IDisputeCourt
    function stageFee(Stage stage) external view returns (uint256) {
        return _feeOf(stage);
    }

    /// @inheritdoc IDisputeCourt
    function windows() external view returns (uint256 responseWindow, uint256 decisionWindow, uint256 appealWindow) {
        return (_responseWindow, _decisionWindow, _appealWindow);
    }

    /// @inheritdoc IDisputeCourt
    function disputeCount() external view returns (uint256) {
        return _disputeCount;
    }

    /// @inheritdoc IDisputeCourt
    function getDispute(uint256 disputeId) external view returns (DisputeView memory details) {
        DisputeRecord storage dispute = _existing(disputeId);
        details.subject = _subjectOf(dispute.kind);
        details.subjectId = dispute.subjectId;
        details.opener = dispute.opener;
        details.respondent = dispute.respondent;
        details.respondentExempt = dispute.respondentExempt;
        details.stage = dispute.stage;
        details.status = dispute.status;
        details.broughtByRespondent = dispute.broughtByRespondent;
        details.deadline = dispute.deadline;
        details.seedBlock = dispute.seedBlock;
        StageRecord[STAGE_COUNT] storage stages = _stages[disputeId];
        for (uint256 i; i < STAGE_COUNT; ++i) {
            StageRecord storage record = stages[i];
            details.resolvers[i] = record.resolver;
            details.rulings[i] = record.ruling;
            details.openerRefund += record.openerRefund;
            details.respondentRefund += record.respondentRefund;
        }
        details.missedDeadlines = dispute.missed;
        details.depositsHeld = _depositsHeld(dispute);
    }

    /// @inheritdoc IDisputeCourt
    function deadlinesOf(uint256 disputeId)
        external
        view
        returns (uint256 responseDeadline, uint256 decisionDeadline, uint256 appealDeadline)
    {
        DisputeRecord storage dispute = _existing(disputeId);
        DisputeStatus status = dispute.status;
        if (status == DisputeStatus.AwaitingResponse) responseDeadline = dispute.deadline;
        else if (status == DisputeStatus.AwaitingDecision) decisionDeadline = dispute.deadline;
        else if (status == DisputeStatus.Decided) appealDeadline = dispute.deadline;
    }

    /// @inheritdoc IDisputeCourt
    function getResolvers() external view returns (address[] memory) {
        return _pool;
    }

    /// @inheritdoc IDisputeCourt
    function isResolver(address account) external view returns (bool) {
        return _poolSlot[account] != 0;
    }

    /// @inheritdoc IDisputeCourt
    function earningsOf(address resolver) external view returns (uint256) {
        return _earnings[resolver];
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _open(
        SubjectKind kind,
        uint256 subjectId,
        address respondent,
        bool exempt,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    ) private returns (uint256 disputeId) {
        if (respondent == address(0) || respondent == msg.sender) {
            revert DisputeInvalidRespondent(respondent);
        }
        uint256 available = _pool.length;
        // With two members to spare the parties cannot take the pool below the minimum: skip their look-ups.
        if (available < MIN_RESOLVERS + 2) {
            if (_poolSlot[msg.sender] != 0) --available;
            if (_poolSlot[respondent] != 0) --available;
            if (available < MIN_RESOLVERS) revert DisputeTooFewResolvers(available, MIN_RESOLVERS);
        }

        disputeId = ++_disputeCount;
        uint256 responseDeadline = exempt ? 0 : block.timestamp + _responseWindow;
        // The block after this one: its hash is unknown to the opener when it sends the opening.
        uint256 seedBlock = block.number + 1;
        DisputeRecord storage dispute = _disputes[disputeId];
        dispute.opener = msg.sender;
        dispute.respondent = respondent;
        dispute.deadline = uint32(responseDeadline);
        dispute.seedBlock = uint32(seedBlock);
        dispute.status = exempt ? DisputeStatus.AwaitingResolver : DisputeStatus.AwaitingResponse;
        dispute.kind = kind;
        dispute.respondentExempt = exempt;
        if (kind != SubjectKind.Claim) dispute.subjectId = subjectId;
        uint256 fee = _conciliationFee;
        emit DisputeOpened(
            disputeId,
            _subjectOf(kind),
            subjectId,
            msg.sender,
            respondent,
            exempt,
            fee,
            evidenceDigest,
            evidenceCodec,
            responseDeadline,
            seedBlock
        );
        _token.safeTransferFrom(msg.sender, address(this), fee);
    }

    /// @dev Conciliation's resolver from the seed block's hash; a hash past the 256-block horizon reads as zero,
    /// and then the seed moves to the next block instead, so a party who waits learns nothing it can use.
    function _assignFromSeed(uint256 disputeId, DisputeRecord storage dispute) private {
        bytes32 seed = blockhash(dispute.seedBlock);
        if (seed == bytes32(0)) {
            uint256 seedBlock = block.number + 1;
            dispute.seedBlock = uint32(seedBlock);
            emit ResolverSeedRenewed(disputeId, seedBlock);
            return;
        }
        uint256 length = _pool.length;
        uint256 start = length == 0 ? 0 : uint256(keccak256(abi.encode(seed, disputeId))) % length;
        _assignFrom(disputeId, dispute, Stage.Conciliation, start, 0);
    }

    /// @dev A later stage continues the rotation after the previous stage's resolver.
    function _assignNext(uint256 disputeId, DisputeRecord storage dispute, Stage stage) private {
        uint256 previous = _stages[disputeId][uint256(stage) - 1].cursor;
        _assignFrom(disputeId, dispute, stage, previous + 1, 0);
    }

    /// @dev The first eligible resolver at or after pool index `start` (wrapping); the stage lapses if none is.
    function _assignFrom(uint256 disputeId, DisputeRecord storage dispute, Stage stage, uint256 start, uint256 missed)
        private
    {
        uint256 length = _pool.length;
        for (uint256 step; step < length; ++step) {
            uint256 index = (start + step) % length;
            address candidate = _pool[index];
            if (!_isEligible(disputeId, dispute, stage, candidate)) continue;
            uint256 decisionDeadline = block.timestamp + _decisionWindow;
            _stages[disputeId][uint256(stage)] = StageRecord({
                resolver: candidate,
                cursor: uint8(index),
                ruling: IDisputeSubject.Ruling.ForOpener,
                openerRefund: 0,
                respondentRefund: 0
            });
            dispute.missed = uint8(missed);
            dispute.status = DisputeStatus.AwaitingDecision;
            dispute.deadline = uint32(decisionDeadline);
            emit ResolverAssigned(disputeId, stage, candidate, decisionDeadline);
            return;
        }
        _lapse(disputeId, dispute, stage);
    }

    /// @dev Not a party, and has not decided an earlier stage of this dispute.
    function _isEligible(uint256 disputeId, DisputeRecord storage dispute, Stage stage, address candidate)
        private
        view
        returns (bool)
    {
        if (candidate == dispute.opener || candidate == dispute.respondent) return false;
        StageRecord[STAGE_COUNT] storage stages = _stages[disputeId];
        for (uint256 i; i < uint256(stage); ++i) {
            if (stages[i].resolver == candidate) return false;
        }
        return true;
    }

    function _eligibleCount(uint256 disputeId, DisputeRecord storage dispute, Stage stage)
        private
        view
        returns (uint256 count)
    {
        uint256 length = _pool.length;
        for (uint256 i; i < length; ++i) {
            if (_isEligible(disputeId, dispute, stage, _pool[i])) ++count;
        }
    }

    /// @dev Nobody is left to decide the stage: both deposits come back and the last ruling stands (a tie if the
    /// dispute never had one).
    function _lapse(uint256 disputeId, DisputeRecord storage dispute, Stage stage) private {
        uint256 fee = _feeOf(stage);
        bool byRespondent = dispute.broughtByRespondent;
        uint256 otherDeposit = _otherSideFunded(dispute) ? fee : 0;
        (uint256 openerRefund, uint256 respondentRefund) = byRespondent ? (otherDeposit, fee) : (fee, otherDeposit);
        StageRecord storage record = _stages[disputeId][uint256(stage)];
        record.openerRefund = uint40(openerRefund);
        record.respondentRefund = uint40(respondentRefund);
        IDisputeSubject.Ruling ruling =
            stage == Stage.Conciliation ? IDisputeSubject.Ruling.Tie : _stages[disputeId][uint256(stage) - 1].ruling;
        _resolve(disputeId, dispute, ruling, Resolution.Lapsed, openerRefund, respondentRefund);
    }

    function _resolve(
        uint256 disputeId,
        DisputeRecord storage dispute,
        IDisputeSubject.Ruling ruling,
        Resolution resolution,
        uint256 openerRefund,
        uint256 respondentRefund
    ) private {
        dispute.status = DisputeStatus.Resolved;
        dispute.deadline = 0;
        emit DisputeResolved(disputeId, ruling, resolution, openerRefund, respondentRefund);
        SubjectKind kind = dispute.kind;
        if (kind != SubjectKind.Claim) _subjectOf(kind).onDisputeResolved(dispute.subjectId, ruling);
    }

    /// @dev The resolver earns `fee`: the loser's deposit pays it and the winner's comes back; on a tie the side
    /// that brought the stage pays ⌈fee/2⌉. An exempt respondent deposited nothing, so the side that brought the
    /// stage pays the whole fee whatever the ruling.
    function _refundsAfterDecision(DisputeRecord storage dispute, IDisputeSubject.Ruling ruling, uint256 fee)
        private
        view
        returns (uint256 openerRefund, uint256 respondentRefund)
    {
        if (!_otherSideFunded(dispute)) return (0, 0);
        if (ruling == IDisputeSubject.Ruling.ForOpener) return (fee, 0);
        if (ruling == IDisputeSubject.Ruling.ForRespondent) return (0, fee);
        uint256 bringerRefund = fee / 2;
        uint256 otherRefund = fee - bringerRefund;
        return dispute.broughtByRespondent ? (otherRefund, bringerRefund) : (bringerRefund, otherRefund);
    }

    /// @dev Whether the side that did not bring the current stage deposited for it (all but an exempt respondent).
    function _otherSideFunded(DisputeRecord storage dispute) private view returns (bool) {
        return dispute.broughtByRespondent || !dispute.respondentExempt;
    }

    function _subjectOf(SubjectKind kind) private view returns (IDisputeSubject) {
        if (kind == SubjectKind.Consumption) return _consumptionLedger;
        if (kind == SubjectKind.Expense) return _expenseLedger;
        return IDisputeSubject(address(0));
    }

    /// @dev What the current stage's deposits still hold: the bringer's from its deposit until the stage is
    /// decided, lapses or defaults, plus the other side's once it matched.
    function _depositsHeld(DisputeRecord storage dispute) private view returns (uint256) {
        DisputeStatus status = dispute.status;
        uint256 fee = _feeOf(dispute.stage);
        if (status == DisputeStatus.AwaitingResponse) return fee;
        if (status == DisputeStatus.AwaitingResolver || status == DisputeStatus.AwaitingDecision) {
            return _otherSideFunded(dispute) ? 2 * fee : fee;
        }
        return 0;
    }

    function _feeOf(Stage stage) private view returns (uint256) {
        if (stage == Stage.Conciliation) return _conciliationFee;
        if (stage == Stage.Mediation) return _mediationFee;
        return _arbitrationFee;
    }

    function _existing(uint256 disputeId) private view returns (DisputeRecord storage dispute) {
        dispute = _disputes[disputeId];
        if (dispute.status == DisputeStatus.None) revert DisputeNotFound(disputeId);
    }

    function _inStatus(uint256 disputeId, DisputeStatus required) private view returns (DisputeRecord storage dispute) {
        dispute = _existing(disputeId);
        DisputeStatus status = dispute.status;
        if (status != required) revert DisputeWrongStatus(disputeId, status, required);
    }

    function _nonEmpty(bytes32 digest) private pure {
        if (digest == bytes32(0)) revert DisputeEmptyCid();
    }

    function _nonZero(string memory name, address account) private pure {
        if (account == address(0)) revert DisputeZeroAddress(name);
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert DisputeParameterOutOfBounds(name, value, min, max);
    }
}
