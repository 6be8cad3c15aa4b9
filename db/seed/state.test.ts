// `npm start` seeds the demo shops once, and redoes a seed that was cut short (Ctrl-C, a crash) instead of
// keeping a half-filled demo shop for good; a database with the operator's own shops is left alone.
import { count, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { useTestDb } from "../../tests/db";
import { demoSeedRuns, shops, tickets, user } from "../schema";
import { DEMO_SHOP_ID } from "./accounts";
import { demoShops } from "./base";
import { seedDemo } from "./demo";
import { demoSeedStatus } from "../../server/shops/demo-seed";
import { markSeedFailed, prepareDemoSeed, readSeedState, type SeedState, seedDecision } from "./state";

const { db } = await useTestDb();
const demoIds = demoShops.map((s) => s.id);
const small = { orders: 80, otherOrders: 20, end: Math.floor(Date.now() / 60_000) * 60_000 };

describe("seedDecision", () => {
  const none: SeedState = { runs: [], shops: 0, demoTickets: 0, demoShopExists: false };
  test.each<[string, SeedState, ReturnType<typeof seedDecision>]>([
    ["an empty database is seeded", none, "seed"],
    ["a finished seed is left alone", { ...none, runs: [{ finished: true }, { finished: true }], shops: 2 }, "skip"],
    [
      "a seed cut short is redone",
      { ...none, runs: [{ finished: false }, { finished: false }], shops: 2, demoShopExists: true, demoTickets: 40 },
      "redo",
    ],
    ["a seed cut short before any ticket is redone", { ...none, runs: [{ finished: false }], shops: 2 }, "redo"],
    ["the operator's own shops (no demo shop) are left alone", { ...none, shops: 3 }, "skip"],
    [
      "a demo shop seeded before the record existed, with its tickets, is left alone",
      { ...none, shops: 2, demoShopExists: true, demoTickets: 900 },
      "skip",
    ],
    [
      "a demo shop seeded before the record existed and stopped before any ticket is redone",
      { ...none, shops: 2, demoShopExists: true, demoTickets: 0 },
      "redo",
    ],
  ])("%s", (_, state, decision) => {
    expect(seedDecision(state)).toBe(decision);
  });
});

/** Rows of the demo shops left in any table that has a shop_id column. */
async function demoRowsLeft(): Promise<Record<string, number>> {
  const tables = await db.execute<{ table_name: string }>(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'shop_id' order by table_name`);
  const left: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where shop_id in ${demoIds}`,
    );
    if (row && row.n > 0) left[table_name] = row.n;
  }
  return left;
}
const demoTickets = async () =>
  (await db.select({ n: count() }).from(tickets).where(eq(tickets.shopId, DEMO_SHOP_ID)))[0]?.n ?? 0;

describe("prepareDemoSeed on a real database", () => {
  test("empty: seed; finished: skip; cut short: the demo shops are wiped and the next seed finishes", async () => {
    expect(await prepareDemoSeed(db)).toBe("seed");
    await seedDemo(db, small);
    const runs = await db.select().from(demoSeedRuns);
    expect(runs.map((r) => [r.shopId, r.progress, r.finishedAt !== null]).sort()).toEqual(
      demoIds.map((id) => [id, 100, true]).sort(),
    );
    const seeded = await demoTickets();
    expect(seeded).toBeGreaterThan(0);
    expect(await prepareDemoSeed(db)).toBe("skip");
    expect(await demoTickets()).toBe(seeded);

    // As a Ctrl-C leaves it: the record written with the shops, never finished.
    await db.update(demoSeedRuns).set({ finishedAt: null, progress: 37 });
    expect(seedDecision(await readSeedState(db))).toBe("redo");
    expect(await prepareDemoSeed(db)).toBe("redo");
    expect(await demoRowsLeft()).toEqual({});
    expect(await db.select().from(shops).where(inArray(shops.id, demoIds))).toEqual([]);
    // The demo users stay, to be reused by the next seed.
    expect((await db.select({ n: count() }).from(user))[0]?.n).toBeGreaterThan(0);

    await seedDemo(db, small);
    expect(await demoTickets()).toBe(seeded);
    expect(await prepareDemoSeed(db)).toBe("skip");
  }, 300_000);
});

describe("a seed that fails (the demo shops of the test above, finished)", () => {
  test("npm start marks its unfinished records failed: the workbench says so, finished shops stay done, the next start redoes it", async () => {
    const [first, second] = demoIds as [string, string];
    expect(await demoSeedStatus(db, first)).toEqual({ running: false, progress: 100, failed: false });
    await db.update(demoSeedRuns).set({ finishedAt: null, progress: 62 }).where(eq(demoSeedRuns.shopId, first));
    expect(await demoSeedStatus(db, first)).toEqual({ running: true, progress: 62, failed: false });

    await markSeedFailed(db);
    expect(await demoSeedStatus(db, first)).toEqual({ running: false, progress: 0, failed: true });
    expect(await demoSeedStatus(db, second)).toEqual({ running: false, progress: 100, failed: false });
    expect(await demoSeedStatus(db, "a-shop-the-seed-never-made")).toEqual({
      running: false,
      progress: 100,
      failed: false,
    });
    expect(await prepareDemoSeed(db)).toBe("redo");
  });
});
