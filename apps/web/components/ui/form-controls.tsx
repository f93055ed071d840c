"use client";

import { isBusy, type TransactionState } from "@scipio/sdk/hooks";
import { useCallback, useId, useState, type ReactNode } from "react";
import type { z } from "zod";

export { problemsByField, useSchemaForm } from "./use-schema-form";

/**
 * Form pieces shared by the Distribute flows. Every field keeps what was typed and shows the first
 * problem the sdk's schema found right under it, wired to the input for screen readers.
 */
export function TextField({
  label,
  value,
  onChange,
  problem,
  hint,
  unit,
  multiline = false,
  inputMode,
  placeholder,
  name,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  problem?: string;
  hint?: ReactNode;
  unit?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "text";
  placeholder?: string;
  name?: string;
}) {
  const id = useId();
  const className = `w-full rounded-md border bg-white px-3 py-2 focus:outline-2 focus:outline-teal-700 ${
    problem ? "border-red-400" : "border-stone-300"
  } ${unit ? "pr-20 tabular-nums" : ""}`;
  const shared = {
    id,
    name,
    value,
    placeholder,
    "aria-invalid": problem !== undefined,
    "aria-describedby": `${id}-message`,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      <div className="relative mt-1">
        {multiline ? (
          <textarea {...shared} rows={4} onChange={(event) => onChange(event.target.value)} className={className} />
        ) : (
          <input
            {...shared}
            autoComplete="off"
            inputMode={inputMode}
            onChange={(event) => onChange(event.target.value)}
            className={className}
          />
        )}
        {unit && (
          <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-stone-500">{unit}</span>
        )}
      </div>
      <p id={`${id}-message`} className={`mt-1 min-h-5 text-sm ${problem ? "text-red-700" : "text-stone-500"}`}>
        {problem ?? hint}
      </p>
    </div>
  );
}

const busyLabel = { simulating: "Checking…", signing: "Confirm in wallet…", pending: "Waiting for block…" } as const;

export function SubmitButton({
  state,
  disabled = false,
  children,
  tone = "primary",
  type = "submit",
  onClick,
}: {
  state?: TransactionState;
  disabled?: boolean;
  children: ReactNode;
  tone?: "primary" | "secondary" | "danger";
  type?: "submit" | "button";
  onClick?: () => void;
}) {
  const busy = state !== undefined && isBusy(state);
  const tones = {
    primary: "bg-teal-700 text-white hover:bg-teal-800",
    secondary: "border border-teal-700 bg-white text-teal-800 hover:bg-teal-50",
    danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  };
  return (
    <button
      type={type}
      onClick={onClick}
      disabled={busy || disabled}
      className={`rounded-md px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:border-transparent disabled:bg-stone-300 disabled:text-stone-600 ${tones[tone]}`}
    >
      {busy ? busyLabel[state.status as keyof typeof busyLabel] : children}
    </button>
  );
}

/** The outcome of the form's last transaction, next to the form (the toast says it too). */
export function TransactionStatus({ state, confirmed }: { state: TransactionState; confirmed?: ReactNode }) {
  if (state.status === "failed") {
    return (
      <p role="alert" data-testid="transaction-error" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <strong>{state.error.title}.</strong> {state.error.message}
      </p>
    );
  }
  if (state.status === "confirmed") {
    return (
      <p role="status" data-testid="transaction-confirmed" className="text-sm text-teal-800">
        {confirmed ?? `Confirmed in block ${state.receipt.blockNumber.toString()}.`}
      </p>
    );
  }
  return null;
}

/** A problem that is not about one field (a refused request, a list that does not add up). */
export function FormProblem({ children, testId = "form-problem" }: { children?: ReactNode; testId?: string }) {
  if (!children) return null;
  return (
    <p role="alert" data-testid={testId} className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {children}
    </p>
  );
}

/**
 * One text field checked against an sdk schema. Its problem shows only once the person has tried to submit
 * (`attempt` returns the parsed value, or undefined while it is invalid); `clear` empties it after a confirmed send.
 */
export function useSchemaField<Schema extends z.ZodType<unknown, string>>(schema: Schema) {
  const [text, setText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const parsed = schema.safeParse(text);
  const problem = attempted && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const attempt = (): z.output<Schema> | undefined => {
    setAttempted(true);
    return parsed.success ? parsed.data : undefined;
  };
  const clear = useCallback(() => {
    setText("");
    setAttempted(false);
  }, []);
  return { text, setText, problem, attempt, clear };
}

/** A labelled choice among a few options, with its problem under it like `TextField`. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  problem,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
  problem?: string;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={`${id}-message`}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1 w-full rounded-md border bg-white px-3 py-2 focus:outline-2 focus:outline-teal-700 ${problem ? "border-red-400" : "border-stone-300"}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-message`} className={`mt-1 min-h-5 text-sm ${problem ? "text-red-700" : "text-stone-500"}`}>
        {problem ?? hint}
      </p>
    </div>
  );
}
