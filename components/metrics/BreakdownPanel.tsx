"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { type MetricId, metricsForDim } from "@/server/metrics/definitions";
import type { BreakdownDim } from "@/server/metrics/facts";
import { BreakdownBar } from "../charts/BreakdownBar";
import { ChartSkeleton } from "../charts/ChartSkeleton";
import { useI18n, useTRPC } from "../providers";
import { Boundary } from "./Boundary";
import { formatOf } from "./format";
import { breakdownHref } from "./links";
import { useRange } from "./useRange";

/** "tickets" is the count of 售后单 behind each bar — exactly what the linked list shows. */
type Choice = "tickets" | MetricId;

function Bars({ dim, choice }: { dim: BreakdownDim; choice: Choice }) {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const router = useRouter();
  const { range } = useRange();
  const { data } = useSuspenseQuery(trpc.metrics.breakdown.queryOptions({ range, dim }));
  const labelOf = (key: string, label: string | null, former: boolean) => {
    if (!key) return t.none[dim];
    if (label) return former ? fmt(t.agents.formerName, { name: label }) : label;
    if (dim === "reason") return app.reason[key as keyof typeof app.reason] ?? key;
    if (dim === "type") return app.ticketType[key as keyof typeof app.ticketType] ?? key;
    return key;
  };
  const value = (r: (typeof data.rows)[number]) =>
    choice === "tickets" ? r.tickets : (r.values[choice]?.value ?? null);
  const rows = data.rows
    .filter((r) => (choice === "tickets" ? r.tickets > 0 : (r.values[choice]?.sample ?? 0) > 0))
    .sort((a, b) => (value(b) ?? -1) - (value(a) ?? -1))
    .slice(0, 12)
    .map((r) => {
      const label = labelOf(r.key, r.label, r.former);
      return { key: r.key, label, value: value(r), href: breakdownHref(dim, r.key, data.range) };
    });
  if (!rows.length) return <p className="py-8 text-center text-sm text-slate-400">{t.breakdown.noData}</p>;
  const format = choice === "tickets" ? (v: number | null) => String(v ?? 0) : formatOf(choice, app.time);
  return (
    <>
      <BreakdownBar
        data={rows.map((r) => ({ key: r.key, label: r.label, value: r.value, clickable: !!r.href }))}
        format={format}
        name={choice === "tickets" ? t.breakdown.tickets : t.metric[choice].name}
        onSelect={(key) => {
          const href = rows.find((r) => r.key === key)?.href;
          if (href) router.push(href);
        }}
      />
      {/* The same links for keyboards and screen readers. */}
      <ul className="sr-only">
        {rows.map((r) =>
          r.href ? (
            <li key={r.key}>
              <a href={r.href}>{fmt(t.breakdown.openList, { label: r.label })}</a>
            </li>
          ) : null,
        )}
      </ul>
    </>
  );
}

export function BreakdownPanel({ dim }: { dim: BreakdownDim }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  const [choice, setChoice] = useState<Choice>("tickets");
  const title = fmt(t.breakdown.title, { dim: t.dims[dim] });
  return (
    <section className="rounded-xl bg-white p-3 ring-1 ring-slate-200 sm:p-4" data-testid={`breakdown-${dim}`}>
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-sm font-medium">{title}</h2>
        <select
          aria-label={`${title} · ${t.trend.metric}`}
          value={choice}
          onChange={(e) => setChoice(e.target.value as Choice)}
          className="max-w-[12rem] rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          <option value="tickets">{t.breakdown.tickets}</option>
          {metricsForDim(dim).map((id) => (
            <option key={id} value={id}>
              {t.metric[id].name}
            </option>
          ))}
        </select>
      </div>
      <p className="mb-2 text-xs text-slate-400">{dim === "agent" ? t.breakdown.agentHint : t.breakdown.hint}</p>
      <Boundary fallback={<ChartSkeleton height={200} label={title} />}>
        <Bars dim={dim} choice={choice} />
      </Boundary>
    </section>
  );
}
