// Today's facts, kept fresh by the worker so a chart request never computes them from today's raw rows: on a
// 1,000,000-ticket shop that read costs ≈1.2 s (≈58k scattered rows), reading the stored rows a few ms.
// The worker recomputes today per shop every ~30 s into metric_rollups (day = today) and stamps
// metric_rollup_state.today_at with the clock time it computed at. Readers use the stored rows while that stamp
// is of today and at most a few minutes old; otherwise (worker down, a new day not refreshed yet) they compute
// today live, so the page is never wrong for long.
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { metricRollupState, metricRollups } from "../../db/schema";
import { addDays, dayOf, dayStart } from "./days";
import { counterFacts, FactsByKey, type Hist, histFacts } from "./facts";
import { rebuildDays } from "./rollup";

export const TODAY_EVERY_MS = 30_000;
/** Older stored facts are not used: the request computes today live instead. */
export const TODAY_MAX_AGE_MS = 3 * 60_000;
const TODAY_CLAIM_MS = 2 * 60_000;
const SHOPS_PER_RUN = 50;

/** Whether facts computed at `at` may stand for `day` at `now`. */
export function todayIsFresh(at: Date | null | undefined, day: string, now: Date): at is Date {
  return !!at && dayOf(at) === day && now.getTime() - at.getTime() <= TODAY_MAX_AGE_MS;
}

const counterCols = Object.fromEntries(counterFacts.map((f) => [f, metricRollups[f]]));
const histCols = Object.fromEntries(histFacts.map((h) => [`h_${h}`, metricRollups[`h_${h}`]]));

/** The stored facts of `day` with their computed-at, or null when missing or too old to use. */
export async function storedToday(
  db: DbOrTx,
  shopId: string,
  day: string,
  now: Date,
): Promise<{ facts: FactsByKey; at: Date } | null> {
  // One round trip: the state row says whether the store is fresh; no rollup row with it is an empty day.
  const rows = await db
    .select({ todayAt: metricRollupState.todayAt, dim: metricRollups.dim, key: metricRollups.key, ...counterCols, ...histCols })
    .from(metricRollupState)
    .leftJoin(metricRollups, and(eq(metricRollups.shopId, metricRollupState.shopId), eq(metricRollups.day, day)))
    .where(
      and(
        eq(metricRollupState.shopId, shopId),
        gte(metricRollupState.todayAt, new Date(Math.max(dayStart(day).getTime(), now.getTime() - TODAY_MAX_AGE_MS))),
        lt(metricRollupState.todayAt, dayStart(addDays(day, 1))),
      ),
    );
  const at = rows[0]?.todayAt;
  if (!todayIsFresh(at, day, now)) return null;
  const facts = new FactsByKey();
  for (const row of rows as Record<string, unknown>[]) {
    if (row.dim === null) continue;
    const f = facts.at(row.dim as never, row.key as string);
    for (const c of counterFacts) f.c[c] = Number(row[c] ?? 0);
    for (const h of histFacts) f.h[h] = { ...(row[`h_${h}`] as Hist) };
  }
  return { facts, at };
}

/** Recomputes today's facts of one shop from today's raw rows and stores them, stamped `now`. */
export async function refreshToday(db: Db, shopId: string, now: Date) {
  const today = dayOf(now);
  return rebuildDays(db, shopId, today, today, now, { markToday: true });
}

/** Claims one shop whose today is due (older than TODAY_EVERY_MS, or of another day); SKIP LOCKED across workers. */
async function claimDueToday(db: Db, now: Date): Promise<string | null> {
  const iso = now.toISOString();
  return db.transaction(async (tx) => {
    const [due] = await tx
      .select({ shopId: metricRollupState.shopId })
      .from(metricRollupState)
      .where(
        sql`(${metricRollupState.todayClaimedUntil} is null or ${metricRollupState.todayClaimedUntil} < ${iso}::timestamptz)
          and (${metricRollupState.todayAt} is null
            or ${metricRollupState.todayAt} <= ${new Date(now.getTime() - TODAY_EVERY_MS).toISOString()}::timestamptz
            or ${metricRollupState.todayAt} < ${dayStart(dayOf(now)).toISOString()}::timestamptz)`,
      )
      .orderBy(sql`${metricRollupState.todayAt} asc nulls first`)
      .limit(1)
      .for("update", { skipLocked: true });
    if (!due) return null;
    await tx
      .update(metricRollupState)
      .set({ todayClaimedUntil: new Date(now.getTime() + TODAY_CLAIM_MS) })
      .where(eq(metricRollupState.shopId, due.shopId));
    return due.shopId;
  });
}

/** Refreshes today for the shops that are due, oldest first; returns how many it refreshed. */
export async function refreshDueToday(db: Db, clock: () => Promise<Date>, limit = SHOPS_PER_RUN) {
  await db.execute(sql`insert into metric_rollup_state (shop_id) select id from shops on conflict do nothing`);
  let done = 0;
  for (; done < limit; done++) {
    const now = await clock();
    const shopId = await claimDueToday(db, now);
    if (!shopId) break;
    try {
      await refreshToday(db, shopId, now);
    } finally {
      await db.update(metricRollupState).set({ todayClaimedUntil: null }).where(eq(metricRollupState.shopId, shopId));
    }
  }
  return done;
}

let inFlight: Promise<void> | null = null;

/**
 * The worker task: like the rollup passes, the refresh runs in the background (one at a time per process) and the
 * task returns 0 at once, so events and deadlines never wait behind it. `clock` is the worker's (sandbox-aware).
 */
export const todayTask = (db: Db, clock: () => Promise<Date>) => async (_now: Date) => {
  if (!inFlight) {
    inFlight = refreshDueToday(db, clock)
      .then(() => undefined)
      .catch((e) => console.error("[metrics] today refresh failed", e))
      .finally(() => {
        inFlight = null;
      });
  }
  return 0;
};

/** For tests: wait for the refresh the task started. */
export const todayInFlight = () => inFlight ?? Promise.resolve();
