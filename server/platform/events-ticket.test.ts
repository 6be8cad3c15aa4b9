// Ticket-side events: application, cancel, return shipment and scans, evidence, escalation and ruling,
// interception result (SPEC §3 rows cited in effects*.ts).
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { logisticsScans, refunds, ticketEvents } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import type { Ticket } from "../tickets/transition";
import {
  appliedData,
  at,
  createTestShop,
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

const min = (n: number) => new Date(at(n));
let n = 0;
/** A fresh order with one application on it; answers the ticket. */
async function applied(over: Parameters<typeof appliedData>[2] = {}, paidFen = 19_900): Promise<Ticket> {
  n++;
  const r = await deliverAll(db, shop, [
    ev(shop, "order.created", orderCreatedData(`o_t${n}`, { paidFen })),
    ev(shop, "ticket.applied", appliedData(`o_t${n}`, `rf_t${n}`, over)),
  ]);
  expect(r.failed).toBe(0);
  return ticketOf(db, shop, `rf_t${n}`);
}
const ref = (t: Ticket) => ({ externalId: t.externalId, orderId: t.orderId });
const timeline = (t: Ticket) =>
  db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, t.id)).orderBy(asc(ticketEvents.id));
const refundRows = (t: Ticket) => db.select().from(refunds).where(eq(refunds.ticketId, t.id));

describe("ticket.applied", () => {
  test("仅退款: 待商家处理 with a 48 h auto-refund deadline, responsibility and list columns filled", async () => {
    const t = await applied({ reason: "quality_issue", evidence: ["https://img.example.com/e1.jpg"] });
    expect(t).toMatchObject({
      status: "pending_review",
      type: "refund_only",
      responsibility: "merchant",
      requestedFen: 19_900,
      deadlineAction: "auto_refund",
      origin: "buyer",
      buyerNick: "小鹿乱撞_88",
      productTitle: "法式碎花连衣裙",
      productImage: "https://img.example.com/d.jpg",
      orderLogisticsStatus: "not_shipped",
      evidence: ["https://img.example.com/e1.jpg"],
    });
    expect(t.deadlineAt?.toISOString()).toBe(at(48 * 60));
    const [e] = await timeline(t);
    expect(e).toMatchObject({ actorKind: "buyer", action: "apply", fromStatus: null, toStatus: "pending_review" });
  });

  test("退货退款/换货/补发 get auto_approve_return", async () => {
    for (const type of ["return_refund", "exchange", "reissue"] as const) {
      const t = await applied({ type, reason: "seven_day_no_reason" });
      expect(t).toMatchObject({ deadlineAction: "auto_approve_return", responsibility: "buyer" });
    }
  });

  test("an amount above what the buyer paid is an error and creates nothing", async () => {
    n++;
    const bad = ev(shop, "ticket.applied", appliedData(`o_t${n}`, `rf_t${n}`, { requestedFen: 20_000 }));
    const r = await deliverAll(db, shop, [
      ev(shop, "order.created", orderCreatedData(`o_t${n}`, { paidFen: 19_900 })),
      bad,
    ]);
    expect(r).toEqual({ processed: 1, failed: 1 });
    expect((await eventErrors(db)).find((e) => e.id === bad.id)?.error).toContain("data.requestedFen");
    await expect(ticketOf(db, shop, `rf_t${n}`)).rejects.toThrow();
  });
});

test("ticket.cancelled: open → closed, handled by the buyer", async () => {
  const t = await applied();
  await deliverAll(db, shop, [ev(shop, "ticket.cancelled", ref(t), 10)]);
  expect(await ticketOf(db, shop, t.externalId)).toMatchObject({
    status: "closed",
    handledBy: "buyer",
    deadlineAt: null,
  });
  const cancelAgain = ev(shop, "ticket.cancelled", ref(t), 20);
  expect(await deliverAll(db, shop, [cancelAgain])).toEqual({ processed: 0, failed: 1 });
});

