"use client";
// 店铺体验分 with its formula on the page: every part, its weight, bounds, value and points (SPEC §6 "transparent").
import type { inferRouterOutputs } from "@trpc/server";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { metricDefs } from "@/server/metrics/definitions";
import type { AppRouter } from "@/server/routers/_app";
import { useI18n } from "../providers";
import { deltaOf, formatMetric, toneClass } from "./format";
import { InfoTip } from "./InfoTip";

type Summary = inferRouterOutputs<AppRouter>["metrics"]["summary"];

export function ExperienceCard({ s }: { s: Summary }) {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const words = t.metric.experienceScore;
  const m = s.metrics.experienceScore;
  const d = deltaOf("experienceScore", m.value, m.prev, t.delta);
  return (
    <section className="rounded-xl bg-white p-4 ring-1 ring-slate-200" data-testid="metric-experienceScore">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
        <div>
          <div className="flex items-center gap-1 text-sm text-slate-500">
            {words.name}
            <InfoTip label={fmt(t.card.info, { name: words.name })} text={words.definition} />
          </div>
          <div className="text-3xl font-semibold tabular-nums" data-testid="metric-value">
            {formatMetric("score", m.value, app.time, t.empty)}
          </div>
        </div>
        {d && (
          <span className={`pb-1 text-sm tabular-nums ${toneClass[d.tone]}`}>
            {t.card.vsPrev} {d.arrow}
            {d.text}
          </span>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-500">{t.experience.formula}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-xs">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 font-medium">{t.experience.part}</th>
              <th className="py-1 text-right font-medium">{t.experience.weight}</th>
              <th className="hidden py-1 text-right font-medium sm:table-cell">{t.experience.bounds}</th>
              <th className="py-1 text-right font-medium">{t.experience.value}</th>
              <th className="py-1 text-right font-medium">{t.experience.points}</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {s.experience.parts.map((p) => {
              const kind = metricDefs[p.metric].kind;
              const f = (v: number | null) => formatMetric(kind, v, app.time, t.empty);
              return (
                <tr key={p.metric} className="border-t border-slate-100">
                  <td className="py-1">{t.metric[p.metric].name}</td>
                  <td className="py-1 text-right">{p.weight}%</td>
                  <td className="hidden py-1 text-right text-slate-500 sm:table-cell">
                    {f(p.best)} / {f(p.worst)}
                  </td>
                  <td className="py-1 text-right">{f(p.value)}</td>
                  <td className="py-1 text-right">
                    {p.score === null ? (
                      <span className="text-slate-400">{t.experience.noData}</span>
                    ) : (
                      p.score.toFixed(1)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
