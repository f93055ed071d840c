import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { z } from "zod";
import { problemsByField, shownProblems, useSchemaForm } from "./use-schema-form";

const schema = z.object({
  name: z.string().trim().min(1, "Enter a name"),
  total: z.string().regex(/^\d+$/, "Enter a whole number").transform(BigInt),
});
type Fields = { name: string; total: string };
type Form = ReturnType<typeof useSchemaForm<typeof schema, Fields>>;

/**
 * Renders a component using the hook on the server renderer; `act` runs during the first render, and the state
 * updates it makes are render-phase updates, so the renderer renders again at once. Returns every render's form.
 */
function renders(initial: Fields, act?: (form: Form) => void): Form[] {
  const seen: Form[] = [];
  function Probe() {
    const form = useSchemaForm(schema, initial);
    seen.push(form);
    if (seen.length === 1) act?.(form);
    return null;
  }
  renderToString(createElement(Probe));
  return seen;
}

describe("problemsByField", () => {
  it("keeps the first message of each field path and joins nested paths with dots", () => {
    assert.deepEqual(
      problemsByField([
        { path: ["cost"], message: "Enter an amount" },
        { path: ["cost"], message: "Too large" },
        { path: [0, "title"], message: "Enter a title" },
        { path: [], message: "The shares must total 100%" },
      ]),
      { cost: "Enter an amount", "0.title": "Enter a title", "": "The shares must total 100%" },
    );
  });

  it("shows no problem before the person has tried to submit, and none for a valid form", () => {
    const invalid = schema.safeParse({ name: "", total: "x" });
    assert.deepEqual(shownProblems(invalid, false), {});
    assert.deepEqual(shownProblems(invalid, true), { name: "Enter a name", total: "Enter a whole number" });
    assert.deepEqual(shownProblems(schema.safeParse({ name: "a", total: "1" }), true), {});
  });
});

describe("useSchemaForm", () => {
  it("starts from the initial fields with the problems hidden, though the schema already refuses them", () => {
    const [form] = renders({ name: "", total: "" });
    assert.deepEqual(form!.fields, { name: "", total: "" });
    assert.equal(form!.attempted, false);
    assert.equal(form!.result.success, false);
    assert.deepEqual(form!.problems, {});
  });

  it("attempt on an invalid form returns nothing, keeps what was typed and shows each field's problem", () => {
    let attempted: unknown = "not called";
    const seen = renders({ name: "", total: "12x" }, (form) => (attempted = form.attempt()));
    assert.equal(attempted, undefined);
    const last = seen.at(-1)!;
    assert.equal(seen.length, 2);
    assert.equal(last.attempted, true);
    assert.deepEqual(last.fields, { name: "", total: "12x" });
    assert.deepEqual(last.problems, { name: "Enter a name", total: "Enter a whole number" });
  });

  it("attempt on a valid form returns the schema's output", () => {
    let parsed: unknown;
    renders({ name: " Osona ", total: "42" }, (form) => (parsed = form.attempt()));
    assert.deepEqual(parsed, { name: "Osona", total: 42n });
  });

  it("set(key) changes one field and leaves the others", () => {
    const seen = renders({ name: "a", total: "1" }, (form) => form.set("total")("2"));
    assert.deepEqual(seen.at(-1)!.fields, { name: "a", total: "2" });
  });

  it("reset puts back the initial fields (or the ones given) and hides the problems again", () => {
    const back = renders({ name: "", total: "" }, (form) => {
      form.set("name")("typed");
      form.attempt();
      form.reset();
    }).at(-1)!;
    assert.deepEqual(back.fields, { name: "", total: "" });
    assert.equal(back.attempted, false);
    assert.deepEqual(back.problems, {});
    const kept = renders({ name: "", total: "" }, (form) => {
      form.set("name")("typed");
      form.attempt();
      form.reset((current) => ({ ...current, total: "0" }));
    }).at(-1)!;
    assert.deepEqual(kept.fields, { name: "typed", total: "0" });
    assert.equal(kept.attempted, false);
  });
});
