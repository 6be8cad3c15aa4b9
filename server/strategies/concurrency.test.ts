// SPEC §8 "every money movement happens exactly once": two (and more) workers, each on its own connection, never
// apply one strategy twice — and never squeeze past the daily cap together.
import { and, count, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { refunds, strategyRuns, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { T0 } from "../tickets/actions/test-fixtures";
import { evaluateTicket } from "./evaluate";
import { evaluatePendingTickets } from "./evaluate-pending";
import { enableBuiltin, refundOnly, setCap, strategyShop } from "./test-helpers";

const { db, url } = await useTestDb();
const workers = Array.from({ length: 4 }, () => createDb(url, 2));
afterAll(() => Promise.all(workers.map((w) => w.sql.end())));

async function countWhere(table: typeof refunds | typeof ticketEvents, shopId: string) {
  const [r] = await db.select({ n: count() }).from(table).where(eq(table.shopId, shopId));
  return r?.n ?? 0;
}

it("four workers over 40 matching tickets: each refunded once, one acted run and one timeline event each", async () => {
  const s = await strategyShop(db);
  await enableBuiltin(db, s, "small_amount_refund");
  for (let i = 0; i < 40; i++) await refundOnly(db, s, 100 + i, true);
  // Each worker loops like the real one until it finds nothing to do.
  const loop = async (w: (typeof workers)[number]) => {
    let total = 0;
    for (;;) {
      const n = await evaluatePendingTickets(w.db, { now: T0, shopId: s.shopId, batchSize: 7 });
      total += n;
      if (n === 0) return total;
    }
  };
  const done = await Promise.all(workers.map(loop));
  expect(done.reduce((a, b) => a + b, 0)).toBe(40);
  expect(await countWhere(refunds, s.shopId)).toBe(40);
  expect(await countWhere(ticketEvents, s.shopId)).toBe(40);
  const [acted] = await db
    .select({ n: count() })
    .from(strategyRuns)
    .where(and(eq(strategyRuns.shopId, s.shopId), eq(strategyRuns.acted, true)));
  expect(acted?.n).toBe(40);
  const [open] = await db
    .select({ n: count() })
    .from(tickets)
    .where(and(eq(tickets.shopId, s.shopId), eq(tickets.status, "pending_review")));
  expect(open?.n).toBe(0);
});

it("four workers on one ticket at the same moment: one acts, the others find it taken", async () => {
  const s = await strategyShop(db);
  await enableBuiltin(db, s, "small_amount_refund");
  const t = await refundOnly(db, s, 1_000, true);
  const results = await Promise.all(workers.map((w) => evaluateTicket(w.db, s.shopId, t.id, T0)));
  expect(results.filter((r) => r.acted !== null)).toHaveLength(1);
  const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.ticketId, t.id));
  expect(r?.n).toBe(1);
  const runs = await db.select().from(strategyRuns).where(eq(strategyRuns.ticketId, t.id));
  expect(runs.map((x) => x.outcome)).toEqual(["acted"]);
});

it("the cap holds across workers: ¥1.00 cap, 30 tickets of ¥0.10 → exactly ten refunded", async () => {
  const s = await strategyShop(db);
  await enableBuiltin(db, s, "small_amount_refund");
  await setCap(db, s, 100);
  for (let i = 0; i < 30; i++) await refundOnly(db, s, 10, true);
  await Promise.all(workers.map((w) => evaluatePendingTickets(w.db, { now: T0, shopId: s.shopId, batchSize: 30 })));
  const [sum] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, s.shopId));
  expect(sum?.n).toBe(10);
});
