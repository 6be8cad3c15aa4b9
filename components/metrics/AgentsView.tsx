"use client";
// 数据 · 客服 (SPEC §6): per agent — tickets handled, median handling time, 3分钟回复率, 好评率, satisfaction and the
// open tickets assigned to them now. A table on desktop, one card per agent on a phone.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { useI18n, useTRPC } from "../providers";
import { Boundary } from "./Boundary";
import { formatOf } from "./format";
import { InfoTip } from "./InfoTip";
import { ticketListHref } from "./links";
import { MetricsHeader } from "./MetricsHeader";
import { ListSkeleton } from "./Skeletons";
import { useRange } from "./useRange";

function Agents() {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  const trpc = useTRPC();
  const { range } = useRange();
  const { data } = useSuspenseQuery(trpc.metrics.agents.queryOptions(range));
  const dur = formatOf("handlingTime", app.time);
  const pct = formatOf("replyIn3mRate", app.time);
  const cols = [
    { key: "handled", label: t.agents.handled, info: null, cell: (r: (typeof data.rows)[number]) => String(r.handled) },
    {
      key: "median",
      label: t.agents.median,
      info: "handlingTime",
      cell: (r: (typeof data.rows)[number]) => dur(r.handlingP50),
    },
    {
      key: "reply3m",
      label: t.agents.reply3m,
      info: "replyIn3mRate",
      cell: (r: (typeof data.rows)[number]) => pct(r.replyIn3mRate.value),
    },
    {
      key: "avgReply",
      label: t.agents.avgReply,
      info: "avgReplyTime",
      cell: (r: (typeof data.rows)[number]) => dur(r.avgReplyTime.value),
    },
    {
      key: "good",
      label: t.agents.good,
      info: "agentGoodRate",
      cell: (r: (typeof data.rows)[number]) => pct(r.agentGoodRate.value),
    },
    {
      key: "sat",
      label: t.agents.satisfaction,
      info: "satisfaction",
      cell: (r: (typeof data.rows)[number]) => pct(r.satisfaction.value),
    },
  ] as const;
  const workload = (r: (typeof data.rows)[number]) =>
    r.former ? (
      <span className="text-slate-400">—</span>
    ) : (
      <Link
        href={ticketListHref({ assignee: r.memberId })}
        className="text-brand-600 hover:underline"
        title={t.agents.openList}
      >
        {r.workload}
      </Link>
    );
  const who = (r: (typeof data.rows)[number]) => (r.former ? t.agents.former : app.roles[r.role]);
  return (
    <div className="space-y-3" data-testid="agents">
      <div className="hidden overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200 md:block">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">{t.agents.name}</th>
              {cols.map((c) => (
                <th key={c.key} className="px-3 py-2 text-right font-medium">
                  {c.label}
                  {c.info && <InfoTip label={fmt(t.card.info, { name: c.label })} text={t.metric[c.info].definition} />}
                </th>
              ))}
              <th className="px-3 py-2 text-right font-medium">{t.agents.workload}</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {data.rows.map((r) => (
              <tr key={r.memberId} className="border-t border-slate-100" data-testid="agent-row">
                <td className="px-3 py-2">
                  {r.name} <span className="text-xs text-slate-400">{who(r)}</span>
                </td>
                {cols.map((c) => (
                  <td key={c.key} className="px-3 py-2 text-right">
                    {c.cell(r)}
                  </td>
                ))}
                <td className="px-3 py-2 text-right">{workload(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-2 md:hidden">
        {data.rows.map((r) => (
          <li key={r.memberId} className="rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid="agent-card">
            <div className="flex items-baseline justify-between">
              <span className="font-medium">
                {r.name} {r.former && <span className="text-xs font-normal text-slate-400">{who(r)}</span>}
              </span>
              <span className="text-xs text-slate-500">
                {t.agents.workload} {workload(r)}
              </span>
            </div>
            <dl className="mt-2 grid grid-cols-3 gap-x-2 gap-y-1 text-xs">
              {cols.map((c) => (
                <div key={c.key}>
                  <dt className="text-slate-500">{c.label}</dt>
                  <dd className="tabular-nums text-slate-900">{c.cell(r)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      {data.withoutAgent > 0 && (
        <p className="text-xs text-slate-500">{fmt(t.agents.withoutAgent, { n: data.withoutAgent })}</p>
      )}
    </div>
  );
}

export function AgentsView() {
  return (
    <div className="mx-auto max-w-7xl space-y-4 p-3 sm:p-5">
      <MetricsHeader withRange />
      <Boundary fallback={<ListSkeleton rows={5} />}>
        <Agents />
      </Boundary>
    </div>
  );
}
