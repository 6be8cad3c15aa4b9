// Histograms summed over aligned blocks of 28 and 7 days (metric_rollup_blocks). A day's histogram of a busy
// shop has ~160 buckets per agent and a quiet shop's ~55, so merging 90 day rows costs ~3× more in the busy
// one; a block of 28 days is nearly full in both (~210 vs ~190), so reading blocks makes a 90-day chart cost
// about the same at 100,000 and 1,000,000 tickets, and ~7× less than reading days. Blocks start on Mondays
// (28-day blocks are four aligned weeks), are built only once every day in them has passed, and are rewritten
// with their days in rebuildDays' transaction, so a reader never sees a block disagree with its days.
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { metricRollupBlocks, metricRollups } from "../../db/schema";
import { addDays } from "./days";
import { insertAsJson } from "./insert-json";
import { emptyFacts, type Facts, type Hist, type HistFact, histFacts, mergeHist } from "./facts";
import type { DayRange } from "./range";

export const blockSizes = [28, 7] as const;
export type Block = { days: number; start: string };

const DAY_MS = 24 * 3600_000;
// 1970-01-05 was a Monday: day numbers count from it.
const EPOCH = Date.parse("1970-01-05T00:00:00Z");
const dayNo = (day: string) => Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH) / DAY_MS);
const dayAt = (n: number) => new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
export const blockEnd = (b: Block) => addDays(b.start, b.days - 1);

/** The blocks of `size` days lying wholly inside [from, to], in order. */
function blocksInside(from: string, to: string, size: number): Block[] {
  const out: Block[] = [];
  const a = dayNo(from);
  const b = dayNo(to);
  for (let s = Math.ceil(a / size) * size; s + size - 1 <= b; s += size) out.push({ days: size, start: dayAt(s) });
  return out;
}

/**
 * How to read [from, to]: the largest aligned blocks that fit, then the days left at either edge (at most six
 * each side once a range spans a week).
 */
export function planRange(r: DayRange): { blocks: Block[]; days: DayRange[] } {
  const blocks: Block[] = [];
  let spans: DayRange[] = r.from <= r.to ? [r] : [];
  for (const size of blockSizes) {
    const rest: DayRange[] = [];
    for (const span of spans) {
      const inside = blocksInside(span.from, span.to, size);
      if (!inside.length) {
        rest.push(span);
        continue;
      }
      blocks.push(...inside);
      const first = (inside[0] as Block).start;
      const last = blockEnd(inside[inside.length - 1] as Block);
      if (span.from < first) rest.push({ from: span.from, to: addDays(first, -1) });
      if (last < span.to) rest.push({ from: addDays(last, 1), to: span.to });
    }
    spans = rest;
  }
  return { blocks, days: spans };
}

/** Every block (of each size) containing a day of [from, to] whose days have all passed (ends before `today`). */
export function blocksTouching(r: DayRange, today: string): Block[] {
  const out: Block[] = [];
  for (const size of blockSizes) {
    for (let s = Math.floor(dayNo(r.from) / size) * size; s <= dayNo(r.to); s += size) {
      const b = { days: size, start: dayAt(s) };
      if (blockEnd(b) < today) out.push(b);
    }
  }
  return out;
}

/**
 * Rewrites the blocks containing [from, to] (those wholly past) from the day rows, inside the caller's
 * transaction. Each block gets its ("all", "") row even when empty: it marks the block built.
 */
export async function rebuildBlocks(tx: DbOrTx, shopId: string, r: DayRange, today: string) {
  const blocks = blocksTouching(r, today);
  for (const b of blocks) {
    const rows = await tx
      .select({
        dim: metricRollups.dim,
        key: metricRollups.key,
        ...Object.fromEntries(histFacts.map((h) => [h, metricRollups[`h_${h}`]])),
      })
      .from(metricRollups)
      .where(and(eq(metricRollups.shopId, shopId), sql`${metricRollups.day} between ${b.start} and ${blockEnd(b)}`));
    const merged = new Map<string, { dim: string; key: string; h: Facts["h"] }>([
      ["all\u0000", { dim: "all", key: "", h: emptyFacts().h }],
    ]);
    for (const row of rows as Record<string, unknown>[]) {
      const k = `${row.dim}\u0000${row.key}`;
      let into = merged.get(k);
      if (!into) {
        into = { dim: row.dim as string, key: row.key as string, h: emptyFacts().h };
        merged.set(k, into);
      }
      for (const h of histFacts) mergeHist(into.h[h], row[h] as Hist);
    }
    await tx
      .delete(metricRollupBlocks)
      .where(
        and(
          eq(metricRollupBlocks.shopId, shopId),
          eq(metricRollupBlocks.days, b.days),
          eq(metricRollupBlocks.startDay, b.start),
        ),
      );
    await insertAsJson(
      tx,
      metricRollupBlocks,
      [...merged.values()].map((r) => ({
        shopId,
        dim: r.dim,
        days: b.days,
        startDay: b.start,
        key: r.key,
        ...Object.fromEntries(histFacts.map((h) => [`h_${h}`, r.h[h]])),
      })),
    );
  }
  return blocks.length;
}

/** Blocks wholly outside [first, today) hold days that are no longer kept. */
export function outsideBlocks(shopId: string, first: string | null, today: string): SQL {
  return and(
    eq(metricRollupBlocks.shopId, shopId),
    first
      ? sql`(${metricRollupBlocks.startDay} + ${metricRollupBlocks.days} - 1 < ${first}::date or ${metricRollupBlocks.startDay} + ${metricRollupBlocks.days} - 1 >= ${today}::date)`
      : undefined,
  ) as SQL;
}

/**
 * The histograms `hs` of `dim` over the past range `r`, per key: the built blocks of its plan, and the days of
 * every other part (edges, and blocks not built yet) — one statement.
 */
export async function readHists(
  db: DbOrTx,
  shopId: string,
  r: DayRange,
  dim: string,
  hs: readonly HistFact[],
): Promise<Map<string, Facts["h"]>> {
  const plan = planRange(r);
  // The same column names in both tables.
  const cols = sql.raw(hs.map((h) => `${metricRollups[`h_${h}`].name} as "${h}"`).join(", "));
  const onlyAll = dim === "all" ? sql` and key = ''` : sql``;
  const want = plan.blocks.length
    ? sql`(values ${sql.join(
        plan.blocks.map((b) => sql`(${b.days}::int, ${b.start}::date)`),
        sql`, `,
      )})`
    : sql`(select null::int, null::date where false)`;
  const rows = await db.execute<Record<string, unknown>>(sql`
    with built as (
      select days, start_day from metric_rollup_blocks
      where shop_id = ${shopId} and dim = 'all' and key = '' and (days, start_day) in ${want}
    )
    select key, ${cols} from metric_rollup_blocks
    where shop_id = ${shopId} and dim = ${dim}${onlyAll} and (days, start_day) in (select days, start_day from built)
    union all
    select key, ${cols} from metric_rollups
    where shop_id = ${shopId} and dim = ${dim}${onlyAll} and day between ${r.from} and ${r.to}
      and not exists (select 1 from built where day between built.start_day and built.start_day + built.days - 1)
  `);
  const out = new Map<string, Facts["h"]>();
  for (const row of rows) {
    const key = row.key as string;
    let into = out.get(key);
    if (!into) {
      into = emptyFacts().h;
      out.set(key, into);
    }
    for (const h of hs) mergeHist(into[h], row[h] as Hist);
  }
  return out;
}
