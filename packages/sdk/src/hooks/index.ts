export { ScipioProvider, useContractAddress, useDeployment } from "./context.ts";
export { isBusy, type TransactionState, type TransactionStatus, type TransactionUpdate } from "./transaction-state.ts";
export { useTransaction, type ContractWrite } from "./use-transaction.ts";
export {
  useBuyCapitalTokens,
  useCapitalTokenBalance,
  useCapitalTokenBuyQuote,
  useCapitalTokenSellQuote,
  useSellCapitalTokens,
} from "./capital-token.ts";
export { useGovernanceCall, useIsGovernance } from "./governance.ts";
export {
  useIsRegistered,
  useRegisterIdentity,
  useReputationBalance,
  useSetAttester,
  useSetFirstReputation,
} from "./reputation-registry.ts";
export {
  useAdvanceProject,
  useBackTaskList,
  useCancelProject,
  useCanWithdrawStake,
  proposalRequirements,
  useProjectStake,
  useProposalMarket,
  useProposeProject,
  useStake,
  useSubmitTaskList,
  useUnstake,
  useWithdrawStake,
  type TaskSpecInput,
} from "./project-registry.ts";
export {
  TASK_STATUSES,
  taskIdOf,
  useAdvance,
  useClaimTask,
  useSlashAndReopen,
  useSubmitEvidence,
  type TaskStatusName,
} from "./tasks.ts";
export { useMinValidationStakes, useMyValidation, useValidateTask } from "./validation.ts";
export { useCommitVote, useMyVote, useRevealVote, useSaltStore } from "./voting.ts";
export { WITHDRAW_BATCH, useOwedEther, usePendingPayout, useWithdrawAll, type Withdrawable } from "./withdraw.ts";
export { useSptBalance, useSptSaleAction } from "./platform-sale.ts";
export { useIsPlatformAdmin, useJoinAsInvestor, useParticipantRoles, useSetParticipantRole } from "./participants.ts";
export {
  useApproveDisputeFee,
  useDecideDispute,
  useDisputeFeeFunds,
  useDispute,
  useDisputeDeadlines,
  useDisputeProgress,
  useDisputeStageFee,
  useEscalateDispute,
  useManageResolver,
  useOpenClaim,
  useOpenDispute,
  useRespondToDispute,
  useResolverEarnings,
  useResolverPool,
  useWithdrawDisputeRefund,
  useWithdrawResolverEarnings,
  type DisputeSubjectKind,
} from "./dispute-court.ts";
export {
  useBillingTariff,
  useCustomerKind,
  useIbtBalance,
  useIssueInvoice,
  usePayOperator,
  usePeriodBilling,
  useRegisterCustomer,
  useRemoveCustomer,
  useSetTariff,
} from "./billing.ts";

export { useEuroBalance, useEuroFaucet } from "./settlement-token.ts";
export {
  PERIOD_PHASES,
  RECORD_BATCH,
  useClaimable,
  useClaimCredit,
  useClosePeriod,
  useCurrentPeriod,
  useHasUnsettledDebt,
  useNetPosition,
  usePeriodPhase,
  usePeriodTotals,
  useRecordPositions,
  useSettleDebt,
  type PeriodPhaseName,
} from "./compensation-table.ts";
export {
  CONSUMPTION_STATES,
  useConsumptionRecord,
  useRecordConsumption,
  useValidateConsumption,
  type ConsumptionStateName,
} from "./consumption-ledger.ts";
export {
  useDeclareExpense,
  useDrawReviewers,
  useExpense,
  useExpenseReviewers,
  useInvoicedPartyMatch,
  useRedrawReviewer,
  useRegisterEntity,
  useReleaseExpenseDeposit,
  useReviewExpense,
} from "./expense-ledger.ts";
export {
  useAuctionAction,
  useAuctionHolding,
  useAuctionPosition,
  useBid,
  useBidCost,
  useCreateAuction,
  useCreateBandwidthToken,
  useMakeAuctionMinter,
  useRecordInvestment,
  type AuctionOffer,
} from "./auctions.ts";
export { useNodeActions, type NodeInput } from "./nodes.ts";
