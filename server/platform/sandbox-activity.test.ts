// The sandbox platform's bursts: realistic, reproducible from a seed, and every event fits the shop's state.
import { and, count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, expect, test } from "vitest";
import { orders, platformEvents, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { reasonResponsibility } from "../tickets/domain";
import type { PlatformEventInput } from "./events";
import { processPendingEvents } from "./process";
import { createRng, mulberry32 } from "./random";
import { generateSandboxActivity } from "./sandbox-activity";
import { createTestShop, forceTicket, type TestShop } from "./testing";

const { db } = await useTestDb();
let shop: TestShop;
beforeAll(async () => {
  shop = await createTestShop(db);
});
const now = new Date("2025-03-10T06:00:00.000Z");

test("mulberry32 is reproducible from its seed", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 5 }, () => a());
  expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  const rng = createRng(7);
  for (let i = 0; i < 200; i++) expect(rng.int(3, 5)).toBeGreaterThanOrEqual(3);
  expect(new Set(Array.from({ length: 200 }, () => rng.int(1, 3)))).toEqual(new Set([1, 2, 3]));
});

test("the same seed produces the same traffic", async () => {
  const sent: PlatformEventInput[][] = [[], []];
  for (const i of [0, 1]) {
    await generateSandboxActivity(db, shop, { count: 5, now, seed: 99, deliver: async (e) => void sent[i]?.push(e) });
  }
  const strip = (es: PlatformEventInput[]) => es.map(({ id: _id, ...rest }) => rest);
  expect(strip(sent[0] ?? [])).toEqual(strip(sent[1] ?? []));
});

test("a first burst creates orders and applications that all apply cleanly", async () => {
  const r = await generateSandboxActivity(db, shop, { count: 40, now, seed: 1 });
  expect(r.activities).toBe(40);
  expect(r.byKind.new_application).toBeGreaterThan(10);
  expect(await processPendingEvents(db, { limit: 10_000 })).toMatchObject({ failed: 0 });
  const ts = await db.select().from(tickets).where(eq(tickets.shopId, shop.id));
  expect(ts.length).toBe(r.byKind.new_application);
  for (const t of ts) {
    expect(t.status).toBe("pending_review");
    expect(t.responsibility).toBe(reasonResponsibility[t.reason]);
    expect(t.buyerNick.length).toBeGreaterThan(0);
    expect(t.appliedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(t.requestedFen).toBeGreaterThan(0);
  }
  const [o] = await db.select({ n: count() }).from(orders).where(eq(orders.shopId, shop.id));
  expect(o?.n).toBe((r.byKind.new_application ?? 0) + (r.byKind.new_order ?? 0));
});

test("later bursts move returns, scans and replies along without errors", async () => {
  // The merchant approved some returns and asked for evidence (their side, set directly here).
  const ts = await db.select().from(tickets).where(eq(tickets.shopId, shop.id));
  for (const [i, t] of ts.entries()) {
    if (t.type === "return_refund" || t.type === "exchange") {
      await forceTicket(db, t.id, {
        status: "awaiting_return",
        deadlineAt: new Date(now.getTime() + 864e6),
        deadlineAction: "auto_close",
      });
    } else if (i % 4 === 0) {
      await forceTicket(db, t.id, {
        status: "awaiting_evidence",
        deadlineAt: new Date(now.getTime() + 2592e5),
        deadlineAction: "back_to_review",
      });
    }
  }
  for (let round = 0; round < 4; round++) {
    await generateSandboxActivity(db, shop, {
      count: 30,
      now: new Date(now.getTime() + round * 3_600_000),
      seed: 100 + round,
    });
    const r = await processPendingEvents(db, { limit: 10_000 });
    const errors = await db.select().from(platformEvents).where(isNotNull(platformEvents.error));
    expect(errors.map((e) => e.error)).toEqual([]);
    expect(r.failed).toBe(0);
  }
  const after = await db.select().from(tickets).where(eq(tickets.shopId, shop.id));
  expect(after.some((t) => t.returnStatus !== "none")).toBe(true);
});

test("buyers also cancel applications still in 待商家处理, through the same webhook entry", async () => {
  const cancelled = async () => {
    const [stored] = await db
      .select({ n: count() })
      .from(platformEvents)
      .where(and(eq(platformEvents.shopId, shop.id), eq(platformEvents.type, "ticket.cancelled")));
    const timeline = await db
      .select({ status: tickets.status, handledBy: tickets.handledBy, from: ticketEvents.fromStatus })
      .from(ticketEvents)
      .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
      .where(and(eq(tickets.shopId, shop.id), eq(ticketEvents.action, "buyer.cancel")));
    return { events: stored?.n ?? 0, timeline };
  };
  const before = await cancelled();
  const r = await generateSandboxActivity(db, shop, {
    count: 60,
    now: new Date(now.getTime() + 5 * 3_600_000),
    seed: 7,
  });
  expect(r.byKind.buyer_cancel).toBeGreaterThan(0);
  expect(await processPendingEvents(db, { limit: 10_000 })).toMatchObject({ failed: 0 });
  const after = await cancelled();
  expect(after.events - before.events).toBe(r.byKind.buyer_cancel);
  expect(after.timeline.length - before.timeline.length).toBe(r.byKind.buyer_cancel);
  for (const c of after.timeline) expect(c).toEqual({ status: "closed", handledBy: "buyer", from: "pending_review" });
});
