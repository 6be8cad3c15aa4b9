// The rollup job (a worker task): keeps metric_rollups current per shop and Shanghai day. PERIODIC, not
// incremental, because a past day's facts keep changing for weeks (a ticket applied on Monday is refunded,
// rated or escalated days later), come from five tables of which orders and conversations have no change
// feed, and also move when a holiday or 报备 is edited. Recomputing days from the raw rows is idempotent and
// self-healing. Passes, per shop:
//   recent  every 5 min   the last 3 days, plus any day whose row counts no longer match the sources
//   window  every hour    the last 40 days (SPEC §3 chains end within ~22 days; ratings follow)
//   full    every day     every day since the shop's first data; also right after a holiday/报备 edit
// The passes stop at yesterday: today's rows are written only by the today refresh (today-store.ts, every ~30 s),
// which the charts read while it is recent, else they compute today live (query.ts).
import { and, between, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { metricRollupBlocks, metricRollupState, metricRollups } from "../../db/schema";
import { outsideBlocks, rebuildBlocks } from "./blocks";
import { insertAsJson } from "./insert-json";
import { collectFacts, firstDataDay, loadCalendar } from "./collect";
import { addDays, dayOf, dayStart } from "./days";
import { histFacts, isEmpty } from "./facts";
import { staleDays } from "./stale";

/** Bump when the facts' definitions change: every shop is then rebuilt once. */
export const ROLLUP_VERSION = 2;
const MIN = 60_000;
export const passEvery = { recent: 5 * MIN, window: 60 * MIN, full: 24 * 60 * MIN } as const;
const WINDOW_DAYS = 40;
const CHUNK_DAYS = 7;
const CLAIM_MS = 15 * MIN;

/** Serialises the writers of one shop's rollup rows (a pass and the today refresh may meet around midnight). */
const lockShopRollups = (tx: DbOrTx, shopId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`metric_rollups:${shopId}`}))`);

/**
 * Recomputes the rollup rows of [fromDay, toDay] from the raw rows; returns the number of rows written. With
 * `markToday` (the today refresh) it also records `now` as today's computed-at, unless a computation at a later
 * clock time is already stored — then it writes nothing.
 */
export async function rebuildDays(
  db: Db,
  shopId: string,
  fromDay: string,
  toDay: string,
  now: Date,
  opts: { markToday?: boolean } = {},
) {
  const calendar = await loadCalendar(db, shopId);
  let written = 0;
  for (let start = fromDay; start <= toDay; start = addDays(start, CHUNK_DAYS)) {
    const end = [addDays(start, CHUNK_DAYS - 1), toDay].sort()[0] as string;
    const facts = await collectFacts(db, {
      shopId,
      from: dayStart(start),
      to: dayStart(addDays(end, 1)),
      now,
      calendar,
    });
    const rows: (typeof metricRollups.$inferInsert)[] = [];
    for (const [day, byKey] of facts) {
      if (day < start || day > end) continue;
      for (const { dim, key, facts: f } of byKey.entries()) {
        if (isEmpty(f)) continue;
        rows.push({
          shopId,
          dim,
          day,
          key,
          ...f.c,
          ...Object.fromEntries(histFacts.map((h) => [`h_${h}`, f.h[h]])),
        } as typeof metricRollups.$inferInsert);
      }
    }
    const wrote = await db.transaction(async (tx) => {
      await lockShopRollups(tx, shopId);
      if (opts.markToday) {
        const marked = await tx
          .insert(metricRollupState)
          .values({ shopId, todayAt: now })
          .onConflictDoUpdate({
            target: metricRollupState.shopId,
            set: { todayAt: now },
            setWhere: sql`${metricRollupState.todayAt} is null or ${metricRollupState.todayAt} < ${now.toISOString()}::timestamptz`,
          })
          .returning({ shopId: metricRollupState.shopId });
        if (!marked.length) return false;
      }
      await tx
        .delete(metricRollups)
        .where(and(eq(metricRollups.shopId, shopId), between(metricRollups.day, start, end)));
      await insertAsJson(tx, metricRollups, rows);
      await rebuildBlocks(tx, shopId, { from: start, to: end }, dayOf(now));
      return true;
    });
    if (wrote) written += rows.length;
  }
  return written;
}

type Pass = "full" | "window" | "recent";
type State = typeof metricRollupState.$inferSelect;

function duePass(s: State, now: Date): Pass | null {
  const older = (at: Date | null, ms: number) => !at || now.getTime() - at.getTime() >= ms;
  if (s.version !== ROLLUP_VERSION || older(s.fullAt, passEvery.full)) return "full";
  if (s.fullRequestedAt) return "full";
  if (older(s.windowAt, passEvery.window)) return "window";
  if (older(s.recentAt, passEvery.recent)) return "recent";
  return null;
}

/** Claims one shop whose pass is due (FOR UPDATE SKIP LOCKED: several workers never build the same shop). */
async function claimDue(db: Db, now: Date, shopId?: string): Promise<State | null> {
  await db.execute(sql`insert into metric_rollup_state (shop_id) select id from shops on conflict do nothing`);
  return db.transaction(async (tx) => {
    const free = sql`(${metricRollupState.claimedUntil} is null or ${metricRollupState.claimedUntil} < ${now.toISOString()}::timestamptz)`;
    const candidates = await tx
      .select()
      .from(metricRollupState)
      .where(and(free, shopId ? eq(metricRollupState.shopId, shopId) : undefined))
      .orderBy(sql`${metricRollupState.recentAt} asc nulls first`)
      .limit(50)
      .for("update", { skipLocked: true });
    const due = candidates.find((s) => duePass(s, now));
    if (!due) return null;
    // A full pass takes the request with it; an edit made while it runs asks again and gets the next pass.
    await tx
      .update(metricRollupState)
      .set({ claimedUntil: new Date(now.getTime() + CLAIM_MS), fullRequestedAt: null })
      .where(eq(metricRollupState.shopId, due.shopId));
    return due;
  });
}

/** Runs the one due pass of one shop; returns 1 when it did, 0 when nothing is due (the worker loop's contract). */
export async function runRollups(db: Db, opts: { now: Date; shopId?: string }): Promise<number> {
  const { now } = opts;
  const state = await claimDue(db, now, opts.shopId);
  if (!state) return 0;
  const pass = duePass(state, now) ?? "recent";
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  try {
    if (pass === "full") {
      const first = await firstDataDay(db, state.shopId);
      // Day by day, so readers never see an empty shop while it rebuilds; rows outside the data go.
      await db
        .delete(metricRollups)
        .where(
          and(
            eq(metricRollups.shopId, state.shopId),
            first ? or(lt(metricRollups.day, first), gt(metricRollups.day, today)) : undefined,
          ),
        );
      await db.delete(metricRollupBlocks).where(outsideBlocks(state.shopId, first, today));
      if (first && first <= yesterday) await rebuildDays(db, state.shopId, first, yesterday, now);
    } else if (pass === "window") {
      await rebuildDays(db, state.shopId, addDays(today, -WINDOW_DAYS), yesterday, now);
    } else {
      await rebuildDays(db, state.shopId, addDays(today, -2), yesterday, now);
      // Rows inserted with old dates (an import, a platform catching up) show up as a count mismatch.
      for (const day of await staleDays(db, state.shopId, addDays(today, -3), 31)) {
        await rebuildDays(db, state.shopId, day, day, now);
      }
    }
    const done = {
      recentAt: now,
      ...(pass !== "recent" && { windowAt: now }),
      ...(pass === "full" && { fullAt: now }),
    };
    await db
      .update(metricRollupState)
      .set({ ...done, version: ROLLUP_VERSION, claimedUntil: null })
      .where(eq(metricRollupState.shopId, state.shopId));
  } catch (e) {
    // Free the shop for the next tick; a failed full pass keeps its request.
    const keep = pass === "full" && state.fullRequestedAt ? { fullRequestedAt: state.fullRequestedAt } : {};
    await db
      .update(metricRollupState)
      .set({ claimedUntil: null, ...keep })
      .where(eq(metricRollupState.shopId, state.shopId));
    throw e;
  }
  return 1;
}

/** A holiday or 报备 changed: the 发货及时率 of any day may move, so the next pass rebuilds them all. */
export async function requestFullRebuild(db: DbOrTx, shopId: string, now: Date): Promise<void> {
  await db
    .insert(metricRollupState)
    .values({ shopId, fullRequestedAt: now })
    .onConflictDoUpdate({ target: metricRollupState.shopId, set: { fullRequestedAt: now } });
}

let inFlight: Promise<void> | null = null;

/**
 * The worker task. A pass runs beside the other tasks, never in front of them: it is started in the background
 * (one at a time per process) and the task returns 0 at once, so platform events and deadlines never wait
 * behind a rebuild (a full pass of a 1,000,000-ticket shop takes minutes). A pass cut short by a stop leaves
 * whole days behind (each chunk is its own transaction) and its claim expires.
 */
export const rollupTask = (db: Db) => async (now: Date) => {
  if (!inFlight) {
    inFlight = runRollups(db, { now })
      .then(() => undefined)
      .catch((e) => console.error("[metrics] rollup pass failed", e))
      .finally(() => {
        inFlight = null;
      });
  }
  return 0;
};

/** For tests: wait for the pass the task started. */
export const rollupInFlight = () => inFlight ?? Promise.resolve();
