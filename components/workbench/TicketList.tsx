"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useState } from "react";
import type { AppRouter } from "@/server/routers/_app";
import { yuan } from "../format";
import { useI18n, useTRPC } from "../providers";
import { Deadline } from "./Deadline";
import { useFilters } from "./useFilters";

export type TicketRow = inferRouterOutputs<AppRouter>["tickets"]["list"]["items"][number];

/** The app clock as the server sees it (sandbox time may run ahead), ticking every 30 s. */
function useNow(serverNow: Date | undefined, everyMs = 30_000) {
  const [tick, setTick] = useState(() => Date.now());
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverNow) setOffset(new Date(serverNow).getTime() - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const t = setInterval(() => setTick(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return tick + offset;
}

export function TicketList() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const { filters } = useFilters();
  const members = useQuery(trpc.me.members.queryOptions());
  const memberName = (id: string | null) => members.data?.find((x) => x.id === id)?.displayName;
  const q = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(
      { quick: filters.quick, sort: filters.sort, search: filters.search, limit: 50 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, refetchInterval: 15_000 },
    ),
  );
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const now = useNow(q.data?.pages[0]?.now);

  if (q.isPending) return <ListSkeleton />;
  if (q.isError)
    return (
      <div role="alert" className="rounded-xl bg-red-50 p-6 text-center text-red-700">
        <p>
          {m.workbench.loadError}：{q.error.message}
        </p>
        <button
          type="button"
          onClick={() => q.refetch()}
          className="mt-3 rounded-lg bg-white px-4 py-1.5 text-sm ring-1 ring-red-200"
        >
          {m.common.retry}
        </button>
      </div>
    );
  if (rows.length === 0)
    return (
      <div className="rounded-xl bg-white p-10 text-center text-slate-500 ring-1 ring-slate-200" data-testid="empty">
        {filters.quick || filters.search ? m.workbench.empty : m.workbench.emptyAll}
      </div>
    );

  return (
    <div>
      {/* Desktop table */}
      <div className="hidden overflow-hidden rounded-xl bg-white ring-1 ring-slate-200 md:block">
        <table className="w-full text-sm" data-testid="ticket-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.product}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.buyer}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.type}</th>
              <th className="px-3 py-2 text-right font-medium">{m.workbench.columns.amount}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.status}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.deadline}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.returnLogistics}</th>
              <th className="px-3 py-2 font-medium">{m.workbench.columns.assignee}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((t) => (
              <tr key={t.id} className="hover:bg-slate-50" data-testid="ticket-row">
                <td className="px-3 py-2">
                  <div className="flex items-center gap-2">
                    <Thumb src={t.productImage} title={t.productTitle} />
                    <div className="min-w-0">
                      <div className="max-w-64 truncate font-medium">{t.productTitle}</div>
                      <div className="text-xs text-slate-400">
                        #{t.id} · {m.reason[t.reason]}
                      </div>
                    </div>
                  </div>
                </td>
                <td className="px-3 py-2">{t.buyerNick}</td>
                <td className="px-3 py-2">{m.ticketType[t.type]}</td>
                <td className="px-3 py-2 text-right tabular-nums">{yuan(t.requestedFen)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={t.status} />
                </td>
                <td className="px-3 py-2">
                  <Deadline at={t.deadlineAt} action={t.deadlineAction} late={t.lateFlag} now={now} />
                </td>
                <td className="px-3 py-2 text-slate-600">{m.returnStatus[t.returnStatus]}</td>
                <td className="px-3 py-2 text-slate-600">
                  {memberName(t.assigneeId) ?? <span className="text-slate-400">{m.workbench.unassigned}</span>}
                  {t.tags.length > 0 && (
                    <div className="mt-0.5 flex flex-wrap gap-1">
                      {t.tags.map((g) => (
                        <Tag key={g} label={g} />
                      ))}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Phone cards */}
      <ul className="space-y-2 md:hidden" data-testid="ticket-cards">
        {rows.map((t) => (
          <li key={t.id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid="ticket-card">
            <div className="flex gap-3">
              <Thumb src={t.productImage} title={t.productTitle} />
              <div className="min-w-0 flex-1">
                <div className="flex items-start justify-between gap-2">
                  <div className="truncate font-medium">{t.productTitle}</div>
                  <div className="shrink-0 font-semibold tabular-nums">{yuan(t.requestedFen)}</div>
                </div>
                <div className="mt-0.5 text-xs text-slate-500">
                  {t.buyerNick} · {m.ticketType[t.type]} · {m.reason[t.reason]}
                </div>
                <div className="mt-2 flex items-center justify-between text-xs">
                  <StatusBadge status={t.status} />
                  <Deadline at={t.deadlineAt} action={t.deadlineAction} late={t.lateFlag} now={now} />
                </div>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div className="py-4 text-center">
        {q.hasNextPage ? (
          <button
            type="button"
            onClick={() => q.fetchNextPage()}
            disabled={q.isFetchingNextPage}
            className="rounded-lg bg-white px-4 py-2 text-sm ring-1 ring-slate-200 hover:bg-slate-50"
          >
            {q.isFetchingNextPage ? m.common.loading : m.common.more}
          </button>
        ) : (
          <span className="text-xs text-slate-400">{m.common.noMore}</span>
        )}
      </div>
    </div>
  );
}

function Thumb({ src, title }: { src: string | null; title: string }) {
  return (
    <div className="grid h-10 w-10 shrink-0 place-items-center overflow-hidden rounded-lg bg-brand-50 text-sm font-semibold text-brand-600">
      {src ? <img src={src} alt="" className="h-full w-full object-cover" /> : title.slice(0, 1)}
    </div>
  );
}

const statusTone: Record<string, string> = {
  pending_review: "bg-amber-50 text-amber-700",
  awaiting_receipt: "bg-blue-50 text-blue-700",
  refunded: "bg-emerald-50 text-emerald-700",
  completed: "bg-emerald-50 text-emerald-700",
  rejected: "bg-red-50 text-red-700",
  closed: "bg-slate-100 text-slate-500",
  platform_intervention: "bg-purple-50 text-purple-700",
};
export function StatusBadge({ status }: { status: TicketRow["status"] }) {
  const { m } = useI18n();
  return (
    <span
      className={`inline-block rounded-md px-1.5 py-0.5 text-xs ${statusTone[status] ?? "bg-slate-100 text-slate-700"}`}
    >
      {m.ticketStatus[status]}
    </span>
  );
}
function Tag({ label }: { label: string }) {
  return <span className="rounded bg-slate-100 px-1 text-xs text-slate-600">{label}</span>;
}

function ListSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true" data-testid="list-skeleton">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-14 animate-pulse rounded-xl bg-white ring-1 ring-slate-100" />
      ))}
    </div>
  );
}
