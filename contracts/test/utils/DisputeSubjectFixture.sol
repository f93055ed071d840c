// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";

/// @notice Test-only `IDisputeSubject` for the court's unit tests: every record names the same respondent (exempt or
/// not, as set), a record may be marked undisputable, and each call of the court is recorded.
contract DisputeSubjectFixture is IDisputeSubject {
    error SubjectNotCourt(address caller);
    error SubjectNotDisputable(uint256 subjectId);

    address public court;
    address public respondent;
    bool public respondentExempt;
    mapping(uint256 subjectId => bool) public undisputable;
    mapping(uint256 subjectId => address) public openedBy;
    mapping(uint256 subjectId => uint256) public resolvedCount;
    mapping(uint256 subjectId => Ruling) public lastRuling;

    constructor(address respondent_, bool respondentExempt_) {
        respondent = respondent_;
        respondentExempt = respondentExempt_;
    }

    /// The court is deployed after its subjects, so it is set once afterwards (the real ledgers predict it).
    function setCourt(address court_) external {
        court = court_;
    }

    function setRespondent(address respondent_, bool respondentExempt_) external {
        respondent = respondent_;
        respondentExempt = respondentExempt_;
    }

    function setUndisputable(uint256 subjectId) external {
        undisputable[subjectId] = true;
    }

    function onDisputeOpened(uint256 subjectId, address opener) external returns (address, bool) {
        if (msg.sender != court) revert SubjectNotCourt(msg.sender);
        if (undisputable[subjectId]) revert SubjectNotDisputable(subjectId);
        openedBy[subjectId] = opener;
        return (respondent, respondentExempt);
    }

    function onDisputeResolved(uint256 subjectId, Ruling ruling) external {
        if (msg.sender != court) revert SubjectNotCourt(msg.sender);
        ++resolvedCount[subjectId];
        lastRuling[subjectId] = ruling;
    }
}
