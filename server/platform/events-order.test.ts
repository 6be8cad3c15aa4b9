// Order-side events: order.created, order.shipped, logistics.scan (and 拒收后退款's auto-refund, SPEC §3).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { buyers, logisticsScans, orderItems, orders, products, refunds, skus, ticketEvents } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { processPendingEvents } from "./process";
import {
  appliedData,
  at,
  createTestShop,
  deliver,
  deliverAll,
  ev,
  eventErrors,
  forceTicket,
  orderCreatedData,
  type TestShop,
  ticketOf,
} from "./testing";

const { db } = await useTestDb();
let shop: TestShop;
beforeAll(async () => {
  shop = await createTestShop(db);
});

const shipped = (orderId: string, minutes = 60) =>
  ev(
    shop,
    "order.shipped",
    { orderId, carrier: "中通", waybill: `ZT${orderId}`, eWaybill: true, shippedAt: at(minutes) },
    minutes,
  );
const scan = (
  orderId: string,
  status: "collected" | "in_transit" | "signed" | "refused" | "returned",
  minutes: number,
) => ev(shop, "logistics.scan", { orderId, status }, minutes);

describe("order.created", () => {
  test("upserts buyer, product, SKU, order and items with the platform's ids", async () => {
    const r = await deliverAll(db, shop, [ev(shop, "order.created", orderCreatedData("o_c1", { paidFen: 8_800 }))]);
    expect(r).toEqual({ processed: 1, failed: 0 });
    const [o] = await db.select().from(orders).where(eq(orders.id, "o_c1"));
    expect(o).toMatchObject({ shopId: shop.id, paidFen: 8_800, logisticsStatus: "not_shipped", buyerId: "b_o_c1" });
    expect(await db.select().from(buyers).where(eq(buyers.id, "b_o_c1"))).toHaveLength(1);
    expect(await db.select().from(products).where(eq(products.id, "p_o_c1"))).toHaveLength(1);
    expect(await db.select().from(skus).where(eq(skus.id, "s_o_c1"))).toHaveLength(1);
    expect(await db.select().from(orderItems).where(eq(orderItems.orderId, "o_c1"))).toHaveLength(1);
  });

  test("again with another event id updates instead of duplicating", async () => {
    await deliverAll(db, shop, [ev(shop, "order.created", orderCreatedData("o_c1", { paidFen: 9_900 }))]);
    const [o] = await db.select().from(orders).where(eq(orders.id, "o_c1"));
    expect(o?.paidFen).toBe(9_900);
    expect(await db.select().from(orderItems).where(eq(orderItems.orderId, "o_c1"))).toHaveLength(1);
  });

  test("an order id owned by another shop is refused, not overwritten", async () => {
    const other = await createTestShop(db);
    const e = ev(other, "order.created", orderCreatedData("o_c1", { paidFen: 1, buyerId: "b_other" }));
    await deliver(db, other, e);
    expect(await processPendingEvents(db)).toEqual({ processed: 0, failed: 1 });
    const [o] = await db.select().from(orders).where(eq(orders.id, "o_c1"));
    expect(o).toMatchObject({ shopId: shop.id, paidFen: 9_900 });
    expect((await eventErrors(db)).find((x) => x.id === e.id)?.error).toContain("another shop");
    // Nothing half-applied: the other shop's buyer row from the same event was rolled back too.
    expect(await db.select().from(buyers).where(eq(buyers.id, "b_other"))).toHaveLength(0);
  });
});

describe("order.shipped and logistics.scan", () => {
  test("shipping sets carrier and waybill; scans move status, times, scan rows and open tickets", async () => {
    await deliverAll(db, shop, [
      ev(shop, "order.created", orderCreatedData("o_s1")),
      ev(shop, "ticket.applied", appliedData("o_s1", "rf_s1", { appliedAt: at(30) }), 30),
      shipped("o_s1"),
    ]);
    let [o] = await db.select().from(orders).where(eq(orders.id, "o_s1"));
    expect(o).toMatchObject({
      carrier: "中通",
      waybill: "ZTo_s1",
      eWaybill: true,
      logisticsStatus: "shipped_not_collected",
    });
    expect(await ticketOf(db, shop, "rf_s1")).toMatchObject({
      carrier: "中通",
      orderWaybill: "ZTo_s1",
      orderLogisticsStatus: "shipped_not_collected",
    });

    await deliverAll(db, shop, [
      scan("o_s1", "collected", 120),
      scan("o_s1", "in_transit", 600),
      scan("o_s1", "signed", 2000),
    ]);
    [o] = await db.select().from(orders).where(eq(orders.id, "o_s1"));
    expect(o?.logisticsStatus).toBe("signed");
    expect(o?.collectedAt?.toISOString()).toBe(at(120));
    expect(o?.signedAt?.toISOString()).toBe(at(2000));
    const scans = await db
      .select()
      .from(logisticsScans)
      .where(eq(logisticsScans.orderId, "o_s1"))
      .orderBy(logisticsScans.at);
    expect(scans.map((s) => [s.direction, s.status, s.waybill])).toEqual([
      ["forward", "collected", "ZTo_s1"],
      ["forward", "in_transit", "ZTo_s1"],
      ["forward", "signed", "ZTo_s1"],
    ]);
    const t = await ticketOf(db, shop, "rf_s1");
    expect(t.orderLogisticsStatus).toBe("signed");
    expect(t.status).toBe("pending_review"); // a plain scan changes no state
  });

  test("a scan before the order was shipped is an error, recorded on the event", async () => {
    const e = scan("o_c1", "collected", 10);
    expect(await deliverAll(db, shop, [e])).toEqual({ processed: 0, failed: 1 });
    expect((await eventErrors(db)).find((x) => x.id === e.id)?.error).toContain("has not been shipped");
  });
});

