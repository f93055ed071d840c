import type { Todo } from "./types";

/** `IDisputeCourt.DisputeStatus` and `Stage` values. */
const AWAITING_RESPONSE = 1;
const AWAITING_DECISION = 3;
const DECIDED = 4;
const ARBITRATION = 2;
const STAGE_NAMES = ["conciliation", "mediation", "arbitration"] as const;

/** The fields of `getDispute` a to-do needs. */
export type DisputeOnChain = {
  id: bigint;
  opener: string;
  respondent: string;
  respondentExempt: boolean;
  stage: number;
  status: number;
  broughtByRespondent: boolean;
  /** The deadline of the current status (response, decision or appeal), 0 when none runs. */
  deadline: bigint;
  resolvers: readonly string[];
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Disputes waiting for `account`: its deposit to match (the side that did not bring the stage; an exempt respondent
 * never matches), its decision as the stage's resolver, or its appeal window as a party of a decided stage that is
 * not arbitration (final).
 */
export function disputeTodos(account: string, disputes: readonly DisputeOnChain[], chainNow: bigint): Todo[] {
  const todos: Todo[] = [];
  for (const dispute of disputes) {
    const href = `/disputes/${dispute.id}`;
    const stage = STAGE_NAMES[dispute.stage] ?? "a stage";
    const isOpener = same(dispute.opener, account);
    const isRespondent = same(dispute.respondent, account);
    if (dispute.deadline === 0n) continue;
    if (dispute.status === AWAITING_RESPONSE) {
      const mustMatch = dispute.broughtByRespondent ? isOpener : isRespondent && !dispute.respondentExempt;
      if (!mustMatch || chainNow > dispute.deadline) continue;
      todos.push({
        id: `dispute:${dispute.id}:${dispute.stage}:respond`,
        kind: "dispute-respond",
        title: `Respond to dispute #${dispute.id} (${stage})`,
        href,
        deadline: dispute.deadline,
        deadlineKind: "due",
        detail: "Match the stage's deposit with your evidence before the response deadline, or the other side wins by default.",
      });
    } else if (dispute.status === AWAITING_DECISION) {
      const resolver = dispute.resolvers[dispute.stage];
      if (!resolver || !same(resolver, account) || chainNow > dispute.deadline) continue;
      todos.push({
        id: `dispute:${dispute.id}:${dispute.stage}:decide`,
        kind: "dispute-decide",
        title: `Decide dispute #${dispute.id} (${stage})`,
        href,
        deadline: dispute.deadline,
        deadlineKind: "due",
        detail: "You are its resolver: decide with a reason before the decision deadline, or anyone may replace you and you earn nothing.",
      });
    } else if (dispute.status === DECIDED && dispute.stage < ARBITRATION && (isOpener || isRespondent)) {
      if (chainNow > dispute.deadline) continue;
      todos.push({
        id: `dispute:${dispute.id}:${dispute.stage}:appeal`,
        kind: "dispute-appeal",
        title: `Appeal window of dispute #${dispute.id} (${stage} decided)`,
        href,
        deadline: dispute.deadline,
        deadlineKind: "due",
        detail: `Either party may take it to ${STAGE_NAMES[dispute.stage + 1]} with the next deposit before the appeal deadline; after it the ruling is final.`,
      });
    }
  }
  return todos;
}
