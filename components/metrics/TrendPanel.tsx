"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { metricsMessages } from "@/messages/metrics";
import { type MetricId, metricIds } from "@/server/metrics/definitions";
import { ChartSkeleton } from "../charts/ChartSkeleton";
import { TrendChart } from "../charts/TrendChart";
import { useI18n, useTRPC } from "../providers";
import { Boundary } from "./Boundary";
import { axisFormatOf, formatOf, shortDay } from "./format";
import { useRange } from "./useRange";

function Trend({ metric }: { metric: MetricId }) {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const { range } = useRange();
  const { data } = useSuspenseQuery(trpc.metrics.trend.queryOptions(range));
  const points = data.points.map((p) => ({
    label: shortDay(p.day),
    value: p.values[metric],
    prev: p.prev[metric],
  }));
  return (
    <TrendChart
      data={points}
      format={formatOf(metric, app.time)}
      axisFormat={axisFormatOf(metric, app.time)}
      names={{ current: t.trend.current, previous: t.trend.previous }}
    />
  );
}

/** 每日趋势 of the chosen metric, this period over the previous one. */
export function TrendPanel() {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  const [metric, setMetric] = useState<MetricId>("handlingTime");
  return (
    <section className="rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:p-4" data-testid="trend">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-sm font-medium">{t.trend.title}</h2>
        <select
          aria-label={t.trend.metric}
          value={metric}
          onChange={(e) => setMetric(e.target.value as MetricId)}
          className="max-w-[14rem] rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {metricIds.map((id) => (
            <option key={id} value={id}>
              {t.metric[id].name}
            </option>
          ))}
        </select>
      </div>
      <Boundary fallback={<ChartSkeleton label={t.trend.title} />}>
        <Trend metric={metric} />
      </Boundary>
    </section>
  );
}