describe("拒收后退款: a refused or returned scan auto-refunds at once (SPEC §3)", () => {
  test("exactly one refund row, even when both 拒收 and 退回 arrive and two workers run", async () => {
    await deliverAll(db, shop, [
      ev(shop, "order.created", orderCreatedData("o_r1", { paidFen: 5_000 })),
      shipped("o_r1"),
      scan("o_r1", "collected", 90),
      ev(shop, "ticket.applied", appliedData("o_r1", "rf_r1", { requestedFen: 4_500, appliedAt: at(100) }), 100),
    ]);
    const t = await ticketOf(db, shop, "rf_r1");
    // The merchant agreed to 拒收后退款 (merchant side, set up directly here).
    await forceTicket(db, t.id, {
      status: "refusal_refund",
      deadlineAt: new Date(at(100 + 5 * 1440)),
      deadlineAction: "auto_refund",
    });

    for (const e of [scan("o_r1", "refused", 300), scan("o_r1", "returned", 400)]) await deliver(db, shop, e);
    const results = await Promise.all([processPendingEvents(db), processPendingEvents(db)]);
    expect(results.reduce((n, r) => n + r.processed, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.failed, 0)).toBe(0);

    const rows = await db.select().from(refunds).where(eq(refunds.ticketId, t.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amountFen: 4_500, by: "platform" });
    const after = await ticketOf(db, shop, "rf_r1");
    expect(after).toMatchObject({ status: "refunded", refundedFen: 4_500, deadlineAt: null, handledBy: "platform" });
    expect(after.refundedAt?.toISOString()).toBe(at(300));
    const timeline = await db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, t.id), eq(ticketEvents.action, "logistics.refused_auto_refund")));
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ actorKind: "logistics", fromStatus: "refusal_refund", toStatus: "refunded" });
  });

  test("拦截中 and the parcel shows 退回: refunded by the rules' onLogisticsRefused; the carrier's later success is a no-op", async () => {
    await deliverAll(db, shop, [
      ev(shop, "order.created", orderCreatedData("o_r3")),
      shipped("o_r3"),
      scan("o_r3", "in_transit", 90),
      ev(shop, "ticket.applied", appliedData("o_r3", "rf_r3", { appliedAt: at(100) }), 100),
    ]);
    const t = await ticketOf(db, shop, "rf_r3");
    // The merchant asked for 物流拦截 (merchant side, set up directly here).
    await forceTicket(db, t.id, {
      status: "intercepting",
      deadlineAt: new Date(at(100 + 72 * 60)),
      deadlineAction: "back_to_review",
    });
    expect(await deliverAll(db, shop, [scan("o_r3", "returned", 300)])).toEqual({ processed: 1, failed: 0 });
    const after = await ticketOf(db, shop, "rf_r3");
    expect(after).toMatchObject({ status: "refunded", refundedFen: 19_900, deadlineAt: null, handledBy: "platform" });
    const timeline = await db
      .select()
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, t.id), eq(ticketEvents.action, "logistics.refused_auto_refund")));
    expect(timeline).toMatchObject([
      { actorKind: "logistics", fromStatus: "intercepting", toStatus: "refunded", why: "物流显示退回，自动退款" },
    ]);
    const success = ev(
      shop,
      "interception.result",
      { externalId: t.externalId, orderId: "o_r3", result: "success" },
      320,
    );
    expect(await deliverAll(db, shop, [success])).toEqual({ processed: 1, failed: 0 });
    expect(await db.select().from(refunds).where(eq(refunds.ticketId, t.id))).toHaveLength(1);
  });

  test("a refused scan does not refund a ticket that is not in 拒收后退款", async () => {
    await deliverAll(db, shop, [
      ev(shop, "order.created", orderCreatedData("o_r2")),
      shipped("o_r2"),
      ev(shop, "ticket.applied", appliedData("o_r2", "rf_r2", { appliedAt: at(100) }), 100),
      scan("o_r2", "refused", 300),
    ]);
    const t = await ticketOf(db, shop, "rf_r2");
    expect(t).toMatchObject({ status: "pending_review", orderLogisticsStatus: "refused", refundedFen: 0 });
  });
});
