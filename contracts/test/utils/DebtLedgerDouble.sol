// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Stands in for the compensation table where only the network is deployed: the auctions read nothing
/// from it but `hasUnsettledDebt`, which a test sets per account.
contract DebtLedgerDouble {
    mapping(address account => bool) private _inDebt;

    function setUnsettledDebt(address account, bool inDebt) external {
        _inDebt[account] = inDebt;
    }

    function hasUnsettledDebt(address account) external view returns (bool) {
        return _inDebt[account];
    }
}
