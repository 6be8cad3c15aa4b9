"use client";
// The team lead's phone home (issue 7): warnings first, then today's queues and key numbers with arrows against
// yesterday; every number is one tap from the list behind it. Built for 375 px, fine on a desktop too.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { type MetricId, metricDefs } from "@/server/metrics/definitions";
import { yuan } from "../format";
import { useI18n, useTRPC } from "../providers";
import { Boundary } from "./Boundary";
import { deltaOf, formatOf, shortDateTime, toneClass } from "./format";
import { quickFilterHref, ticketListHref } from "./links";
import { MetricsHeader } from "./MetricsHeader";
import { ListSkeleton } from "./Skeletons";
import { WarningList } from "./WarningsCenter";

const metricHref = (id: MetricId) => {
  const g = metricDefs[id].group;
  return `${g === "fulfillment" ? "/metrics/fulfillment" : g === "service" ? "/metrics/agents" : "/metrics"}?range=today`;
};

function Today() {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({ ...trpc.metrics.today.queryOptions(), refetchInterval: 60_000 });
  const queues = Object.entries(data.queues) as [keyof typeof data.queues, number][];
  const tile = "block rounded-xl bg-white p-3 ring-1 ring-slate-200 active:bg-slate-50";
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500">{fmt(t.today.subtitle, { time: shortDateTime(data.now) })}</p>
      <section aria-label={t.today.queues} className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {queues.map(([id, n]) => (
          <Link key={id} href={quickFilterHref(id)} className={tile} data-testid={`queue-${id}`}>
            <div className="text-xs text-slate-500">{t.queue[id]}</div>
            <div className={`text-2xl font-semibold tabular-nums ${n && id !== "pendingReview" ? "text-red-600" : ""}`}>
              {n}
            </div>
          </Link>
        ))}
      </section>
      <section className="grid grid-cols-2 gap-2">
        <Link href={ticketListHref({ from: data.today, to: data.today, sort: "newest" })} className={tile}>
          <div className="text-xs text-slate-500">{t.today.applied}</div>
          <div className="text-2xl font-semibold tabular-nums">{data.applied.today}</div>
          <div className="text-xs text-slate-400">{fmt(t.today.yesterday, { v: data.applied.yesterday })}</div>
        </Link>
        <Link href="/metrics?range=today" className={tile}>
          <div className="text-xs text-slate-500">{t.today.refunded}</div>
          <div className="text-2xl font-semibold tabular-nums">{yuan(data.refundFen.today)}</div>
          <div className="text-xs text-slate-400">{fmt(t.today.yesterday, { v: yuan(data.refundFen.yesterday) })}</div>
        </Link>
      </section>
      <section aria-label={t.today.key}>
        <h2 className="mb-2 text-sm font-medium text-slate-600">{t.today.key}</h2>
        <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
          {data.metrics.map((m) => {
            const f = formatOf(m.id, app.time);
            const d = deltaOf(m.id, m.today.value, m.yesterday, t.delta);
            return (
              <li key={m.id}>
                <Link
                  href={metricHref(m.id)}
                  className="flex items-center gap-3 px-3 py-2.5 active:bg-slate-50"
                  data-testid={`today-${m.id}`}
                >
                  <span className="min-w-0 flex-1 truncate text-sm">{t.metric[m.id].name}</span>
                  <span className="text-right">
                    <span className="block text-base font-semibold tabular-nums">{f(m.today.value)}</span>
                    <span className="block text-xs tabular-nums text-slate-400">
                      {fmt(t.today.yesterday, { v: f(m.yesterday) })}
                    </span>
                  </span>
                  <span aria-hidden className={`w-6 text-center text-lg ${d ? toneClass[d.tone] : "text-slate-300"}`}>
                    {d?.arrow || "·"}
                  </span>
                  <span className="sr-only">{d ? `${d.arrow}${d.text}` : t.card.noCompare}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <Link href="/metrics" className="block text-center text-sm text-brand-600">
        {t.today.full} →
      </Link>
    </div>
  );
}

export function LeadToday() {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="mx-auto max-w-3xl space-y-4 p-3 sm:p-5">
      <MetricsHeader />
      <section aria-label={t.today.warnings}>
        <div className="mb-2 flex items-center justify-between">
          <h2 className="text-sm font-medium text-slate-600">{t.today.warnings}</h2>
          <Link href="/warnings" className="text-xs text-brand-600">
            {t.today.allWarnings} →
          </Link>
        </div>
        <Boundary fallback={<ListSkeleton rows={2} />}>
          <WarningList compact limit={3} />
        </Boundary>
      </section>
      <Boundary fallback={<ListSkeleton rows={6} />}>
        <Today />
      </Boundary>
    </div>
  );
}
