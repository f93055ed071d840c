import { useCallback } from "react";
import { erc20Abi, type Address } from "viem";
import { useReadContracts } from "wagmi";
import {
  disputeCourtAbi,
  useReadDisputeCourtDeadlinesOf,
  useReadDisputeCourtEarningsOf,
  useReadDisputeCourtGetDispute,
  useReadDisputeCourtGetResolvers,
  useReadDisputeCourtSettlementToken,
  useReadDisputeCourtStageFee,
} from "../abi/generated-hooks.ts";
import type { OnChainCid } from "../ipfs/cid.ts";
import { CID_CODEC, DISPUTE_RULING, DISPUTE_STAGES, type DisputeRuling, type DisputeStage } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/** What a dispute is about: a ledger's record (the court knows each ledger's address) or a free-form claim. */
export type DisputeSubjectKind = "consumption" | "expense";

/** Every court action shares the court's address and one transaction state per hook. */
function useDisputeCourtTransaction() {
  return { address: useContractAddress("DisputeCourt"), transaction: useTransaction() };
}

/*//////////////////////////////////////////////////////////////
                              READS
//////////////////////////////////////////////////////////////*/

/** A dispute as `getDispute` returns it (parties, stage, status, resolvers, rulings, refunds, deposits held). */
export function useDispute(disputeId: bigint | undefined) {
  const address = useContractAddress("DisputeCourt");
  return useReadDisputeCourtGetDispute({
    address,
    args: [disputeId ?? 0n],
    query: { enabled: address !== undefined && disputeId !== undefined },
  });
}

/** The response, decision and appeal deadlines of a dispute (each 0n unless it is the one running). */
export function useDisputeDeadlines(disputeId: bigint | undefined) {
  const address = useContractAddress("DisputeCourt");
  const deadlines = useReadDisputeCourtDeadlinesOf({
    address,
    args: [disputeId ?? 0n],
    query: { enabled: address !== undefined && disputeId !== undefined },
  });
  const [response, decision, appeal] = deadlines.data ?? [];
  return { ...deadlines, response, decision, appeal };
}

/** The deposit each side makes to bring or match `stage`, in settlement-token units (6 decimals). */
export function useDisputeStageFee(stage: DisputeStage) {
  const address = useContractAddress("DisputeCourt");
  return useReadDisputeCourtStageFee({
    address,
    args: [DISPUTE_STAGES.indexOf(stage)],
    query: { enabled: address !== undefined },
  });
}

/** The resolver pool in rotation order. */
export function useResolverPool() {
  const address = useContractAddress("DisputeCourt");
  return useReadDisputeCourtGetResolvers({ address, query: { enabled: address !== undefined } });
}

/** What `resolver` has earned and not withdrawn. */
export function useResolverEarnings(resolver: Address | undefined) {
  const address = useContractAddress("DisputeCourt");
  return useReadDisputeCourtEarningsOf({
    address,
    args: [resolver ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && resolver !== undefined },
  });
}

/**
 * What `account` holds in the court's settlement token and has already allowed the court to take, so a form can
 * refuse a deposit the account cannot make before anything is sent, and skip an approval already given.
 */
export function useDisputeFeeFunds(account: Address | undefined) {
  const address = useContractAddress("DisputeCourt");
  const token = useReadDisputeCourtSettlementToken({ address, query: { enabled: address !== undefined } });
  const owner = account ?? ZERO_ADDRESS;
  const spender = address ?? ZERO_ADDRESS;
  const reads = useReadContracts({
    contracts: [
      { address: token.data, abi: erc20Abi, functionName: "balanceOf", args: [owner] },
      { address: token.data, abi: erc20Abi, functionName: "allowance", args: [owner, spender] },
    ],
    allowFailure: false,
    query: { enabled: token.data !== undefined && account !== undefined && address !== undefined },
  });
  const [balance, allowance] = reads.data ?? [];
  return { balance, allowance, refetch: reads.refetch, isLoading: reads.isLoading || token.isLoading };
}

/*//////////////////////////////////////////////////////////////
                          PARTIES' ACTIONS
//////////////////////////////////////////////////////////////*/

/**
 * Lets the court pull a stage fee from the caller's settlement tokens: opening, responding and escalating each
 * deposit that stage's fee, so the app approves it first (exactly the fee, not an open allowance).
 */
export function useApproveDisputeFee() {
  const address = useContractAddress("DisputeCourt");
  const token = useReadDisputeCourtSettlementToken({ address, query: { enabled: address !== undefined } });
  const transaction = useTransaction();
  const { send } = transaction;
  const approve = useCallback(
    (fee: bigint) => {
      if (!token.data) throw new Error("The dispute court's settlement token is not known yet");
      return send({
        label: "Allow the dispute court to take the fee",
        abi: erc20Abi,
        address: token.data,
        functionName: "approve",
        args: [requireDeployed(address, "DisputeCourt"), fee],
      });
    },
    [address, send, token.data],
  );
  return { ...transaction, approve, available: address !== undefined && token.data !== undefined };
}

/**
 * Opens a dispute on a consumption record (operator vs feeder) or a rejected expense (declarer vs the platform),
 * depositing the conciliation fee with the evidence CID. The ledger decides whether the caller may dispute it.
 */
