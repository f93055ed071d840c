import { useCallback } from "react";
import type { Address } from "viem";
import { consumptionLedgerAbi, useReadConsumptionLedgerRecordOf } from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** `IConsumptionLedger.RecordState` by index. */
export const CONSUMPTION_STATES = ["None", "Recorded", "Validated", "Disputed", "Voided"] as const;
export type ConsumptionStateName = (typeof CONSUMPTION_STATES)[number];

/** `operator`'s consumption record of `period`, with its state by name. */
export function useConsumptionRecord(operator: Address | undefined, period: bigint | undefined) {
  const address = useContractAddress("ConsumptionLedger");
  const record = useReadConsumptionLedgerRecordOf({
    address,
    args: [operator ?? "0x0000000000000000000000000000000000000000", period ?? 0n],
    query: { enabled: address !== undefined && operator !== undefined && period !== undefined },
  });
  const data = record.data;
  return {
    ...record,
    record: data === undefined ? undefined : { ...data, stateName: CONSUMPTION_STATES[data.state] },
  };
}

/** The feeder records `operator`'s consumption of `period` in GB. */
export function useRecordConsumption() {
  const address = useContractAddress("ConsumptionLedger");
  const transaction = useTransaction();
  const { send } = transaction;
  const record = useCallback(
    (operator: Address, period: bigint, gigabytes: bigint) =>
      send({
        label: `Record consumption of period ${period}`,
        abi: consumptionLedgerAbi,
        address: requireDeployed(address, "ConsumptionLedger"),
        functionName: "recordConsumption",
        args: [operator, period, gigabytes],
      }),
    [address, send],
  );
  return { ...transaction, record, available: address !== undefined };
}

/**
 * The operator validates its consumption record of `period`. To raise an issue instead, open a dispute at
 * the dispute court on the record's subject id (`subjectIdOf(operator, period)`).
 */
export function useValidateConsumption() {
  const address = useContractAddress("ConsumptionLedger");
  const transaction = useTransaction();
  const { send } = transaction;
  const validate = useCallback(
    (period: bigint) =>
      send({
        label: `Validate consumption of period ${period}`,
        abi: consumptionLedgerAbi,
        address: requireDeployed(address, "ConsumptionLedger"),
        functionName: "validateConsumption",
        args: [period],
      }),
    [address, send],
  );
  return { ...transaction, validate, available: address !== undefined };
}