describe("return.shipped and return.scan (SPEC §3 待买家退货 → 待商家收货)", () => {
  test("waybill moves to awaiting_receipt with 10 days to auto-refund; scans end at 退货已签收", async () => {
    const t = await applied({ type: "return_refund", reason: "seven_day_no_reason" });
    await forceTicket(db, t.id, {
      status: "awaiting_return",
      deadlineAt: min(10 * 1440),
      deadlineAction: "auto_close",
    });
    await deliverAll(db, shop, [
      ev(shop, "return.shipped", { ...ref(t), carrier: "圆通", waybill: "YT9876543210" }, 60),
    ]);
    let after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({
      status: "awaiting_receipt",
      deadlineAction: "auto_refund",
      returnCarrier: "圆通",
      returnWaybill: "YT9876543210",
      returnStatus: "shipped",
    });
    expect(after.deadlineAt?.toISOString()).toBe(at(60 + 10 * 1440));

    await deliverAll(db, shop, [
      ev(shop, "return.scan", { ...ref(t), status: "in_transit" }, 200),
      ev(shop, "return.scan", { ...ref(t), status: "signed" }, 3000),
    ]);
    after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({ status: "awaiting_receipt", returnStatus: "signed" });
    expect(after.returnSignedAt?.toISOString()).toBe(at(3000));
    expect(after.deadlineAt?.toISOString()).toBe(at(60 + 10 * 1440)); // the receipt clock keeps running
    const scans = await db.select().from(logisticsScans).where(eq(logisticsScans.ticketId, t.id));
    expect(scans.map((s) => [s.direction, s.status, s.waybill])).toEqual([
      ["return", "in_transit", "YT9876543210"],
      ["return", "signed", "YT9876543210"],
    ]);
  });

  test("a return waybill outside 待买家退货 is refused and changes nothing", async () => {
    const t = await applied();
    const r = await deliverAll(db, shop, [
      ev(shop, "return.shipped", { ...ref(t), carrier: "圆通", waybill: "YT1" + "2345" }, 5),
    ]);
    expect(r.failed).toBe(1);
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({ status: "pending_review", version: t.version });
  });
});

test("evidence.submitted: 待买家举证 → 待商家处理 with a fresh review deadline and the images added", async () => {
  const t = await applied({ reason: "quality_issue", evidence: ["https://img.example.com/a.jpg"] });
  await forceTicket(db, t.id, {
    status: "awaiting_evidence",
    evidenceRequested: true,
    deadlineAt: min(72 * 60),
    deadlineAction: "back_to_review",
  });
  await deliverAll(db, shop, [
    ev(
      shop,
      "evidence.submitted",
      { ...ref(t), evidence: ["https://img.example.com/b.jpg"], statement: "开线照片" },
      500,
    ),
  ]);
  const after = await ticketOf(db, shop, t.externalId);
  expect(after).toMatchObject({ status: "pending_review", deadlineAction: "auto_refund" });
  expect(after.deadlineAt?.toISOString()).toBe(at(500 + 48 * 60));
  expect(after.evidence).toEqual(["https://img.example.com/a.jpg", "https://img.example.com/b.jpg"]);
});

