// A worker killed mid-batch (SIGKILL) leaves nothing half-applied, and a restart applies the rest: every due
// deadline exactly once. To kill it deterministically inside a batch, the test lets the first batches commit,
// then holds a lock on ticket_events so the next batch blocks after it has updated its tickets and written its
// refund rows but before it commits — and kills the process there.
import { type ChildProcess, spawn } from "node:child_process";
import { and, count, eq, like, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, expect, it } from "vitest";
import { refunds, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { at, createShop, DAY } from "../tickets/actions/test-fixtures";
import { applyDueDeadlines } from "./apply-due";
import { seedDueTickets } from "./seed-due";

const { db, url } = await useTestDb();
const blocker = postgres(url, { max: 1, onnotice: () => {} });
afterAll(() => blocker.end());

const TOTAL = 5_000;
const BATCH = 200;

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

it("SIGKILL mid-batch, then restart: every due deadline applied exactly once", async () => {
  const f = await createShop(db);
  const refunding = await seedDueTickets(db, f, TOTAL, at(0));
  const now = at(DAY);
  const timerEvents = async () => {
    const [r] = await db
      .select({ n: count() })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.shopId, f.shopId), like(ticketEvents.action, "platform_timer.%")));
    return r.n;
  };
  const changedTickets = async () => {
    const [r] = await db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.shopId, f.shopId), sql`${tickets.version} > 1`));
    return r.n;
  };
  const appName = `timer-child-${f.shopId}`;
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would not reach.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/timers/kill-test-child.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: url,
      APP_NAME: appName,
      TIMER_NOW: now.toISOString(),
      BATCH_SIZE: String(BATCH),
      SHOP_ID: f.shopId,
    },
    stdio: ["ignore", "ignore", "inherit"], // its errors show in the test output
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  try {
    // Let some batches commit, then make the next one block mid-way.
    await until("the first committed batch", async () => (await timerEvents()) > 0);
    await blocker.unsafe("begin");
    await blocker.unsafe("lock table ticket_events in exclusive mode");
    // No fixed sleep: wait until the child's next batch is seen waiting on that lock.
    const backend = await until("the child blocked inside a batch", async () => {
      // Asked on another connection: inside the blocker's transaction pg_stat_activity is a frozen snapshot.
      const rows = await db.execute<{ pid: number }>(sql`
        select pid from pg_stat_activity
        where application_name = ${appName} and wait_event_type = 'Lock' and state = 'active'`);
      return rows[0]?.pid;
    });
    const committed = await timerEvents();
    expect(committed % BATCH).toBe(0);
    expect(committed).toBeLessThan(TOTAL);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    await blocker.unsafe("rollback");
    await until("the killed worker's transaction to end", async () => {
      const rows = await db.execute(sql`select 1 from pg_stat_activity where pid = ${backend}`);
      return rows.length === 0;
    });
    // Nothing of the killed batch survived: not its ticket updates, not its refunds, not its events.
    expect(await timerEvents()).toBe(committed);
    expect(await changedTickets()).toBe(committed);
    const [paid] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, f.shopId));
    const [refundedTickets] = await db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.shopId, f.shopId), eq(tickets.status, "refunded")));
    expect(paid.n).toBe(refundedTickets.n);

    // Restart: the rest, and only the rest.
    expect(await applyDueDeadlines(db, { now, shopId: f.shopId, batchSize: BATCH })).toBe(TOTAL - committed);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await blocker.unsafe("rollback").catch(() => {});
  }
  const perTicket = await db
    .select({ n: count() })
    .from(ticketEvents)
    .where(and(eq(ticketEvents.shopId, f.shopId), like(ticketEvents.action, "platform_timer.%")))
    .groupBy(ticketEvents.ticketId);
  expect(perTicket).toHaveLength(TOTAL);
  expect(perTicket.every((r) => r.n === 1)).toBe(true);
  const [paid] = await db.select({ n: count() }).from(refunds).where(eq(refunds.shopId, f.shopId));
  expect(paid.n).toBe(refunding);
  expect(await applyDueDeadlines(db, { now, shopId: f.shopId })).toBe(0);
});
