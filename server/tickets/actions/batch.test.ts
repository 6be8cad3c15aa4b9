// 批量操作 (SPEC §4 Batch work): every ticket gets its own transaction and its own result.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { refunds, tickets } from "../../../db/schema";
import { useTestDb } from "../../../tests/db";
import { batchAction } from "./batch";
import { tag } from "./tag";
import { createOrder, createShop, createTicket, ctxOf, domainError, type ShopFixture, traces } from "./test-fixtures";

const { db } = await useTestDb();

async function twenty(f: ShopFixture) {
  const out = [];
  for (let i = 0; i < 20; i++) out.push(await createTicket(db, f, await createOrder(db, f)));
  return out;
}

describe("batchAction", () => {
  it("approve 20 with one stale version: 19 ok, 1 conflict, 19 refunds", async () => {
    const f = await createShop(db);
    const ts = await twenty(f);
    await tag(db, ctxOf(f.owner), { ticketId: ts[7].id, version: 1, add: ["加急"] }); // now at version 2
    const results = await batchAction(db, ctxOf(f.handler), {
      action: "approve",
      ticketIds: ts.map((t) => ({ id: t.id, version: 1 })),
    });
    expect(results.map((r) => r.ticketId)).toEqual(ts.map((t) => t.id));
    expect(results.filter((r) => r.ok)).toHaveLength(19);
    expect(results[7]).toMatchObject({ ok: false, code: "TICKET_VERSION_CONFLICT", ticketId: ts[7].id });
    expect(results[7].ok === false && results[7].message).toContain("店主老王");
    const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, f.shopId));
    expect(r.n).toBe(19);
    expect((await traces(db, ts[7].id)).ticket.status).toBe("pending_review");
  });

  it("reject with one reason; a viewer's batch approve is refused ticket by ticket", async () => {
    const f = await createShop(db);
    const ts = await twenty(f);
    const ids = ts.map((t) => ({ id: t.id, version: 1 }));
    const denied = await batchAction(db, ctxOf(f.viewer), { action: "approve", ticketIds: ids });
    expect(denied.every((r) => !r.ok && r.code === "FORBIDDEN")).toBe(true);
    const rejected = await batchAction(db, ctxOf(f.handler), {
      action: "reject",
      ticketIds: ids.slice(0, 3),
      rejectReason: "已与买家协商，继续发货",
    });
    expect(rejected.every((r) => r.ok)).toBe(true);
    const rows = await db.select().from(tickets).where(eq(tickets.shopId, f.shopId));
    expect(rows.filter((t) => t.status === "rejected").map((t) => t.rejectReason)).toEqual(
      Array(3).fill("已与买家协商，继续发货"),
    );
  });

  it("assign and tag", async () => {
    const f = await createShop(db);
    const ts = (await twenty(f)).slice(0, 5);
    const ids = ts.map((t) => ({ id: t.id, version: 1 }));
    const assigned = await batchAction(db, ctxOf(f.lead), {
      action: "assign",
      ticketIds: ids,
      assigneeId: f.handler.id,
    });
    expect(assigned.every((r) => r.ok && r.version === 2)).toBe(true);
    const tagged = await batchAction(db, ctxOf(f.lead), {
      action: "tag",
      ticketIds: ids.map((i) => ({ ...i, version: 2 })),
      add: ["春节前"],
    });
    expect(tagged.every((r) => r.ok)).toBe(true);
    expect((await traces(db, ts[0].id)).ticket).toMatchObject({ assigneeId: f.handler.id, tags: ["春节前"] });
  });

  it("messages every selected buyer once, without moving a version (a colleague's approval still goes through)", async () => {
    const f = await createShop(db);
    const ts = (await twenty(f)).slice(0, 3);
    const text = "春节期间 2 月 5 日至 12 日暂停发货，节后按顺序处理";
    const sent = await batchAction(db, ctxOf(f.viewer), {
      action: "message",
      ticketIds: ts.map((t) => ({ id: t.id, version: 1 })),
      text,
    });
    expect(sent.map((r) => r.ok && r.version)).toEqual([1, 1, 1]);
    for (const t of ts) {
      expect((await traces(db, t.id)).outbox).toMatchObject([{ action: "message", payload: { text } }]);
    }
    const approved = await batchAction(db, ctxOf(f.handler), {
      action: "approve",
      ticketIds: [{ id: ts[0].id, version: 1 }],
    });
    expect(approved[0]).toMatchObject({ ok: true });
    const noText = await domainError(
      batchAction(db, ctxOf(f.viewer), { action: "message", ticketIds: [{ id: ts[1].id, version: 1 }] }),
    );
    expect(noText).toMatchObject({
      code: "INVALID_INPUT",
      message: "请填写要发给买家的消息",
      details: { field: "text" },
    });
  });

  it("refuses bad batches whole: duplicates, over 500, reject without a reason", async () => {
    const f = await createShop(db);
    const ctx = ctxOf(f.handler);
    const dup = await domainError(
      batchAction(db, ctx, {
        action: "approve",
        ticketIds: [
          { id: 1, version: 1 },
          { id: 1, version: 1 },
        ],
      }),
    );
    expect(dup).toMatchObject({ code: "INVALID_INPUT", message: "同一售后单不能重复选择" });
    const many = Array.from({ length: 501 }, (_, i) => ({ id: i + 1, version: 1 }));
    expect((await domainError(batchAction(db, ctx, { action: "approve", ticketIds: many }))).message).toBe(
      "一次最多处理 500 个售后单",
    );
    const noReason = await domainError(batchAction(db, ctx, { action: "reject", ticketIds: [{ id: 1, version: 1 }] }));
    expect(noReason.details.field).toBe("rejectReason");
  });
});
