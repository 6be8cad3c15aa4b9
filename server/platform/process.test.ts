// processPendingEvents: per-subject order, several workers at once, and bad events that must not block.
import { asc, count, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { logisticsScans, platformEvents, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import type { PlatformEventInput } from "./events";
import { processPendingEvents } from "./process";
import { appliedData, at, createTestShop, deliver, ev, orderCreatedData, type TestShop } from "./testing";

const { db, sql } = await useTestDb();
/** The ticket's timeline actions, oldest first. */
const actionsOf = async (ticketId: number | undefined) =>
  (
    await db
      .select({ action: ticketEvents.action })
      .from(ticketEvents)
      .where(eq(ticketEvents.ticketId, ticketId ?? -1))
      .orderBy(asc(ticketEvents.id))
  ).map((e) => e.action);
let shop: TestShop;
beforeAll(async () => {
  shop = await createTestShop(db);
});

const pending = async () =>
  (await db.select({ n: count() }).from(platformEvents).where(isNull(platformEvents.processedAt)))[0]?.n ?? 0;

describe("per-subject ordering", () => {
  test("an event waits while an earlier event of its subject is held by another worker; other subjects go on", async () => {
    const e1 = ev(shop, "order.created", orderCreatedData("o_ord_a"));
    const e2 = ev(shop, "ticket.applied", appliedData("o_ord_a", "rf_ord_a"), 5);
    const e3 = ev(shop, "order.created", orderCreatedData("o_ord_b"));
    for (const e of [e1, e2, e3]) await deliver(db, shop, e);

    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    // Another worker is busy with e1: it holds e1's row lock in an open transaction.
    const worker = sql.begin(async (tx) => {
      await tx`select seq from platform_events where id = ${e1.id} for update`;
      locked();
      await held;
    });
    await isLocked;
    expect(await processPendingEvents(db)).toEqual({ processed: 1, failed: 0 }); // only o_ord_b
    const rows = await db
      .select({ id: platformEvents.id, processedAt: platformEvents.processedAt })
      .from(platformEvents)
      .orderBy(asc(platformEvents.seq));
    expect(rows.filter((r) => r.processedAt).map((r) => r.id)).toEqual([e3.id]);
    release();
    await worker;

    expect(await processPendingEvents(db)).toEqual({ processed: 2, failed: 0 });
    expect(await db.select().from(tickets).where(eq(tickets.externalId, "rf_ord_a"))).toHaveLength(1);
  });

  test("events of one subject apply in arrival order (a cancel after the application finds the ticket)", async () => {
    for (const e of [
      ev(shop, "order.created", orderCreatedData("o_ord_c")),
      ev(shop, "ticket.applied", appliedData("o_ord_c", "rf_ord_c"), 1),
      ev(shop, "ticket.cancelled", { externalId: "rf_ord_c", orderId: "o_ord_c" }, 2),
    ]) {
      await deliver(db, shop, e);
    }
    expect(await processPendingEvents(db, { limit: 1 })).toEqual({ processed: 1, failed: 0 });
    expect(await pending()).toBe(2);
    expect(await processPendingEvents(db)).toEqual({ processed: 2, failed: 0 });
    const [t] = await db.select().from(tickets).where(eq(tickets.externalId, "rf_ord_c"));
    expect(t?.status).toBe("closed");
  });
});

test("several workers at once apply each event exactly once, in order per subject", async () => {
  const orders = Array.from({ length: 25 }, (_, i) => `o_conc_${i}`);
  const chains: PlatformEventInput[][] = orders.map((o, i) => [
    ev(shop, "order.created", orderCreatedData(o)),
    ev(shop, "order.shipped", { orderId: o, carrier: "韵达", waybill: `YD${1000 + i}`, shippedAt: at(10) }, 10),
    ev(shop, "logistics.scan", { orderId: o, status: "collected" }, 20),
    ev(shop, "ticket.applied", appliedData(o, `rf_conc_${i}`, { appliedAt: at(30) }), 30),
    ev(shop, "logistics.scan", { orderId: o, status: "in_transit" }, 40),
    ev(shop, "ticket.cancelled", { externalId: `rf_conc_${i}`, orderId: o }, 50),
  ]);
  // Interleave the subjects, as real traffic arrives.
  const total = chains.reduce((n, c) => n + c.length, 0);
  for (let step = 0; step < 6; step++)
    for (const c of chains) if (c[step]) await deliver(db, shop, c[step] as PlatformEventInput);

  const results = await Promise.all([1, 2, 3, 4].map(() => processPendingEvents(db, { limit: 10_000 })));
  expect(results.reduce((n, r) => n + r.failed, 0)).toBe(0); // any out-of-order apply would have failed
  expect(results.reduce((n, r) => n + r.processed, 0)).toBe(total);
  expect(results.filter((r) => r.processed > 0).length).toBeGreaterThan(1); // the work really was shared
  expect(await pending()).toBe(0);

  for (const [i, o] of orders.entries()) {
    const scans = await db.select().from(logisticsScans).where(eq(logisticsScans.orderId, o));
    expect(scans.map((s) => s.status).sort()).toEqual(["collected", "in_transit"]);
    const [t] = await db
      .select()
      .from(tickets)
      .where(eq(tickets.externalId, `rf_conc_${i}`));
    expect(t).toMatchObject({ status: "closed", orderLogisticsStatus: "in_transit" }); // open when it came
    expect(await actionsOf(t?.id)).toEqual(["apply", "buyer.cancel"]);
  }
});

describe("a bad event does not block its subject", () => {
  test("an invalid stored payload is marked processed with its error; the next event of the subject runs", async () => {
    const subjectKey = `${shop.id}:order:o_bad`;
    await db.insert(platformEvents).values({
      id: "evt_bad_payload",
      shopId: shop.id,
      type: "order.created",
      subjectKey,
      occurredAt: new Date(at(0)),
      payload: {
        id: "evt_bad_payload",
        shopId: shop.id,
        type: "order.created",
        occurredAt: at(0),
        data: { order: {} },
      },
    });
    await deliver(db, shop, ev(shop, "order.created", orderCreatedData("o_bad"), 1));
    expect(await processPendingEvents(db)).toEqual({ processed: 1, failed: 1 });
    const [bad] = await db.select().from(platformEvents).where(eq(platformEvents.id, "evt_bad_payload"));
    expect(bad?.processedAt).not.toBeNull();
    expect(bad?.error).toMatch(/^INVALID_INPUT: data\.order\.id/);
  });

  test("processed_at is stamped with the given time; an empty queue answers zero", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const e = ev(shop, "order.created", orderCreatedData("o_now"));
    await deliver(db, shop, e);
    await processPendingEvents(db, { now });
    const [row] = await db.select().from(platformEvents).where(eq(platformEvents.id, e.id));
    expect(row?.processedAt?.toISOString()).toBe(now.toISOString());
    expect(await processPendingEvents(db)).toEqual({ processed: 0, failed: 0 });
  });
});

describe("batch claims", () => {
  test("two processors claiming batches of a long backlog apply each event once, in order per subject", async () => {
    const orders = Array.from({ length: 30 }, (_, i) => `o_batch_${i}`);
    for (const o of orders) await deliver(db, shop, ev(shop, "order.created", orderCreatedData(o)));
    for (const [i, o] of orders.entries())
      await deliver(db, shop, ev(shop, "ticket.applied", appliedData(o, `rf_batch_${i}`), 5));
    for (const [i, o] of orders.entries())
      await deliver(db, shop, ev(shop, "ticket.cancelled", { externalId: `rf_batch_${i}`, orderId: o }, 9));

    const results = await Promise.all([1, 2].map(() => processPendingEvents(db, { limit: 10_000 })));
    expect(results.reduce((n, r) => n + r.failed, 0)).toBe(0); // a cancel before its application would fail
    expect(results.reduce((n, r) => n + r.processed, 0)).toBe(90);
    expect(await pending()).toBe(0);
    for (const i of orders.keys()) {
      const [t] = await db
        .select()
        .from(tickets)
        .where(eq(tickets.externalId, `rf_batch_${i}`));
      expect(await actionsOf(t?.id)).toEqual(["apply", "buyer.cancel"]);
    }
  });

  test("a bad event inside a batch rolls only itself back; the good ones around it apply once", async () => {
    await deliver(db, shop, ev(shop, "order.created", orderCreatedData("o_mix_1")));
    await deliver(db, shop, ev(shop, "ticket.cancelled", { externalId: "rf_missing", orderId: "o_mix_2" }));
    await deliver(db, shop, ev(shop, "order.created", orderCreatedData("o_mix_3")));
    expect(await processPendingEvents(db)).toEqual({ processed: 2, failed: 1 });
    const errors = await db
      .select({ error: platformEvents.error })
      .from(platformEvents)
      .where(eq(platformEvents.subjectKey, `${shop.id}:order:o_mix_2`));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toMatch(/NOT_FOUND|INVALID|FORBIDDEN|CONFLICT/);
    expect(await pending()).toBe(0);
  });
});
