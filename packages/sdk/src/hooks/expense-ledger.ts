import { useCallback } from "react";
import { erc20Abi, type Address, type Hex } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import {
  expenseLedgerAbi,
  useReadExpenseLedgerDeposit,
  useReadExpenseLedgerEntityHashOf,
  useReadExpenseLedgerGetExpense,
  useReadExpenseLedgerReviewersOf,
  useReadExpenseLedgerSettlementToken,
} from "../abi/generated-hooks.ts";
import { cidToDigest } from "../ipfs/cid.ts";
import { CID_CODEC, EXPENSE_STATUSES } from "../protocol.ts";
import type { ExpenseEvidenceDocument } from "../schemas/evidence.ts";
import { expenseDeclarationOf, invoicedPartyMatch } from "../schemas/expenses.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

function useExpenseLedgerTransaction() {
  const address = useContractAddress("ExpenseLedger");
  return { address, transaction: useTransaction() };
}

/** Expense `expenseId` as stored, with its status by name (undefined while loading or for an unknown id). */
export function useExpense(expenseId: bigint | undefined) {
  const address = useContractAddress("ExpenseLedger");
  const read = useReadExpenseLedgerGetExpense({
    address,
    args: [expenseId ?? 0n],
    query: { enabled: address !== undefined && expenseId !== undefined },
  });
  const expense = read.data;
  return { ...read, expense, status: expense === undefined ? undefined : EXPENSE_STATUSES[expense.status] };
}

/** The expense's three reviewer slots (a vacant one has the zero address). */
export function useExpenseReviewers(expenseId: bigint | undefined) {
  const address = useContractAddress("ExpenseLedger");
  return useReadExpenseLedgerReviewersOf({
    address,
    args: [expenseId ?? 0n],
    query: { enabled: address !== undefined && expenseId !== undefined },
  });
}

/**
 * What the review page shows about the invoiced party: whether it is the declarer's registered entity, never
 * the party itself.
 */
export function useInvoicedPartyMatch(document: ExpenseEvidenceDocument | undefined, declarer: Address | undefined) {
  const address = useContractAddress("ExpenseLedger");
  const entity = useReadExpenseLedgerEntityHashOf({
    address,
    args: [declarer ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && declarer !== undefined },
  });
  if (document === undefined || entity.data === undefined) return undefined;
  return invoicedPartyMatch(document, entity.data);
}

/**
 * Declares an expense from its uploaded evidence document: approves the deposit to the ledger first when the
 * allowance is short (a second transaction), then declares in `period`.
 */
export function useDeclareExpense() {
  const config = useConfig();
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const deposit = useReadExpenseLedgerDeposit({ address, query: { enabled: address !== undefined } });
  const token = useReadExpenseLedgerSettlementToken({ address, query: { enabled: address !== undefined } });
  const declare = useCallback(
    async (declarer: Address, document: ExpenseEvidenceDocument, evidenceCid: string, period: bigint) => {
      const ledger = requireDeployed(address, "ExpenseLedger");
      if (deposit.data === undefined || token.data === undefined) return undefined;
      const { amount, invoiceKey, evidence } = expenseDeclarationOf(document, evidenceCid);
      const allowance = await readContract(config, {
        address: token.data,
        abi: erc20Abi,
        functionName: "allowance",
        args: [declarer, ledger],
      });
      if (allowance < deposit.data) {
        const approved = await send({
          label: "Approve the declaration deposit",
          abi: erc20Abi,
          address: token.data,
          functionName: "approve",
          args: [ledger, deposit.data],
        });
        if (approved === undefined) return undefined;
      }
      return send({
        label: "Declare an expense",
        abi: expenseLedgerAbi,
        address: ledger,
        functionName: "declare",
        args: [amount, period, invoiceKey, evidence.digest, CID_CODEC[evidence.codec]],
      });
    },
    [address, config, deposit.data, send, token.data],
  );
  return { ...transaction, declare, deposit: deposit.data, available: address !== undefined };
}

/** Draws the expense's vacant reviewer slots (anyone may; the first review does it too). */
export function useDrawReviewers() {
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const draw = useCallback(
    (expenseId: bigint) =>
      send({
        label: `Draw reviewers for expense #${expenseId}`,
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "draw",
        args: [expenseId],
      }),
    [address, send],
  );
  return { ...transaction, draw, available: address !== undefined };
}

/** A drawn reviewer validates, or rejects with the CID of its uploaded reason document. */
export function useReviewExpense() {
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const validate = useCallback(
    (expenseId: bigint) =>
      send({
        label: `Validate expense #${expenseId}`,
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "validate",
        args: [expenseId],
      }),
    [address, send],
  );
  const reject = useCallback(
    (expenseId: bigint, reasonCid: string) => {
      const reason = cidToDigest(reasonCid);
      return send({
        label: `Reject expense #${expenseId}`,
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "reject",
        args: [expenseId, reason.digest, CID_CODEC[reason.codec]],
      });
    },
    [address, send],
  );
  return { ...transaction, validate, reject, available: address !== undefined };
}

/** Replaces the reviewer in `slot` (0–2) who has not answered in time or lost its role. */
export function useRedrawReviewer() {
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const redraw = useCallback(
    (expenseId: bigint, slot: number) =>
      send({
        label: `Replace reviewer ${slot + 1} of expense #${expenseId}`,
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "redraw",
        args: [expenseId, BigInt(slot)],
      }),
    [address, send],
  );
  return { ...transaction, redraw, available: address !== undefined };
}

/** Pays a decided expense's deposit back to its declarer, or to the platform when forfeited. */
export function useReleaseExpenseDeposit() {
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const release = useCallback(
    (expenseId: bigint) =>
      send({
        label: `Release the deposit of expense #${expenseId}`,
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "releaseDeposit",
        args: [expenseId],
      }),
    [address, send],
  );
  return { ...transaction, release, available: address !== undefined };
}

/** A holder of the Platform role registers (approves) an account's entity by the hash of its tax id. */
export function useRegisterEntity() {
  const { address, transaction } = useExpenseLedgerTransaction();
  const { send } = transaction;
  const register = useCallback(
    (account: Address, entityHash: Hex) =>
      send({
        label: "Register the participant's entity",
        abi: expenseLedgerAbi,
        address: requireDeployed(address, "ExpenseLedger"),
        functionName: "registerEntity",
        args: [account, entityHash],
      }),
    [address, send],
  );
  return { ...transaction, register, available: address !== undefined };
}
