"use client";

import { useCapitalTokenBalance, useMinValidationStakes, useMyValidation, useValidateTask } from "@scipio/sdk/hooks";
import { validationStakeSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { formatEther, type Address } from "viem";
import { SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";

type Side = "approve" | "reject";

/** Takes the next slot of one side with a token stake of at least the slot's minimum. */
export function ValidateForm({
  projectId,
  taskIndex,
  account,
  minimumStakes,
  open,
}: {
  projectId: bigint;
  taskIndex: number;
  account: Address;
  minimumStakes: { approve: bigint; reject: bigint };
  open: boolean;
}) {
  const [side, setSide] = useState<Side>("approve");
  const [stake, setStake] = useState("");
  const [problem, setProblem] = useState<string>();
  const live = useMinValidationStakes(projectId, taskIndex);
  const balance = useCapitalTokenBalance(account);
  const mine = useMyValidation(projectId, taskIndex, account);
  const { validate, state, available } = useValidateTask();
  const minimum = (side === "approve" ? live.approve : live.reject) ?? minimumStakes[side];
  const full = minimum === 0n;

  if (mine.data?.validating) {
    return (
      <Panel title="Validate" testId="validate-form">
        <p className="text-sm text-stone-700" data-testid="my-validation">
          You hold {mine.data.approve ? "approving" : "rejecting"} slot {Number(mine.data.slot) + 1} with {formatAmount(mine.data.stake)} tokens.
        </p>
        <TransactionStatus state={state} />
      </Panel>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = validationStakeSchema({ minimum, balance: balance.data ?? 0n }).safeParse(stake);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
    setProblem(undefined);
    await validate(projectId, taskIndex, side === "approve", parsed.data);
  };

  return (
    <Panel title="Validate" testId="validate-form">
      <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate>
        <fieldset>
          <legend className="text-sm font-medium text-stone-700">Was the task done as described?</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(["approve", "reject"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="side" value={value} checked={side === value} onChange={() => setSide(value)} />
                {value === "approve" ? "Approve — it was done" : "Reject — it was not done"}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          label="Stake"
          value={stake}
          onChange={setStake}
          unit="tokens"
          inputMode="decimal"
          problem={problem}
          hint={
            full
              ? "This side's five slots are taken."
              : `The next ${side === "approve" ? "approving" : "rejecting"} slot needs at least ${formatEther(minimum)} tokens; you hold ${
                  balance.data === undefined ? "…" : formatAmount(balance.data)
                }.`
          }
        />
        <SubmitButton state={state} disabled={!available || !open || full}>
          {side === "approve" ? "Approve task" : "Reject task"}
        </SubmitButton>
        {!open && <p className="text-sm text-amber-900">Validation has ended.</p>}
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
