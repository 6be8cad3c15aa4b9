// Several workers may run the timer at once (FOR UPDATE SKIP LOCKED): every due deadline is applied exactly once.
import { and, count, eq, like, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { refunds, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { at, createShop, DAY } from "../tickets/actions/test-fixtures";
import { applyDueDeadlines } from "./apply-due";
import { seedDueTickets } from "./seed-due";

const { db, url } = await useTestDb();
const workers = [createDb(url, 2), createDb(url, 2)];
afterAll(() => Promise.all(workers.map((w) => w.sql.end())));

it("two concurrent runs over 1,000 due tickets apply each exactly once", async () => {
  const f = await createShop(db);
  const refunding = await seedDueTickets(db, f, 1_000, at(0));
  const now = at(DAY);
  const [a, b] = await Promise.all(
    workers.map((w) => applyDueDeadlines(w.db, { now, batchSize: 50, shopId: f.shopId })),
  );
  expect(a + b).toBe(1_000);
  const perTicket = await db
    .select({ ticketId: ticketEvents.ticketId, n: count() })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.shopId, f.shopId), like(ticketEvents.action, "platform_timer.%")))
    .groupBy(ticketEvents.ticketId);
  expect(perTicket).toHaveLength(1_000);
  expect(perTicket.every((r) => r.n === 1)).toBe(true);
  const [r] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, f.shopId));
  expect(r.n).toBe(refunding);
  const [left] = await db
    .select({ n: count() })
    .from(tickets)
    .where(and(eq(tickets.shopId, f.shopId), sql`${tickets.deadlineAt} <= ${now.toISOString()}::timestamptz`));
  expect(left.n).toBe(0);
  expect(await applyDueDeadlines(db, { now, shopId: f.shopId })).toBe(0);
});
