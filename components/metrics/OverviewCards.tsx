"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { type MetricDef, type MetricId, metricDefs, metricIds } from "@/server/metrics/definitions";
import { useI18n, useTRPC } from "../providers";
import { ExperienceCard } from "./ExperienceCard";
import { clockTime, shortDateTime } from "./format";
import { MetricCard } from "./MetricCard";
import { useRange } from "./useRange";

const groups: MetricDef["group"][] = ["afterSales", "service", "fulfillment"];

/** Every metric of SPEC §6 for the range, grouped, each against the previous period. */
export function OverviewCards() {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const { range } = useRange();
  const { data: s } = useSuspenseQuery(trpc.metrics.summary.queryOptions(range));
  const r = s.range;
  // Today comes from the worker's store (as of todayAt) or, when that is missing or old, live on this read.
  const today = s.freshness.todayAt
    ? fmt(t.freshness.todayAsOf, { time: clockTime(s.freshness.todayAt) })
    : t.freshness.todayLive;
  const notes: Partial<Record<MetricId, string>> = {
    shipOnTimeRate: [
      s.counts.shipFiled ? fmt(t.filed, { n: s.counts.shipFiled }) : "",
      s.counts.shipHolidayMoved ? fmt(t.holidayMoved, { n: s.counts.shipHolidayMoved }) : "",
    ]
      .filter(Boolean)
      .join(" · "),
  };
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500" data-testid="range-showing">
        {fmt(t.range.showing, { from: r.from, to: r.to, pfrom: r.prev.from, pto: r.prev.to })}
        {" · "}
        {s.freshness.ready && s.freshness.updatedAt
          ? fmt(t.freshness.updated, { time: shortDateTime(s.freshness.updatedAt), today })
          : fmt(t.freshness.building, { today })}
      </p>
      <ExperienceCard s={s} />
      {groups.map((g) => (
        <section key={g} aria-label={t.groups[g]}>
          <h2 className="mb-2 text-sm font-medium text-slate-600">{t.groups[g]}</h2>
          <div className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-4">
            {metricIds
              .filter((id) => metricDefs[id].group === g)
              .map((id) => (
                <MetricCard key={id} id={id} m={s.metrics[id]} note={notes[id] || undefined} />
              ))}
          </div>
          {g === "fulfillment" && (
            <Link href="/metrics/fulfillment" className="mt-2 inline-block text-xs text-brand-600 hover:underline">
              {t.tabs.fulfillment} →
            </Link>
          )}
        </section>
      ))}
    </div>
  );
}
