// 设置 → 平台连接 · 最近事件 through the real tRPC router: the shop's events newest first, keyset-paged, all or failed,
// another shop's never; a failed event retried applies exactly once, also when two admins press 重试 at once.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, platformEvents, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { forgetMemberships } from "../members/membership-cache";
import { createShop, type ShopFixture } from "../tickets/actions/test-fixtures";
import { appliedData, deliver, deliverAll, ev, orderCreatedData } from "./testing";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);
const connectorOf = (f: ShopFixture) => ({ id: f.shopId, connectorSecret: "test-secret-0123456789" });

async function seqOf(f: ShopFixture, id: string): Promise<number> {
  const [row] = await db
    .select({ seq: platformEvents.seq })
    .from(platformEvents)
    .where(and(eq(platformEvents.shopId, f.shopId), eq(platformEvents.id, id)));
  if (!row) throw new Error(`no event ${id}`);
  return row.seq;
}
const ticketsOf = (f: ShopFixture, externalId: string) =>
  db
    .select()
    .from(tickets)
    .where(and(eq(tickets.shopId, f.shopId), eq(tickets.externalId, externalId)));

/** A 仅退款 application that arrives before its order: it fails (no such order) until the order is there. */
async function failedApplication(f: ShopFixture, n: string) {
  const shop = connectorOf(f);
  const applied = ev(shop, "ticket.applied", appliedData(`o_${n}`, `as_${n}`), 0, `evt_applied_${n}`);
  await deliverAll(db, shop, [applied]);
  await deliverAll(db, shop, [ev(shop, "order.created", orderCreatedData(`o_${n}`), 1, `evt_order_${n}`)]);
  return seqOf(f, applied.id);
}

describe("recent events", () => {
  it("lists the shop's events newest first, keyset-paged, all or only the failed; never another shop's", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const failedSeq = await failedApplication(f, "list");
    await deliverAll(db, connectorOf(f), [
      ev(connectorOf(f), "order.created", orderCreatedData("o_more"), 2, "evt_more"),
    ]);
    await deliverAll(db, connectorOf(g), [
      ev(connectorOf(g), "order.created", orderCreatedData("o_theirs"), 0, "evt_g"),
    ]);

    const viewer = as(f, f.viewer); // every member may look
    const page1 = await viewer.platformConnection.events({ limit: 2 });
    expect(page1.items.map((e) => e.id)).toEqual(["evt_more", "evt_order_list"]);
    expect(page1.items[0]).toMatchObject({
      type: "order.created",
      status: "processed",
      error: null,
      subject: "o_more",
    });
    expect(page1.nextCursor).toBe(page1.items[1]?.seq);
    const page2 = await viewer.platformConnection.events({ limit: 2, cursor: page1.nextCursor ?? undefined });
    expect(page2.items.map((e) => e.id)).toEqual(["evt_applied_list"]);
    expect(page2.nextCursor).toBeNull();
    expect(page2.items[0]).toMatchObject({ seq: failedSeq, status: "failed", subject: "as_list" });
    expect(page2.items[0]?.error).toMatch(/^NOT_FOUND: /);

    const failed = await viewer.platformConnection.events({ filter: "failed" });
    expect(failed.items.map((e) => e.id)).toEqual(["evt_applied_list"]);
    expect((await as(g, g.owner).platformConnection.events({})).items.map((e) => e.id)).toEqual(["evt_g"]);
    expect((await as(g, g.owner).platformConnection.events({ filter: "failed" })).items).toEqual([]);
  });

  it("a failed event retried applies once: two admins at the same time, one applies it, the other is told", async () => {
    const f = await createShop(db);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.handler.id));
    forgetMemberships();
    const seq = await failedApplication(f, "retry");
    expect(await ticketsOf(f, "as_retry")).toHaveLength(0);

    const results = await Promise.all([
      as(f, f.owner).platformConnection.retryEvent({ seq }),
      as(f, f.handler).platformConnection.retryEvent({ seq }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["already_applied", "applied"]);
    const made = await ticketsOf(f, "as_retry");
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: "pending_review", requestedFen: 19_900 });
    const timeline = await db
      .select()
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, made[0]?.id ?? -1));
    expect(timeline.map((t) => t.action)).toEqual(["apply"]);
    const [row] = await db.select().from(platformEvents).where(eq(platformEvents.seq, seq));
    expect(row).toMatchObject({ error: null });
    expect(row?.processedAt).not.toBeNull();
    // Again, later: already applied, nothing more happens.
    expect(await as(f, f.owner).platformConnection.retryEvent({ seq })).toMatchObject({ status: "already_applied" });
    expect(await ticketsOf(f, "as_retry")).toHaveLength(1);
  });

  it("a retry that fails again keeps the event failed, with the new error", async () => {
    const f = await createShop(db);
    const shop = connectorOf(f);
    const applied = ev(shop, "ticket.applied", appliedData("o_never", "as_never"), 0, "evt_never");
    await deliverAll(db, shop, [applied]);
    const seq = await seqOf(f, applied.id);
    const r = await as(f, f.owner).platformConnection.retryEvent({ seq });
    expect(r).toMatchObject({ seq, id: "evt_never", status: "failed" });
    expect(r.status === "failed" && r.error).toMatch(/^NOT_FOUND: /);
    expect((await as(f, f.owner).platformConnection.events({ filter: "failed" })).items.map((e) => e.seq)).toEqual([
      seq,
    ]);
  });

  it("refuses: a queued event, another shop's event, and members without 设置权限", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const seq = await failedApplication(f, "perm");
    for (const m of [f.viewer, f.handler, f.lead]) {
      const e = await trpcError(as(f, m).platformConnection.retryEvent({ seq }));
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).toBe("只有店主或有设置权限的成员可以查看或更换签名密钥、重试平台事件");
    }
    const theirs = await trpcError(as(g, g.owner).platformConnection.retryEvent({ seq }));
    expect(theirs.code).toBe("NOT_FOUND");
    expect(await ticketsOf(f, "as_perm")).toHaveLength(0);

    // Stored but not applied yet (the worker's to apply): no retry.
    const shop = connectorOf(f);
    await deliver(db, shop, ev(shop, "order.created", orderCreatedData("o_queued"), 0, "evt_queued"));
    const queued = await trpcError(as(f, f.owner).platformConnection.retryEvent({ seq: await seqOf(f, "evt_queued") }));
    expect(queued.code).toBe("UNPROCESSABLE_CONTENT");
    expect(queued.message).toBe("该事件还在处理队列中，会自动处理，无需重试");
  });
});
