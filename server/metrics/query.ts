// Reads facts for a period: past days from metric_rollups (one row per day and dimension value, summed in
// SQL), the current day from the rows the worker keeps fresh (today-store.ts), or live from today's raw rows
// when those are missing or old (cached for a few seconds, as every chart of a page asks for it). Never a scan
// of the shop's raw tickets.
import { and, between, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { metricRollupState, metricRollups } from "../../db/schema";
import { readHists } from "./blocks";
import { collectFacts, loadCalendar } from "./collect";
import { addDays, dayOf, dayStart } from "./days";
import {
  addFacts,
  type BreakdownDim,
  counterFacts,
  emptyFacts,
  type Facts,
  FactsByKey,
  type HistFact,
  histFacts,
  mergeHist,
} from "./facts";
import type { DayRange } from "./range";
import { storedToday, todayIsFresh } from "./today-store";

const sums = Object.fromEntries(
  counterFacts.map((f) => [f, sql<number>`coalesce(sum(${metricRollups[f]}), 0)::float8`.mapWith(Number)]),
) as Record<(typeof counterFacts)[number], SQL<number>>;

function toFacts(row: Record<string, unknown>): Facts {
  const f = emptyFacts();
  for (const c of counterFacts) f.c[c] = Number(row[c] ?? 0);
  return f;
}

const counterCols = Object.fromEntries(counterFacts.map((f) => [f, metricRollups[f]])) as Record<
  (typeof counterFacts)[number],
  (typeof metricRollups)["tickets"]
>;

/** Rolled-up counters per day of one dimension value (dim "all": the whole shop). */
export async function rolledByDay(db: DbOrTx, shopId: string, r: DayRange) {
  const rows = await db
    .select({ day: metricRollups.day, ...counterCols })
    .from(metricRollups)
    .where(
      and(
        eq(metricRollups.shopId, shopId),
        eq(metricRollups.dim, "all"),
        eq(metricRollups.key, ""),
        between(metricRollups.day, r.from, r.to),
      ),
    );
  return new Map(rows.map((row) => [row.day, toFacts(row)]));
}

const addHists = (into: Facts, hists: Facts["h"] | undefined) => {
  if (hists) for (const h of histFacts) mergeHist(into.h[h], hists[h]);
};

/** Rolled-up facts per value of `dim`, summed over the days; with the histograms `hs` (p50 per agent). */
export async function rolledByKey(
  db: DbOrTx,
  shopId: string,
  r: DayRange,
  dim: BreakdownDim,
  hs: readonly HistFact[] = [],
) {
  const [rows, hists] = await Promise.all([
    db
      .select({ key: metricRollups.key, ...sums })
      .from(metricRollups)
      .where(
        and(eq(metricRollups.shopId, shopId), eq(metricRollups.dim, dim), between(metricRollups.day, r.from, r.to)),
      )
      .groupBy(metricRollups.key),
    hs.length ? readHists(db, shopId, r, dim, hs) : undefined,
  ]);
  const out = new Map<string, Facts>();
  for (const row of rows) {
    const f = toFacts(row);
    addHists(f, hists?.get(row.key));
    out.set(row.key, f);
  }
  return out;
}

const LIVE_MS = 15_000;
const live = new Map<string, { at: number; facts: Promise<FactsByKey> }>();

/** Today's facts computed from today's raw rows: what the worker stores, and the fallback when it has not. */
export async function computeDay(db: DbOrTx, shopId: string, day: string, now: Date): Promise<FactsByKey> {
  const calendar = await loadCalendar(db, shopId);
  const byDay = await collectFacts(db, { shopId, from: dayStart(day), to: dayStart(addDays(day, 1)), now, calendar });
  return byDay.get(day) ?? new FactsByKey();
}

/**
 * Today's facts: the worker's stored ones while recent, else computed live; shared by the charts of one page
 * load for a few seconds.
 */
export function liveDay(db: DbOrTx, shopId: string, day: string, now: Date): Promise<FactsByKey> {
  const k = `${shopId}|${day}`;
  const hit = live.get(k);
  if (hit && Date.now() - hit.at < LIVE_MS) return hit.facts;
  const facts = (async () => (await storedToday(db, shopId, day, now))?.facts ?? computeDay(db, shopId, day, now))();
  live.set(k, { at: Date.now(), facts });
  facts.catch(() => live.delete(k));
  for (const [key, v] of live) if (Date.now() - v.at > LIVE_MS) live.delete(key);
  return facts;
}

/** For tests that change rows and read again at once. */
export function clearLiveCache() {
  live.clear();
}

/**
 * Whole-shop facts per day of the range (every day present, empty days included) and their total; with
 * `hists`, the total's histograms (the days carry counters only).
 */
export async function periodByDay(db: DbOrTx, shopId: string, r: DayRange, now: Date, opts: { hists?: boolean } = {}) {
  const today = dayOf(now);
  const pastTo = r.to < today ? r.to : addDays(today, -1);
  const past = r.from <= pastTo ? { from: r.from, to: pastTo } : null;
  const [rolled, hists, live] = await Promise.all([
    past ? rolledByDay(db, shopId, past) : new Map<string, Facts>(),
    past && opts.hists ? readHists(db, shopId, past, "all", histFacts) : undefined,
    r.from <= today && today <= r.to ? liveDay(db, shopId, today, now) : undefined,
  ]);
  const byDay = new Map<string, Facts>();
  for (let d = r.from; d <= r.to && d <= today; d = addDays(d, 1)) byDay.set(d, rolled.get(d) ?? emptyFacts());
  if (live) byDay.set(today, addFacts(emptyFacts(), live.get("all", "") ?? emptyFacts()));
  const total = emptyFacts();
  for (const f of byDay.values()) addFacts(total, f);
  addHists(total, hists?.get(""));
  return { byDay, total };
}

/** Facts per value of `dim` over the range, today included live. */
export async function periodByKey(
  db: DbOrTx,
  shopId: string,
  r: DayRange,
  now: Date,
  dim: BreakdownDim,
  hs: readonly HistFact[] = [],
) {
  const today = dayOf(now);
  const pastTo = r.to < today ? r.to : addDays(today, -1);
  const [rolled, live] = await Promise.all([
    r.from <= pastTo ? rolledByKey(db, shopId, { from: r.from, to: pastTo }, dim, hs) : undefined,
    r.from <= today && today <= r.to ? liveDay(db, shopId, today, now) : undefined,
  ]);
  const out = rolled ?? new Map<string, Facts>();
  if (live) {
    for (const e of live.entries()) {
      if (e.dim !== dim) continue;
      const f = out.get(e.key) ?? emptyFacts();
      addFacts(f, e.facts);
      out.set(e.key, f);
    }
  }
  return out as Map<string, Facts>;
}

/**
 * When the rollups were last brought up to date (null when the job has not built this shop yet), and as of when
 * today's facts are shown (todayAt; null: computed live on this read).
 */
export async function rollupFreshness(db: DbOrTx, shopId: string, now: Date) {
  const [s] = await db
    .select({
      recentAt: metricRollupState.recentAt,
      fullAt: metricRollupState.fullAt,
      todayAt: metricRollupState.todayAt,
    })
    .from(metricRollupState)
    .where(eq(metricRollupState.shopId, shopId));
  const at = s?.todayAt;
  const todayAt = todayIsFresh(at, dayOf(now), now) ? at : null;
  return { updatedAt: s?.recentAt ?? null, ready: !!s?.fullAt, todayAt };
}
