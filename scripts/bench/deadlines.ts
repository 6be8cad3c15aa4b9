// 100,000 deadlines due at once, applied by two concurrent workers; each exactly once.
import { and, eq, like, sql } from "drizzle-orm";
import { createDb, type Db } from "../../db/client";
import { refunds, ticketEvents, tickets } from "../../db/schema";
import { applyDueDeadlines } from "../../server/timers/apply-due";
import { seedDueTickets } from "../../server/timers/seed-due";

export type DeadlineResult = { due: number; seconds: number; appliedOnce: boolean };

export async function benchDeadlines(
  url: string,
  db: Db,
  shop: { id: string },
  count: number,
): Promise<DeadlineResult> {
  const dueAt = new Date();
  const refunding = await seedDueTickets(
    db,
    { shopId: shop.id, buyerId: `${shop.id}_b1`, productId: `${shop.id}_p1`, skuId: `${shop.id}_s1` },
    count,
    dueAt,
  );
  await db.execute(sql`analyze tickets`);
  const now = new Date(dueAt.getTime() + 60_000);
  const t = performance.now();
  await Promise.all(
    [createDb(url, 1), createDb(url, 1)].map(async (w) => {
      while ((await applyDueDeadlines(w.db, { now, shopId: shop.id })) > 0) {}
      await w.sql.end();
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  const prefix = `due_${shop.id}_%`;
  const [ev] = await db
    .select({ events: sql<number>`count(*)::int`, tickets: sql<number>`count(distinct ${ticketEvents.ticketId})::int` })
    .from(ticketEvents)
    .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
    .where(and(like(tickets.externalId, prefix), like(ticketEvents.action, "platform_timer.%")));
  const [rf] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(refunds)
    .innerJoin(tickets, eq(tickets.id, refunds.ticketId))
    .where(like(tickets.externalId, prefix));
  const [still] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(and(like(tickets.externalId, prefix), sql`${tickets.deadlineAt} <= ${now.toISOString()}::timestamptz`));
  // Clean up so a re-run measures the same backlog.
  await db.execute(sql`delete from tickets where shop_id = ${shop.id} and external_id like ${prefix}`);
  await db.execute(sql`delete from orders where shop_id = ${shop.id} and id like ${prefix}`);
  return {
    due: count,
    seconds,
    appliedOnce: ev?.events === count && ev?.tickets === count && rf?.n === refunding && still?.n === 0,
  };
}
