// Today's stored facts (the worker's ~30 s refresh): they equal the live computation, the charts read them while
// fresh, and fall back to today's raw rows when they are missing, too old or of another day.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import { at, createOrder, createShop, createTicket, DAY, HOUR, MIN } from "../tickets/actions/test-fixtures";
import { dayOf } from "./days";
import type { FactsByKey } from "./facts";
import { isEmpty } from "./facts";
import { clearLiveCache, computeDay, liveDay, rollupFreshness } from "./query";
import { runRollups } from "./rollup";
import { refreshDueToday, refreshToday, storedToday, TODAY_MAX_AGE_MS } from "./today-store";

const { db } = await useTestDb();
const now = at(0); // 10:00 in Shanghai
const today = dayOf(now);

/** The non-empty facts per dimension value (a stored day keeps no empty rows). */
const factsOf = (f: FactsByKey) =>
  Object.fromEntries([...f.entries()].filter((e) => !isEmpty(e.facts)).map((e) => [`${e.dim}|${e.key}`, e.facts]));

const todayTickets = async (shopId: string, t: Date) => {
  clearLiveCache();
  return (await liveDay(db, shopId, dayOf(t), t)).get("all", "")?.c.tickets ?? 0;
};

async function shopWithToday() {
  const f = await createShop(db);
  const o = await createOrder(db, f, { paidAt: at(-2 * HOUR), promisedShipBy: at(46 * HOUR), carrier: "中通" });
  await createTicket(db, f, o, { appliedAt: at(-HOUR), reason: "damaged" });
  await createTicket(db, f, o, { appliedAt: at(-30 * MIN), firstDecisionAt: at(-20 * MIN) });
  return { f, o };
}

describe("today's stored facts", () => {
  it("equal the live computation, and the charts read them while fresh", async () => {
    const { f, o } = await shopWithToday();
    expect(await storedToday(db, f.shopId, today, now)).toBeNull(); // missing: live
    expect(await todayTickets(f.shopId, now)).toBe(2);
    expect((await rollupFreshness(db, f.shopId, now)).todayAt).toBeNull();

    await refreshToday(db, f.shopId, now);
    const stored = await storedToday(db, f.shopId, today, now);
    expect(stored?.at).toEqual(now);
    expect(factsOf(stored?.facts as FactsByKey)).toEqual(factsOf(await computeDay(db, f.shopId, today, now)));
    expect(Object.keys(factsOf(stored?.facts as FactsByKey))).toContain("reason|damaged");

    // A ticket after the refresh is not in the stored facts until the next one; the page says as of when.
    await createTicket(db, f, o, { appliedAt: at(-MIN) });
    const soon = new Date(now.getTime() + 20_000);
    expect(await todayTickets(f.shopId, soon)).toBe(2);
    expect((await rollupFreshness(db, f.shopId, soon)).todayAt).toEqual(now);
  });

  it("fall back to the live computation when stale or of another day", async () => {
    const { f, o } = await shopWithToday();
    await refreshToday(db, f.shopId, now);
    await createTicket(db, f, o, { appliedAt: at(-MIN) });
    const late = new Date(now.getTime() + TODAY_MAX_AGE_MS + 1000); // the worker stopped refreshing
    expect(await storedToday(db, f.shopId, today, late)).toBeNull();
    expect(await todayTickets(f.shopId, late)).toBe(3);
    expect((await rollupFreshness(db, f.shopId, late)).todayAt).toBeNull();
    // Just after midnight, yesterday's refresh does not stand for the new day.
    const tomorrow = at(14 * HOUR + MIN); // 00:01 the next day
    expect(await storedToday(db, f.shopId, dayOf(tomorrow), tomorrow)).toBeNull();
    // The worker catches up: due shops are refreshed and read again.
    expect(await refreshDueToday(db, async () => late)).toBeGreaterThanOrEqual(1);
    expect(await todayTickets(f.shopId, late)).toBe(3);
    expect((await storedToday(db, f.shopId, today, late))?.at).toEqual(late);
  });

  it("an earlier computation never overwrites a later one; the rollup passes leave today alone", async () => {
    const { f, o } = await shopWithToday();
    await refreshToday(db, f.shopId, now);
    await createTicket(db, f, o, { appliedAt: at(-MIN) });
    expect(await refreshToday(db, f.shopId, new Date(now.getTime() - 10_000))).toBe(0);
    expect(await runRollups(db, { now, shopId: f.shopId })).toBe(1); // the full pass, up to yesterday
    expect((await storedToday(db, f.shopId, today, now))?.facts.get("all", "")?.c.tickets).toBe(2);
    const [row] = await db.execute<{ n: number }>(
      sql`select count(*)::int n from metric_rollups where shop_id = ${f.shopId} and day = ${dayOf(at(-DAY))}`,
    );
    expect(row?.n).toBe(0); // nothing yesterday: no empty rows either
  });
});
