// GET /api/v1/metrics: every SPEC §6 metric over a date range, from the same service as the 数据 page
// (server/metrics/summary.ts: rollups plus today live, never a scan of raw tickets) and the same range schema.
// The answer is the Open API's own, stable shape: each metric with its name, unit, value and previous period.
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { type MetricId, metricDefs, metricIds } from "../metrics/definitions";
import { rangeInput } from "../metrics/schemas";
import { metricsSummary } from "../metrics/summary";
import type { ApiPrincipal } from "./authenticate";
import { parseQuery } from "./query";

export const apiMetricsInput = rangeInput;

const units = { rate: "ratio", duration: "seconds", score: "points" } as const;
const dayRange = z.object({ from: z.iso.date(), to: z.iso.date() });

const metricSchema = z.object({
  name: z.string(),
  definition: z.string(),
  unit: z.enum(["ratio", "seconds", "points"]).describe("ratio 为 0–1 的比例；seconds 为秒；points 为 0–100 分"),
  better: z.enum(["higher", "lower"]),
  value: z.number().nullable().describe("null 表示该时段没有数据"),
  p50: z.number().nullable().optional(),
  p90: z.number().nullable().optional(),
  sample: z.int().describe("计算所依据的售后单、订单、评价或会话数"),
  previous: z.number().nullable().describe("上一个同样长度时段的值"),
});

export const metricsResultSchema = z.object({
  range: dayRange.extend({ days: z.int(), previous: dayRange }),
  metrics: z.object(
    Object.fromEntries(metricIds.map((id) => [id, metricSchema])) as Record<MetricId, typeof metricSchema>,
  ),
  counts: z.object({ tickets: z.int(), orders: z.int(), refunds: z.int(), refundFen: z.int() }),
  updatedAt: z.iso.datetime().nullable().describe("往日汇总数据更新到的时间"),
  todayAsOf: z.iso
    .datetime()
    .nullable()
    .describe("今天的数据截至的时间（后台约每 30 秒更新一次）；null 表示今天的数据在本次请求时实时计算"),
});
export type MetricsResult = z.infer<typeof metricsResultSchema>;

export async function apiMetrics(db: DbOrTx, p: ApiPrincipal, params: URLSearchParams): Promise<MetricsResult> {
  const input = parseQuery(apiMetricsInput, params);
  const s = await metricsSummary(db, p, input);
  const metrics = Object.fromEntries(
    metricIds.map((id) => {
      const d = metricDefs[id];
      const m = s.metrics[id];
      return [
        id,
        {
          name: d.words["zh-CN"].name,
          definition: d.words["zh-CN"].definition,
          unit: units[d.kind],
          better: d.better,
          value: m.value,
          ...(m.p50 !== undefined ? { p50: m.p50 } : {}),
          ...(m.p90 !== undefined ? { p90: m.p90 } : {}),
          sample: m.sample,
          previous: m.prev,
        },
      ];
    }),
  ) as MetricsResult["metrics"];
  return {
    range: { from: s.range.from, to: s.range.to, days: s.range.days, previous: s.range.prev },
    metrics,
    counts: {
      tickets: s.counts.tickets,
      orders: s.counts.orders,
      refunds: s.counts.refunds,
      refundFen: s.counts.refundFen,
    },
    updatedAt: s.freshness.updatedAt ? new Date(s.freshness.updatedAt).toISOString() : null,
    todayAsOf: s.freshness.todayAt ? new Date(s.freshness.todayAt).toISOString() : null,
  };
}
