// No input schema lets a NUL character through to PostgreSQL (where it is a database error, i.e. a 500): every string
// field of every schema the routers, the Open API and the forms parse with — found by walking the schemas, so a new
// field that forgets `text()` fails here — refuses "\u0000" with an issue on that very field.
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { createApiKeyInput, revokeApiKeyInput } from "./api/keys";
import * as calendar from "./calendar/schemas";
import * as strategies from "./strategies/schemas";
import { nulCharMessage, text } from "./text";
import * as actions from "./tickets/actions/schemas";
import { findOrdersInput } from "./tickets/order-lookup";
import { listTicketsInput, ticketRefsInput } from "./tickets/schemas";
import { listDeliveriesInput } from "./webhooks/deliveries";
import { createWebhookInput, webhookIdInput } from "./webhooks/endpoints";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths to every string in a schema: ["rejectReason"], ["add", 0], ["ticketIds", 0, "id"]… */
function stringPaths(s: z.ZodType, path: (string | number)[] = []): (string | number)[][] {
  const def = defOf(s);
  if (def.type === "string") return [path];
  if (def.type === "object") {
    return Object.entries(def.shape ?? {}).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  }
  if (def.type === "array" && def.element) return stringPaths(def.element, [...path, 0]);
  const inner = def.innerType ?? def.in;
  return inner ? stringPaths(inner, path) : [];
}

/** An input holding "abcd\u0000" at `path` (containers built on the way), nothing else. */
function withNul(path: (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return "abcd\u0000";
  if (typeof head === "number") return [withNul(rest)];
  return { [head]: withNul(rest) };
}

const actionInputs = (Object.entries(actions) as [string, unknown][]).filter(
  (e): e is [string, z.ZodObject] =>
    e[0].endsWith("Input") && typeof e[1] === "object" && e[1] !== null && "_zod" in e[1],
);
const schemas: [string, z.ZodType][] = [
  ["listTicketsInput", listTicketsInput],
  ["ticketRefsInput", ticketRefsInput],
  ["findOrdersInput", findOrdersInput],
  ...actionInputs,
  ["createApiKeyInput", createApiKeyInput],
  ["revokeApiKeyInput", revokeApiKeyInput],
  ["createWebhookInput", createWebhookInput],
  ["webhookIdInput", webhookIdInput],
  ["listDeliveriesInput", listDeliveriesInput],
  ["addHolidayInput", calendar.addHolidayInput],
  ["addFilingInput", calendar.addFilingInput],
  ["removeHolidayOrFilingInput", calendar.removeInput],
  ["createStrategyInput", strategies.createStrategyInput],
  ["updateStrategyInput", strategies.updateStrategyInput],
  ["strategyIdInput", strategies.strategyIdInput],
];
const cases = schemas.flatMap(([name, schema]) =>
  stringPaths(schema).map((p) => [`${name}.${p.join(".")}`, schema, p]),
);

describe("NUL never reaches SQL", () => {
  test("the walk finds the free-text fields (the check can fail)", () => {
    expect(actionInputs.length).toBeGreaterThanOrEqual(17);
    const names = cases.map(([n]) => n);
    for (const n of [
      "noteInput.text",
      "rejectInput.rejectReason",
      "rejectInput.evidence.0",
      "tagInput.add.0",
      "assignInput.assigneeId",
      "initiateForBuyerInput.orderId",
      "listTicketsInput.search",
      "listTicketsInput.cursor",
      "batchInput.rejectReason",
    ]) {
      expect(names).toContain(n);
    }
    expect(text().safeParse("a\u0000b").error?.issues[0]?.message).toBe(nulCharMessage);
  });

  test.each(cases)("%s refuses \\u0000 on that field", (_, schema, path) => {
    const r = (schema as z.ZodType).safeParse(withNul(path as (string | number)[]));
    expect(r.success).toBe(false);
    const issues = (r.error?.issues ?? []).filter((i) => i.path.join(".") === (path as unknown[]).join("."));
    expect(issues.length, JSON.stringify(r.error?.issues)).toBeGreaterThan(0);
  });

  test("a free-text field names the NUL in its message", () => {
    for (const [schema, input, field] of [
      [actions.noteInput, { ticketId: 1, version: 1, text: "已联系\u0000" }, "text"],
      [actions.rejectInput, { ticketId: 1, version: 1, rejectReason: "x\u0000" }, "rejectReason"],
      [listTicketsInput, { search: "A\u0000" }, "search"],
    ] as const) {
      const issue = (schema as z.ZodType).safeParse(input).error?.issues.find((i) => i.path.join(".") === field);
      expect(issue?.message, field).toBe(nulCharMessage);
    }
  });
});
