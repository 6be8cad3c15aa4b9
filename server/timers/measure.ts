// How fast the platform timer applies a backlog: `npx tsx server/timers/measure.ts [count] [workers]` against
// DATABASE_URL (migrated here if needed). Seeds `count` due tickets (default 100,000) in a throw-away shop,
// applies them with `workers` concurrent runs (default 1), checks each was applied exactly once, cleans up.
import { and, count, eq, like, sql } from "drizzle-orm";
import { createDb } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { refunds, shops, ticketEvents, tickets } from "../../db/schema";
import { createShop } from "../tickets/actions/test-fixtures";
import { applyDueDeadlines } from "./apply-due";
import { seedDueTickets } from "./seed-due";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const total = Number(process.argv[2] ?? 100_000);
  const workers = Number(process.argv[3] ?? 1);
  await runMigrations(url);
  const { db, sql: client } = createDb(url, workers + 2);
  const f = await createShop(db);
  try {
    const dueAt = new Date();
    let t = performance.now();
    const refunding = await seedDueTickets(db, f, total, dueAt);
    await db.execute(sql`analyze tickets`);
    console.log(`seeded ${total} due tickets in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const now = new Date(dueAt.getTime() + 60_000);
    const runs = await Promise.all(
      Array.from({ length: workers }, () => createDb(url, 1)).map(async (w) => {
        try {
          return await applyDueDeadlines(w.db, { now, shopId: f.shopId, batchSize: 500 });
        } finally {
          await w.sql.end();
        }
      }),
    );
    const seconds = (performance.now() - t) / 1000;
    const applied = runs.reduce((a, b) => a + b, 0);
    console.log(
      `applied ${applied} due deadlines with ${workers} worker(s) in ${seconds.toFixed(2)} s ` +
        `(${Math.round(applied / seconds)} per second; per worker: ${runs.join(", ")})`,
    );

    const [events] = await db
      .select({ n: sql<number>`count(distinct ${ticketEvents.ticketId})::int`, all: count() })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.shopId, f.shopId), like(ticketEvents.action, "platform_timer.%")));
    const [paid] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, f.shopId));
    const [left] = await db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.shopId, f.shopId), sql`${tickets.deadlineAt} <= ${now.toISOString()}::timestamptz`));
    const ok = applied === total && events.n === total && events.all === total && paid.n === refunding && left.n === 0;
    console.log(
      `check: ${events.all} timer events on ${events.n} tickets, ${paid.n}/${refunding} refunds, ${left.n} still due → ${ok ? "OK" : "MISMATCH"}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    if (!process.argv.includes("--keep")) await db.delete(shops).where(eq(shops.id, f.shopId));
    await client.end();
  }
}
void main();
