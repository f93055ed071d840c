"use client";

import { disputeCourtAbi } from "@scipio/sdk/abi";
import { useOpenClaim, useOpenDispute } from "@scipio/sdk/hooks";
import { addressSchema } from "@scipio/sdk/schemas";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { parseEventLogs, type Address, type TransactionReceipt } from "viem";
import { useAccount } from "wagmi";
import { SelectField, TextField } from "@/components/ui/form-controls";
import { formatChainTime } from "@/components/ui/time";
import { DisputeEvidenceForm } from "./disputes-evidence-form";
import { formatEuro } from "./disputes-labels";

/** A record the viewer may take to the court (as the server read it; the contract checks it again). */
export type DisputableSubject =
  | { kind: "consumption"; owner: Address; period: bigint; gigabytes: bigint; until: bigint }
  | { kind: "expense"; owner: Address; expenseId: bigint; amount: bigint; period: bigint; until: bigint };

/** A consumption record's dispute subject id: `operator << 96 | period` (IConsumptionLedger.subjectIdOf). */
export function consumptionSubjectId(operator: Address, period: bigint): bigint {
  return (BigInt(operator) << 96n) | period;
}

const keyOf = (subject: DisputableSubject) => (subject.kind === "consumption" ? `consumption:${subject.period}` : `expense:${subject.expenseId}`);

function labelOf(subject: DisputableSubject): string {
  return subject.kind === "consumption"
    ? `Consumption record of period ${subject.period}: ${subject.gigabytes.toString()} GB (disputable until ${formatChainTime(subject.until)})`
    : `Rejected expense #${subject.expenseId} of period ${subject.period}: ${formatEuro(subject.amount)} (disputable until ${formatChainTime(subject.until)})`;
}

/** The dispute's id from the opening's receipt, to open its page. */
function openedId(receipt: TransactionReceipt): bigint | undefined {
  return parseEventLogs({ abi: disputeCourtAbi, eventName: "DisputeOpened", logs: receipt.logs })[0]?.args.disputeId;
}

/**
 * Opens a dispute: the subject is picked from the viewer's own records (its consumption records still in review,
 * its rejected expenses still in their dispute window) or is a free-form claim against a participant; then the
 * evidence and the conciliation deposit. On success it opens the dispute's page.
 */
export function OpenDisputeForm({ subjects, fee, preselect }: { subjects: DisputableSubject[]; fee: bigint; preselect?: string }) {
  const { address } = useAccount();
  const router = useRouter();
  const mine = subjects.filter((subject) => subject.owner.toLowerCase() === address?.toLowerCase());
  const [choice, setChoice] = useState<string>(preselect ?? "");
  const [respondent, setRespondent] = useState("");
  const [respondentProblem, setRespondentProblem] = useState<string>();
  const dispute = useOpenDispute();
  const claim = useOpenClaim();
  const options = [
    { value: "", label: "Choose what you dispute…" },
    ...mine.map((subject) => ({ value: keyOf(subject), label: labelOf(subject) })),
    { value: "claim", label: "A free-form claim against a participant" },
  ];
  const picked = mine.find((subject) => keyOf(subject) === choice);
  const isClaim = choice === "claim";

  const check = () => {
    setRespondentProblem(undefined);
    if (choice === "") return "Choose what the dispute is about: one of your records, or a free-form claim.";
    if (isClaim) {
      const parsed = addressSchema.safeParse(respondent);
      if (!parsed.success) {
        setRespondentProblem(parsed.error.issues[0]?.message);
        return "Name the participant the claim is against.";
      }
      if (parsed.data.toLowerCase() === address?.toLowerCase()) {
        setRespondentProblem("A claim is against someone else");
        return "A claim is against someone else.";
      }
      return undefined;
    }
    return picked ? undefined : "That record is no longer yours to dispute; choose another.";
  };

  const send = async (evidence: Parameters<typeof dispute.open>[2]) => {
    let receipt: TransactionReceipt | undefined;
    if (isClaim) receipt = await claim.open(addressSchema.parse(respondent), evidence);
    else if (picked?.kind === "consumption" && address) receipt = await dispute.open("consumption", consumptionSubjectId(address, picked.period), evidence);
    else if (picked?.kind === "expense") receipt = await dispute.open("expense", picked.expenseId, evidence);
    const id = receipt && openedId(receipt);
    if (id !== undefined) router.push(`/disputes/${id}`);
    return receipt;
  };

  const about = isClaim ? `Claim against ${respondent.trim()}` : picked ? labelOf(picked) : "";
  return (
    <DisputeEvidenceForm
      title="Open a dispute"
      testId="open-dispute"
      intro={
        <p>
          Conciliation comes first: you deposit {formatEuro(fee)} with your evidence; a resolver drawn from the court&apos;s pool decides,
          and either side may escalate to mediation and then arbitration.
        </p>
      }
      about={about}
      fee={fee}
      submitLabel="Open the dispute"
      state={isClaim ? claim.state : dispute.state}
      send={send}
      check={check}
    >
      <SelectField label="What you dispute" value={choice} onChange={setChoice} options={options} hint={mine.length === 0 ? "None of your records can be disputed now; a free-form claim is always possible." : undefined} />
      {isClaim && <TextField label="The participant the claim is against" value={respondent} onChange={setRespondent} problem={respondentProblem} placeholder="0x…" />}
    </DisputeEvidenceForm>
  );
}
