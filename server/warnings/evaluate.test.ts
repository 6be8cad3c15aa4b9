// 预警中心 on a real database: each condition opens a warning, a lasting one is refreshed (not duplicated), an ended
// one clears itself; acknowledging records who; thresholds are per shop and re-evaluate at once.
import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { filings, orders, ratings, refunds, shopSettings, tickets, warnings } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { clearLiveCache } from "../metrics/query";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  DAY,
  domainError,
  HOUR,
  inTransit,
  type ShopFixture,
} from "../tickets/actions/test-fixtures";
import { acknowledgeWarning } from "./acknowledge";
import { EVALUATE_EVERY_MS, evaluateShop, evaluateWarnings } from "./evaluate";
import { listWarnings } from "./list";
import { getThresholds, updateThresholds } from "./thresholds";

const { db } = await useTestDb();
const now = at(0);
let f: ShopFixture;

const active = async (shopId = f.shopId) =>
  db
    .select()
    .from(warnings)
    .where(and(eq(warnings.shopId, shopId), isNull(warnings.clearedAt)));
const kinds = async () => (await active()).map((w) => `${w.kind}:${w.subject}`).sort();
const evaluate = async (t = now) => {
  clearLiveCache();
  return evaluateShop(db, f.shopId, t);
};

beforeEach(async () => {
  f = await createShop(db);
});

describe("warning conditions open and clear themselves", () => {
  it("tickets about to time out: opens, refreshes without duplicating, clears when handled", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), { deadlineAt: at(2 * HOUR) });
    expect(await evaluate()).toMatchObject({ opened: 1, cleared: 0 });
    expect(await kinds()).toEqual(["ticketsAboutToTimeout:"]);
    expect((await active())[0]).toMatchObject({ count: 1, firstSeenAt: now, data: { withinHours: 6 } });
    await evaluate(new Date(now.getTime() + 60_000));
    expect(await active()).toHaveLength(1);
    await db.update(tickets).set({ deadlineAt: null, status: "refunded" }).where(eq(tickets.id, t.id));
    expect(await evaluate(new Date(now.getTime() + 120_000))).toMatchObject({ cleared: 1 });
    expect(await active()).toEqual([]);
  });

  it("orders about to miss shipping, unless a 报备 covers them; parcels not collected for 24 h", async () => {
    const due = await createOrder(db, f, { paidAt: at(-44 * HOUR), promisedShipBy: at(4 * HOUR) });
    await createOrder(db, f, { paidAt: at(-10 * HOUR), promisedShipBy: at(38 * HOUR) }); // not yet
    const parcel = await createOrder(db, f, {
      shippedAt: at(-30 * HOUR),
      logisticsStatus: "shipped_not_collected",
      carrier: "中通",
      waybill: "ZT1",
    });
    await evaluate();
    expect(await kinds()).toEqual(["notCollected:", "ordersDueSoon:"]);
    expect((await active()).find((w) => w.kind === "ordersDueSoon")).toMatchObject({
      count: 1,
      data: { orderIds: [due.id], overdue: 0 },
    });
    await db.insert(filings).values({ id: "fil_w", shopId: f.shopId, reason: "暴雨", orderIds: [due.id] });
    await db
      .update(orders)
      .set({ logisticsStatus: "collected", collectedAt: at(-HOUR) })
      .where(eq(orders.id, parcel.id));
    await evaluate(new Date(now.getTime() + 60_000));
    expect(await kinds()).toEqual([]);
  });

  it("a metric past its threshold over the last 7 days, with enough ratings; thresholds are per shop", async () => {
    const o = await createOrder(db, f, inTransit);
    for (let i = 0; i < 10; i++) {
      const t = await createTicket(db, f, o, { status: "refunded", endedAt: at(-DAY), appliedAt: at(-3 * DAY) });
      await db.insert(ratings).values({ ticketId: t.id, shopId: f.shopId, stars: i < 8 ? 5 : 1, at: at(-HOUR) });
    }
    await evaluate(); // 80% < 85%
    expect(await kinds()).toContain("metric:satisfaction");
    expect((await active()).find((w) => w.subject === "satisfaction")).toMatchObject({
      value: 0.8,
      threshold: 0.85,
      count: 10,
    });
    // The lead lowers the bar: saving re-evaluates, the warning clears without waiting for the worker.
    clearLiveCache();
    await updateThresholds(
      db,
      { shopId: f.shopId, member: f.lead, now: new Date(now.getTime() + 60_000) },
      {
        thresholds: { satisfaction: 0.75, experienceScore: null },
      },
    );
    expect(await kinds()).not.toContain("metric:satisfaction");
    const th = await getThresholds(db, { shopId: f.shopId });
    expect(th.find((r) => r.metric === "satisfaction")).toMatchObject({ threshold: 0.75, custom: true, default: 0.85 });
    expect(th.find((r) => r.metric === "experienceScore")).toMatchObject({ threshold: null, custom: true });
    expect(th.find((r) => r.metric === "shipOnTimeRate")).toMatchObject({ threshold: 0.95, custom: false });
  });

  it("the daily auto-refund cap of the strategies", async () => {
    await db.update(shopSettings).set({ dailyAutoRefundCapFen: 10_000 }).where(eq(shopSettings.shopId, f.shopId));
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      status: "refunded",
      endedAt: at(-HOUR),
    });
    await db.insert(refunds).values({
      shopId: f.shopId,
      ticketId: t.id,
      amountFen: 10_000,
      by: "strategy",
      actorName: "极速退款",
      at: at(-HOUR),
    });
    await evaluate();
    expect((await active()).find((w) => w.kind === "strategyCapReached")).toMatchObject({
      value: 10_000,
      threshold: 10_000,
    });
  });
});

