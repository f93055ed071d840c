import { compensationTableAbi, disputeCourtAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { demoAccounts } from "@scipio/sdk/demo";
import { digestToCid } from "@scipio/sdk/ipfs";
import { PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import { entityHashOf } from "@scipio/sdk/schemas";
import { expenseEvidenceDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { keccak256, toHex } from "viem";
import { resolveAccount } from "./injected-wallet";
import { TaskCommunity } from "./task-community";

const governance = demoAccounts[0]!.address;
const euro = (whole: number) => BigInt(whole) * 1_000_000n;
const role = (key: ParticipantRole["key"]) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;
/** A CID whose content no gateway holds: the chain takes only its digest, and these journeys never open it. */
const placeholderCid = (label: string) => digestToCid(keccak256(toHex(label)), "raw");
const placeholderDigest = (label: string) => ({ digest: keccak256(toHex(label)), codec: "raw" }) as const;

/**
 * The operating side of the network set up straight on the chain for the to-do journeys: Ada, Carla and Ferran are
 * operators, Elena a validator (so a declaration by Carla draws exactly Ada, Ferran and Elena), governance the
 * platform and the consumption feeder, and three resolvers who are party to nothing.
 */
export class TodosCommunity extends TaskCommunity {
  readonly governance = governance;

  async operationsReady() {
    for (const operator of ["Ada", "Carla", "Ferran"]) await this.actions.onboard(governance, resolveAccount(operator), role("operator"));
    await this.actions.onboard(governance, resolveAccount("Elena"), role("validator"));
    await this.actions.onboard(governance, governance, role("platform"));
    await this.actions.onboard(governance, governance, role("feeder"));
    for (const resolver of ["Bruno", "Dídac", "Hugo"]) await this.actions.addResolver(governance, resolveAccount(resolver));
    for (const account of ["Ada", "Carla", "Ferran", "Elena"]) await this.actions.faucet(resolveAccount(account), euro(5_000));
  }

  currentPeriod() {
    return this.actions.currentPeriod();
  }

  recordConsumption(operator: string, period: bigint, gigabytes: bigint) {
    return this.actions.recordConsumption(governance, resolveAccount(operator), period, gigabytes);
  }

  /** `who` declares an expense of `amount` € in `period` with a schema-valid evidence document; returns its id. */
  async declareExpense(who: string, period: bigint, amount: number, invoiceNumber: string) {
    const document = expenseEvidenceDocumentSchema.parse({
      kind: "scipio.expense-evidence",
      version: 1,
      invoiceNumber,
      issuerTaxId: "B17111111",
      invoicedPartyHash: entityHashOf("B65000002"),
      amount: `${amount}.00`,
      currency: "EUR",
      date: "2026-11-20",
      fileCid: placeholderCid(`invoice file ${invoiceNumber}`),
    });
    return this.actions.declareExpense(resolveAccount(who), document, placeholderCid(`evidence ${invoiceNumber}`), period);
  }

  drawReviewers(expenseId: bigint) {
    return this.actions.drawReviewers(governance, expenseId);
  }

  reviewExpense(who: string, expenseId: bigint) {
    return this.actions.reviewExpense(resolveAccount(who), expenseId, "validate");
  }

  /** Closes every period up to and including `period`, in order (only Closable ones close). */
  async closeThrough(period: bigint) {
    await this.chain.mineAt((await this.actions.closableAt(period)) + 1n);
    const next = await this.chain.client.readContract({ address: this.chain.address("CompensationTable"), abi: compensationTableAbi, functionName: "nextPeriodToClose" });
    for (let closing = next; closing <= period; closing++) await this.actions.closePeriod(governance, closing);
  }

  netPosition(who: string, period: bigint) {
    return this.actions.netPosition(resolveAccount(who), period);
  }

  periodTotals(period: bigint) {
    return this.actions.periodTotals(period);
  }

  closableAt(period: bigint) {
    return this.actions.closableAt(period);
  }

  openClaim(opener: string, respondent: string) {
    return this.actions.openClaim(resolveAccount(opener), resolveAccount(respondent), placeholderDigest(`claim ${opener} ${respondent}`));
  }

  dispute(disputeId: bigint) {
    return this.chain.client.readContract({ address: this.chain.address("DisputeCourt"), abi: disputeCourtAbi, functionName: "getDispute", args: [disputeId] });
  }

  /** When `who`'s seat on the expense must be answered by: its answer window or the period's review window, whichever ends first. */
  async reviewDeadline(expenseId: bigint, who: string): Promise<bigint> {
    const ledger = { address: this.chain.address("ExpenseLedger"), abi: expenseLedgerAbi } as const;
    const [seats, answerWindow, expense] = await Promise.all([
      this.chain.client.readContract({ ...ledger, functionName: "reviewersOf", args: [expenseId] }),
      this.chain.client.readContract({ ...ledger, functionName: "answerWindow" }),
      this.chain.client.readContract({ ...ledger, functionName: "getExpense", args: [expenseId] }),
    ]);
    const seat = seats.find((slot) => slot.reviewer.toLowerCase() === resolveAccount(who).toLowerCase());
    if (!seat) throw new Error(`${who} was not drawn for expense #${expenseId}`);
    const answerBy = BigInt(seat.drawnAt) + answerWindow;
    const closes = await this.closableAt(BigInt(expense.period));
    return answerBy < closes ? answerBy : closes;
  }
}
