// Metric values at the edge: rates as %, durations in the two largest units, scores with one decimal; "—" for
// an empty period. Deltas against the previous period say whether the change is good for the shop.
import { fmt } from "@/messages/locale";
import { type MetricId, type MetricKind, metricDefs } from "@/server/metrics/definitions";
import { duration } from "../format";

export type TimeUnits = { d: string; h: string; m: string };

export function formatMetric(kind: MetricKind, v: number | null | undefined, units: TimeUnits, empty = "—"): string {
  if (v === null || v === undefined || Number.isNaN(v)) return empty;
  if (kind === "rate") return `${(v * 100).toFixed(1)}%`;
  if (kind === "score") return v.toFixed(1);
  return duration(v * 1000, units);
}

export const formatOf = (id: MetricId, units: TimeUnits) => (v: number | null | undefined) =>
  formatMetric(metricDefs[id].kind, v, units);

/** For chart axes: one unit, short ("2.5天", "12小时", "40分钟"). */
export const axisFormatOf = (id: MetricId, units: TimeUnits) => (v: number | null | undefined) => {
  if (metricDefs[id].kind !== "duration" || v === null || v === undefined) return formatOf(id, units)(v);
  const one = (t: string, n: number) => t.replace("{n}", String(Math.round(n * 10) / 10));
  if (v >= 48 * 3600) return one(units.d, v / 86400);
  if (v >= 3600) return one(units.h, v / 3600);
  return one(units.m, v / 60);
};

export type Delta = { arrow: "↑" | "↓" | ""; text: string; tone: "good" | "bad" | "flat" };

/** Change against the previous period: percentage points for rates, relative change otherwise. */
export function deltaOf(
  id: MetricId,
  cur: number | null | undefined,
  prev: number | null | undefined,
  words: { pp: string; flat: string },
): Delta | null {
  if (cur === null || cur === undefined || prev === null || prev === undefined) return null;
  const def = metricDefs[id];
  const diff = cur - prev;
  let text: string;
  let flat: boolean;
  if (def.kind === "rate") {
    const pp = Math.abs(diff * 100);
    flat = pp < 0.05;
    text = fmt(words.pp, { n: pp.toFixed(1) });
  } else if (prev === 0) {
    flat = diff === 0;
    text = def.kind === "score" ? Math.abs(diff).toFixed(1) : "";
  } else {
    const rel = Math.abs(diff / prev) * 100;
    flat = rel < 0.5;
    text = `${rel.toFixed(rel < 10 ? 1 : 0)}%`;
  }
  if (flat) return { arrow: "", text: words.flat, tone: "flat" };
  const up = diff > 0;
  const good = def.better === "higher" ? up : !up;
  return { arrow: up ? "↑" : "↓", text, tone: good ? "good" : "bad" };
}

export const toneClass = { good: "text-emerald-600", bad: "text-red-600", flat: "text-slate-500" } as const;

const dateFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
/** "11-26 14:05" in Shanghai time. */
export const shortDateTime = (d: Date | string) => dateFmt.format(new Date(d)).replace(/\//g, "-");
const timeFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});
/** "14:05:30" in Shanghai time. */
export const clockTime = (d: Date | string) => timeFmt.format(new Date(d));
/** "11-26" from "2026-11-26". */
export const shortDay = (day: string) => day.slice(5);
