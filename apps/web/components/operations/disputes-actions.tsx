"use client";

import { useDecideDispute, useDisputeProgress, useEscalateDispute, useRespondToDispute, useWithdrawDisputeRefund } from "@scipio/sdk/hooks";
import { cidToDigest } from "@scipio/sdk/ipfs";
import type { DisputeStage, DisputeStatusName } from "@scipio/sdk/protocol";
import { disputeRulingDocumentSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { FormProblem, SelectField, SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime } from "@/components/ui/time";
import { DisputeEvidenceForm, uploadJsonDocument } from "./disputes-evidence-form";
import { formatEuro, rulingLabel, type RulingName } from "./disputes-labels";

const STAGES: readonly DisputeStage[] = ["Conciliation", "Mediation", "Arbitration"];

export type DisputeActionProps = {
  disputeId: bigint;
  subjectKind: "consumption" | "expense" | "claim";
  status: DisputeStatusName;
  stage: DisputeStage;
  opener: Address;
  respondent: Address;
  respondentExempt: boolean;
  broughtByRespondent: boolean;
  resolver: Address | undefined;
  /** The deadline of the current status, 0 when none runs. */
  deadline: bigint;
  seedBlock: bigint;
  blockNumber: bigint;
  fees: Record<DisputeStage, bigint>;
  openerRefund: bigint;
  respondentRefund: bigint;
  chainNow: bigint;
};

export function DisputeConnectPanel() {
  return (
    <ConnectPanel title="Act on this dispute" testId="dispute-connect">
      Connect your wallet to respond, decide, escalate or move the dispute on.
    </ConnectPanel>
  );
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** The actions the connected account can take on the dispute now; the permissionless steps are offered to anyone. */
export default function DisputeActions(props: DisputeActionProps) {
  const { address } = useAccount();
  const now = BigInt(useChainClock(props.chainNow));
  const { status, stage, deadline } = props;
  const isOpener = same(address, props.opener);
  const isRespondent = same(address, props.respondent);
  const isParty = isOpener || isRespondent;
  const bringer = props.broughtByRespondent ? props.respondent : props.opener;
  const mustMatch = status === "AwaitingResponse" && !same(address, bringer) && isParty;
  const past = deadline > 0n && now > deadline;
  const nextStage = STAGES[STAGES.indexOf(stage) + 1];
  const refund = isOpener ? props.openerRefund : isRespondent ? props.respondentRefund : 0n;
  if (!address) return <DisputeConnectPanel />;

  const panels = [];
  if (status === "AwaitingResponse" && mustMatch && !past) panels.push(<RespondForm key="respond" {...props} />);
  if (status === "AwaitingResponse" && past) {
    panels.push(
      <ProgressPanel
        key="default"
        {...props}
        action="finalize"
        title="Default judgement"
        text={`The response deadline passed at ${formatChainTime(deadline)} without the matching deposit: the side that brought ${stage.toLowerCase()} wins by default. Anyone may make it final.`}
        label="Give the default judgement"
      />,
    );
  }
  if (status === "AwaitingResponse" && !past && !mustMatch) {
    panels.push(
      <Panel key="waiting" title="Waiting for the response" testId="dispute-waiting">
        <p className="text-sm text-stone-700">
          The other side has until {formatChainTime(deadline)} to match the {formatEuro(props.fees[stage])} deposit; without it, the side that
          brought the stage wins by default.
        </p>
      </Panel>,
    );
  }
  if (status === "AwaitingResolver") {
    panels.push(
      <ProgressPanel
        key="assign"
        {...props}
        action="assignResolver"
        title="Assign the resolver"
        text={`Conciliation is funded. Its resolver is drawn from the hash of block ${props.seedBlock.toString()}${props.blockNumber > props.seedBlock ? ", which is mined" : ", once it is mined"}; anyone may make the draw.`}
        label="Draw the resolver"
      />,
    );
  }
  if (status === "AwaitingDecision" && same(address, props.resolver) && !past) panels.push(<DecideForm key="decide" {...props} />);
  if (status === "AwaitingDecision" && past) {
    panels.push(
      <ProgressPanel
        key="replace"
        {...props}
        action="replaceResolver"
        title="Replace the resolver"
        text={`The resolver missed its decision deadline (${formatChainTime(deadline)}). Anyone may hand the stage to the next resolver in rotation, at no cost to the parties.`}
        label="Replace the resolver"
      />,
    );
  }
  if (status === "Decided" && !past && isParty && nextStage) panels.push(<EscalateForm key="escalate" {...props} nextStage={nextStage} />);
  if (status === "Decided" && past) {
    panels.push(
      <ProgressPanel
        key="finalize"
        {...props}
        action="finalize"
        title="Make the ruling final"
        text={`The appeal window closed at ${formatChainTime(deadline)}. Making the ruling final applies it to the record; anyone may do it.`}
        label="Make the ruling final"
      />,
    );
  }
  if (refund > 0n) panels.push(<RefundPanel key="refund" {...props} amount={refund} />);
  if (panels.length === 0) return null;
  return <div className="space-y-4">{panels}</div>;
}

function RespondForm(props: DisputeActionProps) {
  const { respond, state } = useRespondToDispute();
  const fee = props.fees[props.stage];
  return (
    <DisputeEvidenceForm
      title="Respond with your deposit"
      testId="respond-dispute"
      intro={<p>Match the {formatEuro(fee)} deposit of {props.stage.toLowerCase()} with your evidence before {formatChainTime(props.deadline)}, or lose by default.</p>}
      about={`Response in dispute #${props.disputeId}, ${props.stage}`}
      fee={fee}
      submitLabel="Respond and deposit"
      state={state}
      send={(evidence) => respond(props.disputeId, evidence)}
    />
  );
}

function EscalateForm(props: DisputeActionProps & { nextStage: DisputeStage }) {
  const { escalate, state } = useEscalateDispute();
  const fee = props.fees[props.nextStage];
  return (
    <DisputeEvidenceForm
      title={`Escalate to ${props.nextStage.toLowerCase()}`}
      testId="escalate-dispute"
      intro={
        <p>
          Not satisfied with the ruling? Until {formatChainTime(props.deadline)} either party may bring the dispute to {props.nextStage.toLowerCase()} with
          that stage&apos;s deposit of {formatEuro(fee)}{props.nextStage === "Arbitration" ? "; arbitration is final" : ""}.
        </p>
      }
      about={`Escalation of dispute #${props.disputeId} to ${props.nextStage}`}
      fee={fee}
      submitLabel={`Escalate to ${props.nextStage.toLowerCase()}`}
      state={state}
      send={(evidence) => escalate(props.disputeId, evidence)}
    />
  );
}

function DecideForm(props: DisputeActionProps) {
  const { decide, state } = useDecideDispute();
  const [ruling, setRuling] = useState<RulingName | "">("");
  const [reason, setReason] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [uploaded, setUploaded] = useState<{ key: string; cid: string }>();
  const document = disputeRulingDocumentSchema.safeParse({ kind: "scipio.dispute-ruling", version: 1, disputeId: props.disputeId.toString(), stage: props.stage, ruling, reason });
  const reasonProblem = attempted && reason.trim() === "" ? "Give the reason for the ruling" : undefined;
  const rulingProblem = attempted && ruling === "" ? "Choose a ruling" : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!document.success) return setProblem(document.error.issues[0]?.message);
    setProblem(undefined);
    const key = `${ruling}\u0000${reason}`;
    try {
      let cid = uploaded?.key === key ? uploaded.cid : undefined;
      if (!cid) {
        cid = await uploadJsonDocument(document.data, "dispute-ruling.json");
        setUploaded({ key, cid });
      }
      await decide(props.disputeId, document.data.ruling, cidToDigest(cid));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const options = [
    { value: "", label: "Choose…" },
    ...(["forOpener", "forRespondent", "tie"] as const).map((value) => ({ value, label: rulingLabel(value, props.subjectKind) })),
  ];
  return (
    <Panel title={`Decide ${props.stage.toLowerCase()}`} testId="decide-dispute">
      <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate>
        <p className="text-sm text-stone-700">
          You are this stage&apos;s resolver: decide before {formatChainTime(props.deadline)}. You earn the stage fee whichever way you rule; the
          reason is published on IPFS.
        </p>
        <SelectField label="Ruling" value={ruling} onChange={(value) => setRuling(value as RulingName | "")} options={options} problem={rulingProblem} />
        <TextField label="Reason" value={reason} onChange={setReason} multiline problem={reasonProblem} />
        <FormProblem testId="decide-problem">{problem}</FormProblem>
        <SubmitButton state={state}>Publish the ruling</SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}

function ProgressPanel(props: DisputeActionProps & { action: "assignResolver" | "replaceResolver" | "finalize"; title: string; text: string; label: string }) {
  const { run, state } = useDisputeProgress(props.action);
  return (
    <Panel title={props.title} testId={`dispute-${props.action}`}>
      <p className="text-sm text-stone-700">{props.text}</p>
      <SubmitButton type="button" state={state} onClick={() => void run(props.disputeId)}>
        {props.label}
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}

function RefundPanel(props: DisputeActionProps & { amount: bigint }) {
  const { withdraw, state } = useWithdrawDisputeRefund();
  return (
    <Panel title="Your refund" testId="dispute-refund">
      <p className="text-sm text-stone-700">The court holds {formatEuro(props.amount)} of your deposits for you.</p>
      <SubmitButton type="button" state={state} onClick={() => void withdraw(props.disputeId)}>
        Withdraw {formatEuro(props.amount)}
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}
