// 预警中心 rules (SPEC §6 "warnings"): when a metric is past its threshold and which conditions raise a warning.
// Pure: the evaluator gathers the numbers, these decide.
import { type MetricId, type MetricValue, metricDefs, metricIds } from "../metrics/definitions";

export const warningKinds = [
  "metric", // a metric past its threshold over the last 7 days
  "ticketsAboutToTimeout", // open tickets whose deadline passes within the shop's 即将超时 window
  "ordersDueSoon", // unshipped orders about to miss (or past) the promised ship time
  "notCollected", // shipped, no collection scan for 24 h
  "strategyCapReached", // today's auto-refunds reached the daily cap
] as const;
export type WarningKind = (typeof warningKinds)[number];

export type Observation = {
  kind: WarningKind;
  subject: string;
  value?: number | null;
  threshold?: number | null;
  count?: number | null;
  data?: Record<string, unknown>;
};

/** Metric warnings look at the last 7 days, and only once the value rests on enough cases to mean something. */
export const METRIC_WINDOW_DAYS = 7;
export const MIN_SAMPLE = 10;

/** Stored overrides: a number, or null for "off"; a metric not stored uses its default (definitions.ts). */
export type StoredThresholds = Record<string, number | null>;

export function effectiveThresholds(stored: StoredThresholds): Record<MetricId, number | null> {
  return Object.fromEntries(
    metricIds.map((id) => [id, id in stored ? (stored[id] ?? null) : (metricDefs[id].warnAt ?? null)]),
  ) as Record<MetricId, number | null>;
}

export function isWorse(id: MetricId, value: number, threshold: number): boolean {
  return metricDefs[id].better === "higher" ? value < threshold : value > threshold;
}

export function metricBreaches(
  values: Partial<Record<MetricId, MetricValue>>,
  thresholds: Record<MetricId, number | null>,
): Observation[] {
  const out: Observation[] = [];
  for (const id of metricIds) {
    const t = thresholds[id];
    const v = values[id];
    if (t === null || !v || v.value === null || v.sample < MIN_SAMPLE) continue;
    if (isWorse(id, v.value, t))
      out.push({ kind: "metric", subject: id, value: v.value, threshold: t, count: v.sample });
  }
  return out;
}

/** Count-type conditions: warn while at least one case exists. */
export function countObservation(
  kind: Exclude<WarningKind, "metric">,
  n: number,
  data: Record<string, unknown> = {},
): Observation[] {
  return n > 0 ? [{ kind, subject: "", count: n, data }] : [];
}

/**
 * The daily cap on auto-refunded money (SPEC §4, off when null) is reached once today's total meets it, or once a
 * strategy held a refund back because it would pass the cap (the tickets then wait for a person).
 */
export function capObservation(cap: { capFen: number | null; spentFen: number; heldToday: number }): Observation[] {
  if (cap.capFen === null || (cap.spentFen < cap.capFen && cap.heldToday === 0)) return [];
  return [
    {
      kind: "strategyCapReached",
      subject: "",
      value: cap.spentFen,
      threshold: cap.capFen,
      count: cap.heldToday,
    },
  ];
}

/** Valid range of a threshold, in the metric's own unit (rates 0–1, durations in seconds, score 0–100). */
export function thresholdBounds(id: MetricId): { min: number; max: number } {
  const k = metricDefs[id].kind;
  if (k === "rate") return { min: 0, max: 1 };
  if (k === "score") return { min: 0, max: 100 };
  return { min: 60, max: 30 * 24 * 3600 };
}
