"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fmt } from "@/messages/locale";
import { colon, yuan } from "../format";
import { useI18n, useTRPC } from "../providers";
import { Button } from "../ui/Button";
import { Deadline } from "./Deadline";
import { useWorkbenchMessages } from "./messages";
import { ReturnCell, StatusBadge, Tags, Thumb } from "./TicketCells";
import { useFilters } from "./useFilters";
import { useNow } from "./useNow";
import type { TicketRow, useTicketRows } from "./useTicketRows";

export type Selection = Map<number, { id: number; version: number }>;

type Props = {
  data: ReturnType<typeof useTicketRows>;
  selected: Selection;
  onToggle: (t: TicketRow) => void;
  onTogglePage: () => void;
  focusId: number | null;
  openId: number | null;
  onOpen: (id: number) => void;
  /** The detail drawer takes the right side: fewer, wider columns. */
  compact: boolean;
};

export function TicketList({ data, selected, onToggle, onTogglePage, focusId, openId, onOpen, compact }: Props) {
  const { m, locale } = useI18n();
  const w = useWorkbenchMessages();
  const trpc = useTRPC();
  const { filter, activeCount, clear } = useFilters();
  const members = useQuery(trpc.me.members.queryOptions());
  const memberName = (id: string | null) => members.data?.find((x) => x.id === id)?.displayName;
  const { list, rows } = data;
  const now = useNow(data.serverNow);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage) return;
    const io = new IntersectionObserver((e) => {
      if (e[0]?.isIntersecting && !isFetchingNextPage) fetchNextPage();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (list.isPending) return <ListSkeleton />;
  if (list.isError)
    return (
      <div role="alert" className="rounded-xl bg-red-50 p-6 text-center text-red-700" data-testid="list-error">
        <p>
          {m.workbench.loadError}
          {colon(locale)}
          {list.error.message}
        </p>
        <Button className="mt-3" onClick={() => list.refetch()}>
          {m.common.retry}
        </Button>
      </div>
    );
  if (rows.length === 0) {
    const onlyQuick = filter.quick && activeCount === 0 && !filter.search;
    const filtered = activeCount > 0 || !!filter.search || !!filter.quick;
    return (
      <div className="rounded-xl bg-white p-10 text-center text-slate-500 ring-1 ring-slate-200" data-testid="empty">
        <p>
          {onlyQuick && filter.quick
            ? w.quickEmpty[filter.quick]
            : filtered
              ? w.list.emptyFiltered
              : m.workbench.emptyAll}
        </p>
        {activeCount > 0 && (
          <Button className="mt-3" onClick={clear}>
            {w.list.clearFilters}
          </Button>
        )}
      </div>
    );
  }
  const pageSelected = rows.every((t) => selected.has(t.id));
  const check = (t: TicketRow) => (
    <input
      type="checkbox"
      className="h-4 w-4 accent-brand-500"
      checked={selected.has(t.id)}
      onChange={() => onToggle(t)}
      onClick={(e) => e.stopPropagation()}
      aria-label={fmt(w.list.selectRow, { id: t.id })}
    />
  );
  const rowTone = (t: TicketRow) =>
    t.id === openId ? "bg-brand-50" : t.id === focusId ? "bg-slate-50" : "hover:bg-slate-50";
  return (
    <div>
      {/* Desktop table */}
      <div className="hidden overflow-hidden rounded-xl bg-white ring-1 ring-slate-200 md:block">
        <table className="w-full table-fixed text-sm" data-testid="ticket-table">
          <thead className="bg-slate-50 text-left text-xs text-slate-500">
            <tr>
              <th className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  className="h-4 w-4 accent-brand-500"
                  checked={pageSelected}
                  onChange={onTogglePage}
                  aria-label={w.list.selectPage}
                  data-testid="select-page"
                />
              </th>
              <th className="px-2 py-2 font-medium">{m.workbench.columns.product}</th>
              {!compact && <th className="w-28 px-2 py-2 font-medium">{m.workbench.columns.buyer}</th>}
              <th className={`${compact ? "w-24" : "w-28"} px-2 py-2 font-medium`}>{m.workbench.columns.type}</th>
              <th className={`${compact ? "w-20" : "w-24"} px-2 py-2 text-right font-medium`}>
                {m.workbench.columns.amount}
              </th>
              <th className={`${compact ? "w-24" : "w-28"} px-2 py-2 font-medium`}>{m.workbench.columns.status}</th>
              <th className="w-32 px-2 py-2 font-medium">{m.workbench.columns.deadline}</th>
              {!compact && <th className="w-28 px-2 py-2 font-medium">{m.workbench.columns.returnLogistics}</th>}
              {!compact && <th className="w-28 px-2 py-2 font-medium">{m.workbench.columns.assignee}</th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((t) => (
              <tr
                key={t.id}
                data-testid="ticket-row"
                data-ticket-id={t.id}
                data-focused={t.id === focusId || undefined}
                aria-current={t.id === openId || undefined}
                onClick={() => onOpen(t.id)}
                className={`cursor-pointer ${rowTone(t)} ${t.id === focusId ? "outline-2 -outline-offset-2 outline-brand-300" : ""}`}
              >
                <td className="px-3 py-2">{check(t)}</td>
                <td className="px-2 py-2">
                  <div className="flex items-center gap-2">
                    <Thumb src={t.productImage} title={t.productTitle} />
                    <div className="min-w-0">
                      <div className="truncate font-medium">{t.productTitle}</div>
                      <div className="truncate text-xs text-slate-400">
                        #{t.id} · {compact ? t.buyerNick : t.orderId}
                      </div>
                    </div>
                  </div>
                </td>
                {!compact && <td className="truncate px-2 py-2">{t.buyerNick}</td>}
                <td className="px-2 py-2">
                  <div>{m.ticketType[t.type]}</div>
                  <div className="truncate text-xs text-slate-500">{m.reason[t.reason]}</div>
                </td>
                <td className="px-2 py-2 text-right font-medium tabular-nums">{yuan(t.requestedFen)}</td>
                <td className="px-2 py-2">
                  <StatusBadge status={t.status} />
                </td>
                <td className="px-2 py-2">
                  <Deadline at={t.deadlineAt} action={t.deadlineAction} late={t.lateFlag} now={now} />
                </td>
                {!compact && (
                  <td className="px-2 py-2">
                    <ReturnCell t={t} />
                  </td>
                )}
                {!compact && (
                  <td className="px-2 py-2 text-slate-600">
                    <div className="truncate">
                      {memberName(t.assigneeId) ?? <span className="text-slate-400">{m.workbench.unassigned}</span>}
                    </div>
                    <Tags tags={t.tags} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Phone cards */}
      <label className="mb-2 flex items-center gap-2 px-1 text-xs text-slate-500 md:hidden">
        <input
          type="checkbox"
          className="h-4 w-4 accent-brand-500"
          checked={pageSelected}
          onChange={onTogglePage}
          data-testid="select-page"
        />
        {w.list.selectPage}
      </label>
      <ul className="space-y-2 md:hidden" data-testid="ticket-cards">
        {rows.map((t) => (
          <li
            key={t.id}
            data-testid="ticket-card"
            data-ticket-id={t.id}
            data-focused={t.id === focusId || undefined}
            onClick={() => onOpen(t.id)}
            className={`rounded-xl bg-white p-3 ring-1 ${t.id === focusId ? "ring-2 ring-brand-300" : "ring-slate-200"}`}
          >
            <div className="flex gap-3">
              <Thumb src={t.productImage} title={t.productTitle} />
              <div className="min-w-0 flex-1">
                <div className="flex items-start justify-between gap-2">
                  <div className="truncate font-medium">{t.productTitle}</div>
                  <div className="shrink-0 font-semibold tabular-nums">{yuan(t.requestedFen)}</div>
                </div>
                <div className="mt-0.5 truncate text-xs text-slate-500">
                  {t.buyerNick} · {m.ticketType[t.type]} · {m.reason[t.reason]}
                </div>
                <div className="mt-2 flex items-center justify-between gap-2 text-xs">
                  <span className="flex items-center gap-1.5">
                    <StatusBadge status={t.status} />
                    {t.returnStatus !== "none" && <ReturnCell t={t} />}
                  </span>
                  <Deadline at={t.deadlineAt} action={t.deadlineAction} late={t.lateFlag} now={now} />
                </div>
                {(t.tags.length > 0 || t.assigneeId) && (
                  <div className="mt-1.5 flex items-center gap-2 text-xs text-slate-500">
                    {memberName(t.assigneeId)}
                    <Tags tags={t.tags} />
                  </div>
                )}
              </div>
              <div className="-my-1 -mr-1 flex items-start p-1">{check(t)}</div>
            </div>
          </li>
        ))}
      </ul>
      <div ref={sentinel} className="py-4 text-center">
        {hasNextPage ? (
          <Button onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? m.common.loading : m.common.more}
          </Button>
        ) : (
          <span className="text-xs text-slate-400">{m.common.noMore}</span>
        )}
      </div>
    </div>
  );
}

function ListSkeleton() {
  return (
    <div className="space-y-2" aria-busy="true" data-testid="list-skeleton">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="flex h-14 items-center gap-3 rounded-xl bg-white px-3 ring-1 ring-slate-100">
          <div className="h-10 w-10 animate-pulse rounded-lg bg-slate-100" />
          <div className="flex-1 space-y-2">
            <div className="h-3 w-1/3 animate-pulse rounded bg-slate-100" />
            <div className="h-3 w-1/5 animate-pulse rounded bg-slate-100" />
          </div>
          <div className="h-4 w-16 animate-pulse rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
