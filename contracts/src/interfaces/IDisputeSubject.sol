// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IDisputeSubject
/// @notice A ledger whose records can be disputed at the dispute court: the consumption ledger (an operator
/// disputes the feeder's record) and the expense ledger (a declarer disputes a rejection). The court is fixed
/// at each ledger's deployment and is the only caller of these functions.
interface IDisputeSubject {
    /// @notice How a dispute ended at its final stage.
    enum Ruling {
        /// The opener (party A) won.
        ForOpener,
        /// The respondent (party B) won, or the opener lost by default.
        ForRespondent,
        /// The resolver found for neither side.
        Tie
    }

    /// @notice The court asks to open a dispute about record `subjectId` on behalf of `opener`. Reverts unless
    /// `opener` may dispute that record now; marks the record disputed.
    /// @return respondent The other party (the feeder, or the platform for a rejected expense).
    /// @return respondentExempt True when the respondent deposits nothing and cannot lose by default (the
    /// platform and the feeder).
    function onDisputeOpened(uint256 subjectId, address opener)
        external
        returns (address respondent, bool respondentExempt);

    /// @notice The court reports the final ruling on record `subjectId`; the ledger applies its effect.
    function onDisputeResolved(uint256 subjectId, Ruling ruling) external;
}
