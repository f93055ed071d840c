"use client";

import { disputeCourtAbi } from "@scipio/sdk/abi";
import { useConsumptionRecord, useOpenDispute, useParticipantRoles, useRecordConsumption, useValidateConsumption } from "@scipio/sdk/hooks";
import { consumptionGigabytesSchema } from "@scipio/sdk/schemas";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { parseEventLogs, type Address } from "viem";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { FormProblem, SelectField, SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime } from "@/components/ui/time";
import { shortAddress } from "@/lib/format";
import { ConsumptionConnectPanel } from "./consumption-island";
import { DisputeEvidenceForm } from "./disputes-evidence-form";
import { consumptionSubjectId } from "./disputes-open-form";

export type ConsumptionPeriodInfo = { period: bigint; phase: string; factsUntil: bigint; reviewUntil: bigint };
export type ConsumptionRow = { operator: Address; period: bigint; gigabytes: bigint; state: string };

export type ConsumptionPanelProps = {
  periods: ConsumptionPeriodInfo[];
  operators: Address[];
  records: ConsumptionRow[];
  maxConsumption: bigint;
  conciliationFee: bigint;
  chainNow: bigint;
};

/** The feeder's recording forms and the operator's own records, each for whoever the connected account is. */
export default function ConsumptionPanel(props: ConsumptionPanelProps) {
  const { address } = useAccount();
  const roles = useParticipantRoles(address);
  if (!address) return <ConsumptionConnectPanel />;
  if (roles === undefined) return <div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;
  const isFeeder = roles.some((role) => role.key === "feeder");
  const isOperator = roles.some((role) => role.key === "operator");
  return (
    <div className="space-y-4">
      {isOperator && <OperatorRecords {...props} operator={address} />}
      {isFeeder && <FeederForms {...props} />}
      {!isOperator && !isFeeder && (
        <Panel title="Your consumption" testId="consumption-no-role">
          <p className="text-sm text-stone-700">This account is neither an operator nor the consumption feeder: there is nothing for it to record or review here.</p>
        </Panel>
      )}
    </div>
  );
}

/*//////////////////////////////////////////////////////////////
                             FEEDER
//////////////////////////////////////////////////////////////*/

