// The rollup job: which pass runs when, one worker per shop at a time, rows that arrive with old dates, and the
// current day read live from today's rows when the worker has not stored it (today-store.test.ts).
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { metricRollupState, metricRollups } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  DAY,
  HOUR,
  type ShopFixture,
} from "../tickets/actions/test-fixtures";
import { addDays, dayOf } from "./days";
import { clearLiveCache, periodByDay } from "./query";
import { passEvery, ROLLUP_VERSION, requestFullRebuild, rollupInFlight, rollupTask, runRollups } from "./rollup";

const { db } = await useTestDb();
const now = at(0); // fixtures' T0: 10:00 in Shanghai
let f: ShopFixture;

const state = async (shopId: string) =>
  (await db.select().from(metricRollupState).where(eq(metricRollupState.shopId, shopId)))[0];
const rolledTickets = async (shopId: string, day: string) =>
  (
    await db.execute<{ n: number }>(
      sql`select coalesce(sum(tickets), 0)::int n from metric_rollups where shop_id = ${shopId} and dim = 'all' and day = ${day}`,
    )
  )[0]?.n;

beforeAll(async () => {
  f = await createShop(db);
  const o = await createOrder(db, f, { paidAt: at(-10 * DAY), promisedShipBy: at(-8 * DAY) });
  await createTicket(db, f, o, { appliedAt: at(-9 * DAY) });
  await createTicket(db, f, o, { appliedAt: at(-9 * DAY + HOUR) });
});

describe("runRollups", () => {
  it("builds a new shop in full, then runs nothing until a pass is due", async () => {
    expect(await runRollups(db, { now, shopId: f.shopId })).toBe(1);
    const s = await state(f.shopId);
    expect(s).toMatchObject({ version: ROLLUP_VERSION, fullAt: now, windowAt: now, recentAt: now, claimedUntil: null });
    expect(await rolledTickets(f.shopId, dayOf(at(-9 * DAY)))).toBe(2);
    expect(await runRollups(db, { now: new Date(now.getTime() + passEvery.recent - 1), shopId: f.shopId })).toBe(0);
  });

  it("recent every 5 min, window every hour, full every day", async () => {
    const t1 = new Date(now.getTime() + passEvery.recent);
    expect(await runRollups(db, { now: t1, shopId: f.shopId })).toBe(1);
    expect(await state(f.shopId)).toMatchObject({ recentAt: t1, windowAt: now, fullAt: now });
    const t2 = new Date(now.getTime() + passEvery.window);
    expect(await runRollups(db, { now: t2, shopId: f.shopId })).toBe(1);
    expect(await state(f.shopId)).toMatchObject({ recentAt: t2, windowAt: t2, fullAt: now });
    const t3 = new Date(now.getTime() + passEvery.full);
    expect(await runRollups(db, { now: t3, shopId: f.shopId })).toBe(1);
    expect(await state(f.shopId)).toMatchObject({ fullAt: t3 });
  });

  it("a holiday/报备 request is one full pass; a shop claimed by another worker is left alone", async () => {
    const t = new Date(now.getTime() + passEvery.full + 60_000);
    await requestFullRebuild(db, f.shopId, t);
    await db
      .update(metricRollupState)
      .set({ claimedUntil: new Date(t.getTime() + 60_000) })
      .where(eq(metricRollupState.shopId, f.shopId));
    expect(await runRollups(db, { now: t, shopId: f.shopId })).toBe(0);
    await db.update(metricRollupState).set({ claimedUntil: null }).where(eq(metricRollupState.shopId, f.shopId));
    expect(await runRollups(db, { now: t, shopId: f.shopId })).toBe(1);
    expect(await state(f.shopId)).toMatchObject({ fullAt: t, fullRequestedAt: null });
    expect(await runRollups(db, { now: t, shopId: f.shopId })).toBe(0);
  });

  it("rows that arrive with an old date are found by the count check of the next recent pass", async () => {
    const t = new Date(now.getTime() + passEvery.full + 10 * passEvery.recent);
    const old = dayOf(at(-60 * DAY));
    const o = await createOrder(db, f, { paidAt: at(-60 * DAY), promisedShipBy: at(-58 * DAY) });
    await createTicket(db, f, o, { appliedAt: at(-60 * DAY) });
    expect(await rolledTickets(f.shopId, old)).toBe(0);
    expect(await runRollups(db, { now: t, shopId: f.shopId })).toBe(1);
    expect(await rolledTickets(f.shopId, old)).toBe(1);
  });

  it("the worker task returns at once (0) and runs the pass beside the other tasks", async () => {
    const g = await createShop(db);
    await createTicket(db, g, await createOrder(db, g), { appliedAt: at(-2 * DAY) });
    expect(await rollupTask(db)(now)).toBe(0);
    await rollupInFlight();
    // Some shop was built on that tick; within a few ticks this one is too.
    for (let i = 0; i < 20 && !(await state(g.shopId))?.fullAt; i++) {
      await rollupTask(db)(now);
      await rollupInFlight();
    }
    expect(await rolledTickets(g.shopId, dayOf(at(-2 * DAY)))).toBe(1);
    const theirs = await db.select().from(metricRollups).where(eq(metricRollups.shopId, g.shopId));
    expect(theirs.every((r) => r.tickets <= 1)).toBe(true);
  });
});

describe("the current day", () => {
  it("is read live from today's rows, past days from the rollups", async () => {
    const g = await createShop(db);
    await runRollups(db, { now, shopId: g.shopId });
    const o = await createOrder(db, g, { paidAt: at(-HOUR), promisedShipBy: at(47 * HOUR) });
    await createTicket(db, g, o, { appliedAt: at(-HOUR / 2) });
    clearLiveCache();
    const week = { from: addDays(dayOf(now), -6), to: dayOf(now) };
    const { byDay, total } = await periodByDay(db, g.shopId, week, now);
    expect(byDay.size).toBe(7);
    expect(byDay.get(dayOf(now))?.c).toMatchObject({ tickets: 1, orders: 1 });
    expect(total.c.tickets).toBe(1);
    // The passes stop at yesterday and no today refresh ran: the number came from the live read.
    expect(await rolledTickets(g.shopId, dayOf(now))).toBe(0);
  });
});
