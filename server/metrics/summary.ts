// 数据 overview: every metric's value over the range, with the previous period's value to compare, the
// 店铺体验分 with its parts, and how many orders 报备 and holidays touched (SPEC §6).
import type { DbOrTx } from "../../db/client";
import { experienceBreakdown, type MetricId, metricIds, type MetricValue, metricValue } from "./definitions";
import { periodByDay, rollupFreshness } from "./query";
import { resolveRange } from "./range";
import { type RangeInput, rangeInput } from "./schemas";

export type SummaryMetric = MetricValue & { prev: number | null; prevSample: number };

export async function metricsSummary(db: DbOrTx, ctx: { shopId: string; now: Date }, input: RangeInput) {
  const range = resolveRange(rangeInput.parse(input), ctx.now);
  const [cur, prev, freshness] = await Promise.all([
    periodByDay(db, ctx.shopId, range, ctx.now, { hists: true }),
    periodByDay(db, ctx.shopId, range.prev, ctx.now),
    rollupFreshness(db, ctx.shopId, ctx.now),
  ]);
  const metrics = Object.fromEntries(
    metricIds.map((id) => {
      const p = metricValue(id, prev.total);
      return [id, { ...metricValue(id, cur.total), prev: p.value, prevSample: p.sample }];
    }),
  ) as Record<MetricId, SummaryMetric>;
  const c = cur.total.c;
  return {
    range,
    metrics,
    experience: experienceBreakdown(cur.total),
    counts: {
      tickets: c.tickets,
      orders: c.orders,
      refunds: c.refunds,
      refundFen: c.refundFen,
      shipAssessed: c.shipAssessed,
      shipFiled: c.shipFiled,
      shipHolidayMoved: c.shipHolidayMoved,
    },
    freshness,
    now: ctx.now,
  };
}
