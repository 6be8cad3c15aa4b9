// Trend by day of every metric over the range, with the previous period's day at the same position, so a chart
// can draw both (SPEC §6 "trend by day … compare with the previous period").
import type { DbOrTx } from "../../db/client";
import { type MetricId, metricIds, metricDefs } from "./definitions";
import { periodByDay } from "./query";
import { resolveRange } from "./range";
import { type RangeInput, rangeInput } from "./schemas";

export type TrendPoint = {
  day: string;
  prevDay: string;
  values: Record<MetricId, number | null>;
  prev: Record<MetricId, number | null>;
};

export async function metricsTrend(db: DbOrTx, ctx: { shopId: string; now: Date }, input: RangeInput) {
  const range = resolveRange(rangeInput.parse(input), ctx.now);
  const [cur, prev] = await Promise.all([
    periodByDay(db, ctx.shopId, range, ctx.now),
    periodByDay(db, ctx.shopId, range.prev, ctx.now),
  ]);
  const prevDays = [...prev.byDay.entries()];
  const points: TrendPoint[] = [...cur.byDay.entries()].map(([day, f], i) => {
    const [prevDay, pf] = prevDays[i] ?? ["", undefined];
    return {
      day,
      prevDay,
      values: Object.fromEntries(metricIds.map((id) => [id, metricDefs[id].value(f)])) as TrendPoint["values"],
      prev: Object.fromEntries(metricIds.map((id) => [id, pf ? metricDefs[id].value(pf) : null])) as TrendPoint["prev"],
    };
  });
  return { range, points };
}