export function useOpenDispute() {
  const { address, transaction } = useDisputeCourtTransaction();
  const consumptionLedger = useContractAddress("ConsumptionLedger");
  const expenseLedger = useContractAddress("ExpenseLedger");
  const { send } = transaction;
  const open = useCallback(
    (subject: DisputeSubjectKind, subjectId: bigint, evidence: OnChainCid) => {
      const ledger =
        subject === "consumption"
          ? requireDeployed(consumptionLedger, "ConsumptionLedger")
          : requireDeployed(expenseLedger, "ExpenseLedger");
      return send({
        label: subject === "consumption" ? "Raise an issue on the consumption record" : "Dispute the rejection",
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "openDispute",
        args: [ledger, subjectId, evidence.digest, CID_CODEC[evidence.codec]],
      });
    },
    [address, consumptionLedger, expenseLedger, send],
  );
  return { ...transaction, open, available: address !== undefined };
}

/** Brings a free-form claim against another participant (recorded, no automatic effect). */
export function useOpenClaim() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const open = useCallback(
    (respondent: Address, evidence: OnChainCid) =>
      send({
        label: "Bring a claim",
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "openClaim",
        args: [respondent, evidence.digest, CID_CODEC[evidence.codec]],
      }),
    [address, send],
  );
  return { ...transaction, open, available: address !== undefined };
}

/** The side that did not bring the current stage matches its fee with its evidence. */
export function useRespondToDispute() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const respond = useCallback(
    (disputeId: bigint, evidence: OnChainCid) =>
      send({
        label: `Respond to dispute #${disputeId}`,
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "respond",
        args: [disputeId, evidence.digest, CID_CODEC[evidence.codec]],
      }),
    [address, send],
  );
  return { ...transaction, respond, available: address !== undefined };
}

/** A party brings a decided dispute to the next stage within the appeal window, depositing that stage's fee. */
export function useEscalateDispute() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const escalate = useCallback(
    (disputeId: bigint, evidence: OnChainCid) =>
      send({
        label: `Escalate dispute #${disputeId}`,
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "escalate",
        args: [disputeId, evidence.digest, CID_CODEC[evidence.codec]],
      }),
    [address, send],
  );
  return { ...transaction, escalate, available: address !== undefined };
}

/*//////////////////////////////////////////////////////////////
                       ANYONE'S AND RESOLVERS'
//////////////////////////////////////////////////////////////*/

type ProgressAction = "assignResolver" | "replaceResolver" | "finalize";
const PROGRESS_LABELS: Record<ProgressAction, string> = {
  assignResolver: "Assign the resolver",
  replaceResolver: "Replace the resolver who missed the deadline",
  finalize: "Make the ruling final",
};

/**
 * The court's permissionless steps, each with its own transaction state: `assignResolver` once the seed block is
 * mined, `replaceResolver` once a decision deadline passed, `finalize` once an appeal or response window is over.
 */
export function useDisputeProgress(action: ProgressAction) {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const run = useCallback(
    (disputeId: bigint) =>
      send({
        label: `${PROGRESS_LABELS[action]} (dispute #${disputeId})`,
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: action,
        args: [disputeId],
      }),
    [action, address, send],
  );
  return { ...transaction, run, available: address !== undefined };
}

/** The assigned resolver decides the current stage with a reason CID. */
export function useDecideDispute() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const decide = useCallback(
    (disputeId: bigint, ruling: DisputeRuling, reason: OnChainCid) =>
      send({
        label: `Decide dispute #${disputeId}`,
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "decide",
        args: [disputeId, DISPUTE_RULING[ruling], reason.digest, CID_CODEC[reason.codec]],
      }),
    [address, send],
  );
  return { ...transaction, decide, available: address !== undefined };
}

/** A party withdraws its refunds from one dispute. */
export function useWithdrawDisputeRefund() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const withdraw = useCallback(
    (disputeId: bigint) =>
      send({
        label: `Withdraw the refund of dispute #${disputeId}`,
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "withdrawRefund",
        args: [disputeId],
      }),
    [address, send],
  );
  return { ...transaction, withdraw, available: address !== undefined };
}

/** A resolver withdraws the fees it earned. */
export function useWithdrawResolverEarnings() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const withdraw = useCallback(
    () =>
      send({
        label: "Withdraw resolver earnings",
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: "withdrawEarnings",
        args: [],
      }),
    [address, send],
  );
  return { ...transaction, withdraw, available: address !== undefined };
}

/** Governance adds (`add`) or removes a resolver from the pool. */
export function useManageResolver() {
  const { address, transaction } = useDisputeCourtTransaction();
  const { send } = transaction;
  const setResolver = useCallback(
    (resolver: Address, add: boolean) =>
      send({
        label: add ? "Add a resolver" : "Remove a resolver",
        abi: disputeCourtAbi,
        address: requireDeployed(address, "DisputeCourt"),
        functionName: add ? "addResolver" : "removeResolver",
        args: [resolver],
      }),
    [address, send],
  );
  return { ...transaction, setResolver, available: address !== undefined };
}
