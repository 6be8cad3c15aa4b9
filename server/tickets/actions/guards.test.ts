// Who may act, on which shop's tickets, with which version (SPEC §1 permissions, §8 "two agents acting on one
// ticket: one wins, the other is told"). A refused action writes nothing.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { getTicketDetail } from "../detail";
import { approve } from "./approve";
import { confirmReceipt } from "./confirm-receipt";
import { runAction } from "./run";
import { tag } from "./tag";
import { at, createOrder, createShop, createTicket, ctxOf, DAY, domainError, HOUR, T0, traces } from "./test-fixtures";

const { db } = await useTestDb();
const a = await createShop(db);
const b = await createShop(db);
const fresh = async (o = {}) => createTicket(db, a, await createOrder(db, a), o);

async function untouched(ticketId: number) {
  const { ticket, events, refunds, outbox } = await traces(db, ticketId);
  expect(ticket.version).toBe(1);
  expect([events, refunds, outbox]).toEqual([[], [], []]);
}

describe("permission (售后处理权限)", () => {
  it("an agent without it may not approve: FORBIDDEN with the rule's text", async () => {
    const t = await fresh();
    const e = await domainError(approve(db, ctxOf(a.viewer), { ticketId: t.id, version: 1 }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toBe("你没有售后处理权限，可以备注、打标或指派，处理请交给有权限的同事");
    expect(e.details.reason).toBe("NO_PERMISSION");
    await untouched(t.id);
  });

  it("nor confirm receipt", async () => {
    const t = await fresh({ type: "return_refund", status: "awaiting_receipt", returnStatus: "signed" });
    expect((await domainError(confirmReceipt(db, ctxOf(a.viewer), { ticketId: t.id, version: 1 }))).code).toBe(
      "FORBIDDEN",
    );
    await untouched(t.id);
  });

  it("owner and lead may, without the flag", async () => {
    await approve(db, ctxOf(a.owner), { ticketId: (await fresh()).id, version: 1 });
    await approve(db, ctxOf(a.lead), { ticketId: (await fresh()).id, version: 1 });
  });
});

describe("stale version", () => {
  it("TICKET_VERSION_CONFLICT names who acted and when (Asia/Shanghai)", async () => {
    const t = await fresh();
    await tag(db, ctxOf(a.owner, at(15 * 60_000)), { ticketId: t.id, version: 1, add: ["加急"] });
    const e = await domainError(approve(db, ctxOf(a.handler), { ticketId: t.id, version: 1 }));
    expect(e.code).toBe("TICKET_VERSION_CONFLICT");
    expect(e.message).toBe("已被 店主老王 于 10:15 处理，请查看最新状态");
    expect(e.details.params).toMatchObject({ by: "店主老王", version: 2 });
    const { ticket, refunds } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "pending_review", version: 2 });
    expect(refunds).toEqual([]);
  });
});

describe("tenancy", () => {
  it("a member of shop B acting on shop A's ticket: NOT_FOUND, never revealed", async () => {
    const t = await fresh();
    const e = await domainError(approve(db, ctxOf(b.owner), { ticketId: t.id, version: 1 }));
    expect(e).toMatchObject({ code: "NOT_FOUND", message: "售后单不存在" });
    expect((await domainError(getTicketDetail(db, ctxOf(b.owner), t.id))).code).toBe("NOT_FOUND");
    await untouched(t.id);
  });

  it("a member whose shop is not the context's shop is refused before any lookup", async () => {
    const t = await fresh();
    const e = await domainError(
      approve(db, { shopId: a.shopId, member: b.owner, now: T0 }, { ticketId: t.id, version: 1 }),
    );
    expect(e.code).toBe("FORBIDDEN");
    await untouched(t.id);
  });
});

describe("time and input", () => {
  it("once the deadline has come, the platform timer owns the ticket", async () => {
    const t = await fresh({ deadlineAt: at(-HOUR) });
    const e = await domainError(approve(db, ctxOf(a.handler), { ticketId: t.id, version: 1 }));
    expect(e.details.reason).toBe("DEADLINE_PASSED");
    await untouched(t.id);
  });

  it("bad input is INVALID_INPUT naming the field", async () => {
    const t = await fresh();
    const e = await domainError(approve(db, ctxOf(a.handler), { ticketId: t.id, version: "1" as unknown as number }));
    expect(e).toMatchObject({ code: "INVALID_INPUT", details: { field: "version" } });
    await untouched(t.id);
  });

  it("runAction dispatches by name and refuses unknown names", async () => {
    const t = await fresh({ deadlineAt: at(2 * DAY) });
    const r = await runAction(db, ctxOf(a.handler), "approve", { ticketId: t.id, version: 1 });
    expect(r.ticket.status).toBe("refunded");
    expect((await domainError(runAction(db, ctxOf(a.handler), "delete", {}))).code).toBe("INVALID_INPUT");
  });
});
