import { useState, type SetStateAction } from "react";
import type { z } from "zod";

/** The first message zod gave for each field path, e.g. `{ cost: "Enter an amount" }` (a list's rows as `"0.title"`). */
export function problemsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    problems[key] ??= issue.message;
  }
  return problems;
}

/** The problems a form shows: none until the person has tried to submit, then the first one of each field. */
export function shownProblems(result: z.ZodSafeParseResult<unknown>, attempted: boolean): Record<string, string> {
  return attempted && !result.success ? problemsByField(result.error.issues) : {};
}

/**
 * The typed fields of a form checked against an sdk schema on every render. Problems show only once the person
 * has tried to submit (`attempt` returns the parsed value, or undefined while it is invalid); nothing typed is
 * lost. `reset` (after a confirmed send) puts the form back to `initial`, or to the fields given (a value or an
 * update of the current ones), and hides the problems again.
 *
 *   const { fields, set, problems, attempt, reset } = useSchemaForm(investmentFormSchema, { operator: "", total: "" });
 *   <TextField value={fields.total} onChange={set("total")} problem={problems.total} />
 */
export function useSchemaForm<Schema extends z.ZodType, Fields>(schema: Schema, initial: Fields | (() => Fields)) {
  const [fields, setFields] = useState<Fields>(initial);
  const [attempted, setAttempted] = useState(false);
  const result = schema.safeParse(fields) as z.ZodSafeParseResult<z.output<Schema>>;
  const set =
    <Key extends keyof Fields>(key: Key) =>
    (value: Fields[Key]) =>
      setFields((current) => ({ ...current, [key]: value }));
  const attempt = (): z.output<Schema> | undefined => {
    setAttempted(true);
    return result.success ? result.data : undefined;
  };
  const reset = (next: SetStateAction<Fields> = initial) => {
    setFields(next);
    setAttempted(false);
  };
  return { fields, setFields, set, attempted, attempt, reset, result, problems: shownProblems(result, attempted) };
}
