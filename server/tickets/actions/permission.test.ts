// SPEC §1: an agent without 售后处理权限 may view, note, tag, assign, classify, 代客发起 (and cancel it) and upload
// a return waybill, but none of the decisions. Every verb, on a ticket where it would otherwise succeed.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { ruleText } from "./context";
import { createShop, ctxOf, domainError, traces } from "./test-fixtures";
import { runCase, verbCases, verbTime } from "./verb-cases";

const { db } = await useTestDb();
const f = await createShop(db);

describe("售后处理权限, every verb", () => {
  it("the decisions are exactly the verbs the rules guard", () => {
    expect(verbCases.filter((c) => c.needsPermission).map((c) => c.action)).toEqual([
      "approve",
      "reject",
      "refund",
      "request_evidence",
      "confirm_receipt",
      "request_interception",
      "agree_refusal_refund",
      "provide_reissue_waybill",
      "ship_exchange",
    ]);
  });

  it.each(verbCases.filter((c) => c.needsPermission))(
    "$action: FORBIDDEN (NO_PERMISSION) without it, nothing written; a member with it succeeds",
    async (c) => {
      const id = await c.setup(db, f);
      const before = await traces(db, id);
      const e = await domainError(runCase(db, ctxOf(f.viewer, verbTime), c, f, id, before.ticket.version));
      expect(e).toMatchObject({ code: "FORBIDDEN", message: ruleText("NO_PERMISSION") });
      expect(e.details.reason).toBe("NO_PERMISSION");
      expect(await traces(db, id)).toEqual(before);
      await runCase(db, ctxOf(f.handler, verbTime), c, f, id, before.ticket.version);
      expect((await traces(db, id)).ticket.version).toBe(before.ticket.version + 1);
    },
  );

  it.each(verbCases.filter((c) => !c.needsPermission))("$action: open to an agent without it", async (c) => {
    const id = await c.setup(db, f);
    const before = await traces(db, id);
    await runCase(db, ctxOf(f.viewer, verbTime), c, f, id, before.ticket.version);
    expect((await traces(db, id)).events.length).toBe(before.events.length + 1);
  });
});