function FeederForms({ periods, operators, records, maxConsumption }: ConsumptionPanelProps) {
  const open = periods.find((info) => info.phase === "Running" || info.phase === "Grace") ?? periods[0];
  const [period, setPeriod] = useState(open?.period.toString() ?? "0");
  const info = periods.find((entry) => entry.period.toString() === period);
  return (
    <Panel title="Record consumption (feeder)" testId="feeder-record">
      <p className="text-sm text-stone-700">
        One record per operator and period, in GB: while the period runs or in its grace window
        {info ? ` (period ${info.period} takes first records until ${formatChainTime(info.factsUntil)})` : ""}, or again after a ruling voided it.
      </p>
      <SelectField
        label="Period"
        value={period}
        onChange={setPeriod}
        options={periods.map((entry) => ({ value: entry.period.toString(), label: `Period ${entry.period} (${entry.phase.toLowerCase()})` }))}
      />
      {operators.length === 0 ? (
        <p className="text-sm text-stone-700">No operator is onboarded yet.</p>
      ) : (
        <ul className="space-y-3">
          {operators.map((operator) => (
            <FeederRow
              key={`${operator}-${period}`}
              operator={operator}
              period={BigInt(period)}
              info={info}
              maxConsumption={maxConsumption}
              listed={records.find((record) => record.operator.toLowerCase() === operator.toLowerCase() && record.period.toString() === period)}
            />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function FeederRow({
  operator,
  period,
  info,
  maxConsumption,
  listed,
}: {
  operator: Address;
  period: bigint;
  info: ConsumptionPeriodInfo | undefined;
  maxConsumption: bigint;
  listed: ConsumptionRow | undefined;
}) {
  const { record: fresh } = useConsumptionRecord(operator, period);
  const { record, state } = useRecordConsumption();
  const [text, setText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string>();
  const schema = consumptionGigabytesSchema({ max: maxConsumption });
  const parsed = schema.safeParse(text);
  const fieldProblem = attempted && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const stateName = fresh?.stateName ?? listed?.state ?? "None";
  const recorded = stateName !== "None" && stateName !== "Voided";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!parsed.success) return;
    if (recorded) return setProblem(`Period ${period} of ${shortAddress(operator)} is already recorded (${fresh?.consumption ?? listed?.gigabytes} GB, ${stateName.toLowerCase()}): a record is made once.`);
    const inWindow = info?.phase === "Running" || info?.phase === "Grace";
    if (!inWindow && stateName !== "Voided") {
      return setProblem(`Period ${period} is ${info?.phase.toLowerCase() ?? "not open"}: first records are taken only while a period runs or in its grace window.`);
    }
    setProblem(undefined);
    if (await record(operator, period, parsed.data)) {
      setText("");
      setAttempted(false);
    }
  };

  return (
    <li className="rounded-md border border-stone-200 p-3" data-testid="feeder-row" data-operator={operator}>
      <form onSubmit={(event) => void submit(event)} className="space-y-2" noValidate aria-label={`Consumption of ${operator}`}>
        <p className="text-sm font-medium text-stone-800">
          Operator <span className="font-mono break-all">{operator}</span>
          {recorded && (
            <span data-testid="feeder-row-recorded">
              {" "}
              — recorded {(fresh?.consumption ?? listed?.gigabytes ?? 0n).toString()} GB ({stateName.toLowerCase()})
            </span>
          )}
        </p>
        <TextField label={`GB for period ${period}`} value={text} onChange={setText} unit="GB" inputMode="decimal" problem={fieldProblem} hint={`At most ${maxConsumption.toString()} GB.`} />
        <FormProblem testId="feeder-row-problem">{problem}</FormProblem>
        <SubmitButton state={state}>Record</SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </li>
  );
}

/*//////////////////////////////////////////////////////////////
                            OPERATOR
//////////////////////////////////////////////////////////////*/

function OperatorRecords({ periods, records, operator, conciliationFee, chainNow }: ConsumptionPanelProps & { operator: Address }) {
  const mine = records.filter((record) => record.operator.toLowerCase() === operator.toLowerCase());
  return (
    <Panel title="Your consumption records" testId="operator-consumption">
      {mine.length === 0 ? (
        <p className="text-sm text-stone-700">The feeder has recorded no consumption of yours in the periods shown.</p>
      ) : (
        <ul className="space-y-3">
          {mine.map((record) => (
            <OperatorRecord
              key={record.period.toString()}
              record={record}
              operator={operator}
              info={periods.find((info) => info.period === record.period)}
              conciliationFee={conciliationFee}
              chainNow={chainNow}
            />
          ))}
        </ul>
      )}
    </Panel>
  );
}

function OperatorRecord({
  record,
  operator,
  info,
  conciliationFee,
  chainNow,
}: {
  record: ConsumptionRow;
  operator: Address;
  info: ConsumptionPeriodInfo | undefined;
  conciliationFee: bigint;
  chainNow: bigint;
}) {
  const router = useRouter();
  const now = BigInt(useChainClock(chainNow));
  const { record: fresh } = useConsumptionRecord(operator, record.period);
  const validation = useValidateConsumption();
  const dispute = useOpenDispute();
  const [raising, setRaising] = useState(false);
  const stateName = fresh?.stateName ?? record.state;
  const reviewOpen = info !== undefined && now < info.reviewUntil;
  const actionable = stateName === "Recorded" && reviewOpen;

  return (
    <li className="rounded-md border border-stone-200 p-3" data-testid="operator-record" data-period={record.period.toString()}>
      <p className="text-sm text-stone-800">
        <strong>Period {record.period.toString()}</strong>: {(fresh?.consumption ?? record.gigabytes).toString()} GB ·{" "}
        <span data-testid="operator-record-state">{stateName}</span>
        {info && (
          <>
            {" "}
            · review until {formatChainTime(info.reviewUntil)}
          </>
        )}
      </p>
      {actionable && (
        <div className="mt-2 flex flex-wrap gap-2">
          <SubmitButton type="button" state={validation.state} onClick={() => void validation.validate(record.period)}>
            Validate
          </SubmitButton>
          <SubmitButton type="button" tone="danger" onClick={() => setRaising((open) => !open)}>
            {raising ? "Cancel the issue" : "Raise an issue"}
          </SubmitButton>
        </div>
      )}
      <TransactionStatus state={validation.state} />
      {actionable && raising && (
        <div className="mt-3">
          <DisputeEvidenceForm
            title={`Raise an issue on period ${record.period}`}
            testId="raise-issue"
            intro={
              <p>
                This opens a dispute with the feeder at the court. Until it is ruled, this record and your expenses of the period are out of the
                table&apos;s totals.
              </p>
            }
            about={`Consumption record of ${operator} for period ${record.period}`}
            fee={conciliationFee}
            submitLabel="Open the dispute"
            state={dispute.state}
            send={async (evidence) => {
              const receipt = await dispute.open("consumption", consumptionSubjectId(operator, record.period), evidence);
              const id = receipt && parseEventLogs({ abi: disputeCourtAbi, eventName: "DisputeOpened", logs: receipt.logs })[0]?.args.disputeId;
              if (id !== undefined) router.push(`/disputes/${id}`);
              return receipt;
            }}
          />
        </div>
      )}
    </li>
  );
}