describe("acknowledging", () => {
  it("records who and when, once; needs 售后处理权限; never crosses shops; a new episode starts unacknowledged", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), { deadlineAt: at(HOUR) });
    await evaluate();
    const [w, ...more] = await active();
    if (!w) throw new Error("no warning");
    expect(more).toEqual([]);
    const ctx = (m = f.handler) => ({ shopId: f.shopId, member: m, now: at(60_000) });
    expect((await domainError(acknowledgeWarning(db, ctx(f.viewer), { warningId: w.id }))).code).toBe("FORBIDDEN");
    expect(await acknowledgeWarning(db, ctx(), { warningId: w.id })).toMatchObject({
      acknowledgedBy: f.handler.id,
      acknowledgedByName: "客服小李",
      acknowledgedAt: at(60_000),
    });
    const again = await acknowledgeWarning(db, ctx(f.lead), { warningId: w.id });
    expect(again.acknowledgedByName).toBe("客服小李");
    const other = await createShop(db);
    const foreign = await domainError(
      acknowledgeWarning(db, { shopId: other.shopId, member: other.owner, now }, { warningId: w.id }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    // Acknowledged warnings stay listed (below the others) until the condition ends.
    expect((await listWarnings(db, { shopId: f.shopId, now })).active.map((x) => x.id)).toEqual([w.id]);
    await db.update(tickets).set({ deadlineAt: null }).where(eq(tickets.id, t.id));
    await evaluate(at(2 * 60_000));
    await db
      .update(tickets)
      .set({ deadlineAt: at(HOUR) })
      .where(eq(tickets.id, t.id));
    await evaluate(at(3 * 60_000));
    const [next] = await active();
    expect(next?.id).not.toBe(w.id);
    expect(next?.acknowledgedAt).toBeNull();
    const list = await listWarnings(db, { shopId: f.shopId, now: at(3 * 60_000) });
    expect(list.cleared.map((x) => x.id)).toEqual([w.id]);
  });
});

describe("thresholds and the worker task", () => {
  it("only the owner or a lead edits thresholds; out-of-range values are refused and change nothing", async () => {
    const ctx = (m = f.lead) => ({ shopId: f.shopId, member: m, now });
    expect((await domainError(updateThresholds(db, ctx(f.handler), { thresholds: { satisfaction: 0.9 } }))).code).toBe(
      "FORBIDDEN",
    );
    const bad = await domainError(updateThresholds(db, ctx(), { thresholds: { satisfaction: 1.5 } }));
    expect(bad).toMatchObject({ code: "INVALID_INPUT", details: { field: "thresholds.satisfaction" } });
    expect((await getThresholds(db, { shopId: f.shopId })).every((r) => !r.custom)).toBe(true);
    // Two leads editing different metrics: the second save keeps the first one's change.
    await updateThresholds(db, ctx(), { thresholds: { satisfaction: 0.9 } });
    await updateThresholds(db, ctx(f.owner), { thresholds: { disputeRate: null } });
    const custom = async () =>
      (await getThresholds(db, { shopId: f.shopId })).filter((r) => r.custom).map((r) => [r.metric, r.threshold]);
    expect(await custom()).toEqual([
      ["satisfaction", 0.9],
      ["disputeRate", null],
    ]);
    await updateThresholds(db, ctx(), { reset: ["satisfaction"] });
    expect(await custom()).toEqual([["disputeRate", null]]);
  });

  it("evaluates each shop at most once a minute", async () => {
    const t = at(10 * DAY);
    let n = 0;
    while ((await evaluateWarnings(db, { now: t })) > 0) n++;
    expect(n).toBeGreaterThanOrEqual(1);
    expect(await evaluateWarnings(db, { now: new Date(t.getTime() + EVALUATE_EVERY_MS - 1) })).toBe(0);
    expect(await evaluateWarnings(db, { now: new Date(t.getTime() + EVALUATE_EVERY_MS) })).toBe(1);
  });
});
