// What every metric definition is made of (definitions.ts holds the metrics themselves).
import type { BreakdownDim, Facts, HistFact } from "./facts";
import type { MetricId } from "./metric-ids";

export type MetricKind = "rate" | "duration" | "score";
export type Words = { name: string; definition: string };

export type MetricDef = {
  kind: MetricKind;
  better: "higher" | "lower";
  group: "afterSales" | "service" | "fulfillment" | "overall";
  dims: readonly BreakdownDim[];
  value: (f: Facts) => number | null;
  /** How many tickets / orders / ratings / conversations the value rests on. */
  sample: (f: Facts) => number;
  hist?: HistFact;
  /** Default 预警 threshold: warn when the value is worse than this. */
  warnAt?: number;
  words: { "zh-CN": Words; en: Words };
};
export type MetricDefs = Partial<Record<MetricId, MetricDef>>;

/** A ratio, or null for an empty period: no division by zero, the UI shows "—". */
export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
export const H = 3600;
export const ticketDims = ["reason", "product", "carrier", "agent", "type"] as const;
export const orderDims = ["product", "carrier"] as const;
