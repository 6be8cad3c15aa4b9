// Histogram blocks: how a range is cut into blocks and days, and that reading blocks gives exactly what reading
// the days gives — with every block built, with some missing, and after a past day changed.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { metricRollupBlocks, tickets } from "../../db/schema";
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
import { blockEnd, blocksTouching, planRange, readHists } from "./blocks";
import { addDays, dayCount, dayOf } from "./days";
import { type HistFact, histFacts } from "./facts";
import { rebuildDays, runRollups } from "./rollup";

describe("planRange", () => {
  it("covers every day of a range exactly once, blocks aligned on Mondays, at most six days at each edge", () => {
    for (let from = "2026-01-01"; from <= "2026-03-01"; from = addDays(from, 3)) {
      for (const len of [1, 6, 7, 13, 27, 28, 29, 60, 90, 366]) {
        const r = { from, to: addDays(from, len - 1) };
        const plan = planRange(r);
        const seen = new Map<string, number>();
        const mark = (d: string) => seen.set(d, (seen.get(d) ?? 0) + 1);
        for (const b of plan.blocks) {
          expect(new Date(`${b.start}T00:00:00Z`).getUTCDay(), b.start).toBe(1);
          expect([7, 28]).toContain(b.days);
          for (let d = b.start; d <= blockEnd(b); d = addDays(d, 1)) mark(d);
        }
        for (const s of plan.days) for (let d = s.from; d <= s.to; d = addDays(d, 1)) mark(d);
        expect(seen.size, `${from}+${len}`).toBe(len);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect([...seen.keys()].sort()[0]).toBe(r.from);
        for (const s of plan.days) expect(dayCount(s.from, s.to)).toBeLessThanOrEqual(27);
        const looseDays = plan.days.reduce((n, s) => n + dayCount(s.from, s.to), 0);
        if (len >= 13) expect(looseDays).toBeLessThanOrEqual(12);
        if (len >= 90) expect(plan.blocks.filter((b) => b.days === 28).length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("an empty range has nothing to read", () => {
    expect(planRange({ from: "2026-03-02", to: "2026-03-01" })).toEqual({ blocks: [], days: [] });
  });
});

describe("blocksTouching", () => {
  it("lists the blocks of both sizes around the days, only those wholly before today", () => {
    // 2026-11-16 is a Monday; the 28-day block around it started 2026-10-26 (28-day blocks count from 1970-01-05).
    const both = [
      { days: 28, start: "2026-10-26" },
      { days: 7, start: "2026-11-16" },
    ];
    expect(blocksTouching({ from: "2026-11-16", to: "2026-11-16" }, "2026-11-30")).toEqual(both);
    expect(blocksTouching({ from: "2026-11-16", to: "2026-11-16" }, "2026-11-23")).toEqual(both);
    expect(blocksTouching({ from: "2026-11-16", to: "2026-11-16" }, "2026-11-22")).toEqual([]);
    expect(blocksTouching({ from: "2026-11-09", to: "2026-11-10" }, "2026-11-16")).toEqual([
      { days: 7, start: "2026-11-09" },
    ]);
  });
});

const { db } = await useTestDb();

describe("readHists on the rollups", () => {
  const now = at(0);
  const today = dayOf(now);
  const range = { from: addDays(today, -60), to: addDays(today, -1) };
  let f: ShopFixture;

  beforeAll(async () => {
    f = await createShop(db);
    const order = await createOrder(db, f, { paidAt: at(-70 * DAY), promisedShipBy: at(-69 * DAY) });
    // A ticket every ~11 hours over 65 days, decided after 1 min … 3 days, some by an agent.
    for (let i = 0; i < 140; i++) {
      const applied = -65 * DAY + i * 11 * HOUR;
      await createTicket(db, f, order, {
        appliedAt: at(applied),
        firstDecisionAt: at(applied + ((i * 37) % 4300) * 60_000),
        assigneeId: i % 3 ? f.handler.id : null,
      });
    }
    expect(await runRollups(db, { now, shopId: f.shopId })).toBe(1);
  });

  it("the full pass built every block wholly in the past, marked by its (all, '') row", async () => {
    const built = await db
      .select({ days: metricRollupBlocks.days, start: metricRollupBlocks.startDay })
      .from(metricRollupBlocks)
      .where(and(eq(metricRollupBlocks.shopId, f.shopId), eq(metricRollupBlocks.dim, "all")));
    expect(built.length).toBeGreaterThan(8);
    for (const b of built) expect(blockEnd(b) < today).toBe(true);
  });

  it("gives the same histograms as the days alone, per key", async () => {
    const fromBlocks = await readHists(db, f.shopId, range, "agent", histFacts);
    const fromDays = await readWithoutBlocks("agent");
    expect(fromBlocks).toEqual(fromDays);
    const total = Object.values(fromBlocks.get(f.handler.id)?.decided ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50);
    expect(await readHists(db, f.shopId, range, "all", histFacts)).toEqual(await readWithoutBlocks("all"));
  });

  it("reads the days of a block that is not built", async () => {
    const want = await readWithoutBlocks("all");
    const [some] = await db
      .select({ start: metricRollupBlocks.startDay })
      .from(metricRollupBlocks)
      .where(and(eq(metricRollupBlocks.shopId, f.shopId), eq(metricRollupBlocks.days, 28)))
      .limit(1);
    await db
      .delete(metricRollupBlocks)
      .where(and(eq(metricRollupBlocks.shopId, f.shopId), eq(metricRollupBlocks.startDay, some?.start ?? "")));
    expect(await readHists(db, f.shopId, range, "all", histFacts)).toEqual(want);
  });

  it("a past day rebuilt rewrites its blocks in the same pass", async () => {
    const before = await readHists(db, f.shopId, range, "all", ["decided"]);
    await db
      .update(tickets)
      .set({ firstDecisionAt: sql`applied_at + interval '9 hours 5 minutes'` })
      .where(
        and(eq(tickets.shopId, f.shopId), sql`applied_at >= ${at(-20 * DAY - 10 * HOUR).toISOString()}::timestamptz`),
      );
    await rebuildDays(db, f.shopId, addDays(today, -25), addDays(today, -1), now);
    const after = await readHists(db, f.shopId, range, "all", ["decided"]);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await readWithoutBlocks("all", ["decided"]));
    expect(after.get("")?.decided["545"]).toBeGreaterThan(0);
  });

  /** The same read with no blocks at all (in a transaction rolled back): every day from metric_rollups. */
  async function readWithoutBlocks(dim: "all" | "agent", hs: readonly HistFact[] = histFacts) {
    let got: Awaited<ReturnType<typeof readHists>> | undefined;
    await db
      .transaction(async (tx) => {
        await tx.delete(metricRollupBlocks).where(eq(metricRollupBlocks.shopId, f.shopId));
        got = await readHists(tx, f.shopId, range, dim, hs);
        tx.rollback();
      })
      .catch(() => {});
    if (!got) throw new Error("no read");
    return got;
  }
});
