"use client";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import type { MetricId } from "@/server/metrics/definitions";
import { metricDefs } from "@/server/metrics/definitions";
import type { SummaryMetric } from "@/server/metrics/summary";
import { useI18n } from "../providers";
import { deltaOf, formatMetric, toneClass } from "./format";
import { InfoTip } from "./InfoTip";

/** One metric: value, p50/p90 where it has them, the change against the previous period, and its ⓘ. */
export function MetricCard({ id, m, note }: { id: MetricId; m: SummaryMetric; note?: string }) {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const words = t.metric[id];
  const kind = metricDefs[id].kind;
  const f = (v: number | null | undefined) => formatMetric(kind, v, app.time, t.empty);
  const d = deltaOf(id, m.value, m.prev, t.delta);
  return (
    <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:p-4" data-testid={`metric-${id}`}>
      <div className="flex items-center gap-1 text-xs text-slate-500 sm:text-sm">
        <span className="truncate">{words.name}</span>
        <InfoTip label={fmt(t.card.info, { name: words.name })} text={words.definition} />
      </div>
      <div className="mt-1 text-xl font-semibold tabular-nums sm:text-2xl" data-testid="metric-value">
        {f(m.value)}
      </div>
      {m.p50 !== undefined && m.value !== null && (
        <div className="text-xs tabular-nums text-slate-500">
          {fmt(t.card.percentiles, { p50: f(m.p50), p90: f(m.p90) })}
        </div>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-x-2 text-xs">
        {d ? (
          <span className={`tabular-nums ${toneClass[d.tone]}`}>
            {t.card.vsPrev} {d.arrow}
            {d.text}
          </span>
        ) : (
          <span className="text-slate-400">{t.card.noCompare}</span>
        )}
        <span className="text-slate-400">{fmt(t.card.sample, { n: m.sample })}</span>
      </div>
      {note && <div className="mt-1 text-xs text-amber-700">{note}</div>}
    </div>
  );
}