describe("ticket.escalated and platform.ruling (SPEC §3 平台介入中)", () => {
  test("escalating a rejected ticket reopens it in platform intervention with no deadline", async () => {
    const t = await applied({ reason: "missing_item", type: "refund_only" });
    await forceTicket(db, t.id, {
      status: "rejected",
      deadlineAt: null,
      deadlineAction: null,
      endedAt: min(30),
      handledBy: "agent",
    });
    await deliverAll(db, shop, [ev(shop, "ticket.escalated", { ...ref(t), reason: "商家无理拒绝" }, 100)]);
    const after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({ status: "platform_intervention", deadlineAt: null, endedAt: null, handledBy: null });
    expect(after.escalatedAt?.toISOString()).toBe(at(100));
  });

  test("商责 + refund: refunded once, by the platform, with the ruling stored", async () => {
    const t = await applied({ reason: "wrong_item" });
    await deliverAll(db, shop, [ev(shop, "ticket.escalated", ref(t), 10)]);
    const ruling = {
      ...ref(t),
      responsibility: "merchant",
      result: "refund",
      amountFen: 15_000,
      note: "商家发错货",
    } as const;
    await deliverAll(db, shop, [ev(shop, "platform.ruling", ruling, 2000), ev(shop, "platform.ruling", ruling, 2001)]);
    const after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({
      status: "refunded",
      refundedFen: 15_000,
      rulingResponsibility: "merchant",
      rulingNote: "商家发错货",
      handledBy: "platform",
    });
    expect(await refundRows(t)).toHaveLength(1);
  });

  test("买责 + reject: closed, no money moves", async () => {
    const t = await applied({ reason: "no_longer_wanted" });
    await deliverAll(db, shop, [
      ev(shop, "ticket.escalated", ref(t), 10),
      ev(shop, "platform.ruling", { ...ref(t), responsibility: "buyer", result: "reject", note: "买家原因" }, 20),
    ]);
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({
      status: "closed",
      rulingResponsibility: "buyer",
      refundedFen: 0,
    });
    expect(await refundRows(t)).toHaveLength(0);
  });

  test("reissue → 待补发 with its 24 h; exchange → 待买家退货", async () => {
    const a = await applied({ reason: "missing_item" });
    const b = await applied({ reason: "wrong_item", type: "return_refund" });
    await deliverAll(db, shop, [
      ev(shop, "ticket.escalated", ref(a), 10),
      ev(shop, "platform.ruling", { ...ref(a), responsibility: "merchant", result: "reissue", note: "少件补发" }, 20),
      ev(shop, "ticket.escalated", ref(b), 10),
      ev(shop, "platform.ruling", { ...ref(b), responsibility: "merchant", result: "exchange", note: "发错换货" }, 20),
    ]);
    const ra = await ticketOf(db, shop, a.externalId);
    expect(ra).toMatchObject({ status: "awaiting_reissue", type: "reissue", deadlineAction: "flag_late" });
    expect(ra.deadlineAt?.toISOString()).toBe(at(20 + 24 * 60));
    expect(await ticketOf(db, shop, b.externalId)).toMatchObject({
      status: "awaiting_return",
      type: "exchange",
      deadlineAction: "auto_close",
    });
  });

  test("a ruling refund above the paid amount is an error", async () => {
    const t = await applied({ reason: "wrong_item" });
    const r = await deliverAll(db, shop, [
      ev(shop, "ticket.escalated", ref(t), 10),
      ev(
        shop,
        "platform.ruling",
        { ...ref(t), responsibility: "merchant", result: "refund", amountFen: 99_999, note: "x" },
        20,
      ),
    ]);
    expect(r).toEqual({ processed: 1, failed: 1 });
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({ status: "platform_intervention" });
  });
});

describe("interception.result (SPEC §3 拦截中)", () => {
  test("success refunds the requested amount", async () => {
    const t = await applied({ requestedFen: 12_000 });
    await forceTicket(db, t.id, { status: "intercepting", deadlineAt: min(72 * 60), deadlineAction: "back_to_review" });
    await deliverAll(db, shop, [ev(shop, "interception.result", { ...ref(t), result: "success" }, 300)]);
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({ status: "refunded", refundedFen: 12_000 });
    expect(await refundRows(t)).toHaveLength(1);
  });

  test("failure goes back to 待商家处理 with the failure noted", async () => {
    const t = await applied();
    await forceTicket(db, t.id, { status: "intercepting", deadlineAt: min(72 * 60), deadlineAction: "back_to_review" });
    await deliverAll(db, shop, [
      ev(shop, "interception.result", { ...ref(t), result: "failed", note: "已派送，无法拦截" }, 300),
    ]);
    const after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({ status: "pending_review", interceptionFailed: true, deadlineAction: "auto_refund" });
    expect(after.deadlineAt?.toISOString()).toBe(at(300 + 48 * 60));
    const last = (await timeline(t)).at(-1);
    expect(last).toMatchObject({
      action: "logistics.interception_failed",
      why: "已派送，无法拦截",
      actorKind: "logistics",
    });
  });
});

test("an event naming a ticket under the wrong order is refused", async () => {
  const t = await applied();
  const e = ev(shop, "ticket.cancelled", { externalId: t.externalId, orderId: "o_t1" }, 5);
  expect(await deliverAll(db, shop, [e])).toEqual({ processed: 0, failed: 1 });
  expect((await eventErrors(db)).find((x) => x.id === e.id)?.error).toContain("data.orderId");
});
