"use client";
// 最近事件: the platform's events for this shop, newest first, 全部 / 失败, keyset pages ("加载更多"); a failed event
// can be retried by the owner and 设置权限 (it takes effect once, however often it is pressed). A table on desktop,
// cards on a phone.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { dateTime } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { LoadError } from "@/components/ui/LoadError";
import { useToast } from "@/components/ui/Toast";
import { fmt } from "@/messages/locale";
import { platformConnectionMessages } from "@/messages/platform-connection";
import type { EventFilter } from "@/server/platform/connection-schemas";
import type { AppRouter } from "@/server/routers/_app";
import { platformErrorMessage } from "./errors";
import { Section } from "./Section";

type Event = inferRouterOutputs<AppRouter>["platformConnection"]["events"]["items"][number];

const eventFilters: readonly EventFilter[] = ["all", "failed"];

const tone = {
  pending: "bg-amber-50 text-amber-800",
  processed: "bg-emerald-50 text-emerald-700",
  failed: "bg-red-50 text-red-700",
} as const;

export function EventsSection({ canManage }: { canManage: boolean }) {
  const { locale } = useI18n();
  const t = platformConnectionMessages[locale];
  const e = t.events;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const [filter, setFilter] = useState<EventFilter>("all");
  const list = useInfiniteQuery(
    trpc.platformConnection.events.infiniteQueryOptions(
      { filter, limit: 20 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const retry = useMutation(
    trpc.platformConnection.retryEvent.mutationOptions({
      onSuccess: (r) => {
        const text = fmt(e.results[r.status], { id: r.id, error: r.status === "failed" ? r.error : "" });
        toast({ kind: r.status === "failed" ? "error" : "ok", title: text });
      },
      onError: (err) => toast({ kind: "error", title: platformErrorMessage(err, locale) }),
      onSettled: () => qc.invalidateQueries({ queryKey: trpc.platformConnection.events.pathKey() }),
    }),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const typeName = (type: string) => (e.types as Record<string, string>)[type] ?? type;
  const retryButton = (ev: Event) =>
    canManage && ev.status === "failed" ? (
      <Button
        size="sm"
        disabled={retry.isPending}
        onClick={() => retry.mutate({ seq: ev.seq })}
        aria-label={fmt(e.retryLabel, { id: ev.id })}
        data-testid="retry-event"
      >
        {retry.isPending && retry.variables?.seq === ev.seq ? e.retrying : e.retry}
      </Button>
    ) : null;
  const status = (ev: Event) => (
    <span data-testid="event-status" className={`rounded px-1.5 py-0.5 text-xs ${tone[ev.status]}`}>
      {e.statuses[ev.status]}
    </span>
  );
  return (
    <Section title={e.title} explain={e.explain}>
      <div className="flex flex-wrap items-center gap-2">
        <fieldset className="inline-flex rounded-lg bg-slate-100 p-0.5" aria-label={e.filterLabel}>
          {eventFilters.map((f) => (
            <button
              key={f}
              type="button"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
              data-testid={`events-filter-${f}`}
              className={`rounded-md px-3 py-1 text-sm ${filter === f ? "bg-white font-medium shadow-sm" : "text-slate-600"}`}
            >
              {e.filters[f]}
            </button>
          ))}
        </fieldset>
        <Button size="sm" variant="ghost" onClick={() => list.refetch()} disabled={list.isFetching}>
          {t.refresh}
        </Button>
      </div>
      {list.isPending && <div className="h-24 animate-pulse rounded-lg bg-slate-100" aria-busy />}
      {list.isError && (
        <LoadError
          title={t.loadError}
          message={platformErrorMessage(list.error, locale)}
          retry={t.retry}
          onRetry={() => list.refetch()}
        />
      )}
      {list.isSuccess && rows.length === 0 && (
        <p className="py-4 text-center text-sm text-slate-500" data-testid="events-empty">
          {e.empty[filter]}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <table className="hidden w-full text-left text-sm md:table">
            <thead className="text-xs text-slate-500">
              <tr className="border-b border-slate-100">
                <th className="py-2 pr-3 font-medium">{e.columns.receivedAt}</th>
                <th className="py-2 pr-3 font-medium">{e.columns.type}</th>
                <th className="py-2 pr-3 font-medium">{e.columns.subject}</th>
                <th className="py-2 pr-3 font-medium">{e.columns.status}</th>
                {canManage && <th className="py-2" aria-hidden />}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((ev) => (
                <tr key={ev.seq} data-testid="event-row" className="align-top">
                  <td className="whitespace-nowrap py-2 pr-3 tabular-nums text-slate-600">{dateTime(ev.receivedAt)}</td>
                  <td className="py-2 pr-3">
                    <span className="font-medium">{typeName(ev.type)}</span>{" "}
                    <span className="font-mono text-xs text-slate-400">{ev.type}</span>
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs text-slate-600">{ev.subject ?? "—"}</td>
                  <td className="py-2 pr-3">
                    {status(ev)}
                    {ev.error && <p className="mt-1 max-w-md break-all text-xs text-red-700">{ev.error}</p>}
                  </td>
                  {canManage && <td className="py-1.5 text-right">{retryButton(ev)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="space-y-2 md:hidden">
            {rows.map((ev) => (
              <li
                key={ev.seq}
                data-testid="event-card"
                className="space-y-1 rounded-lg p-3 text-sm ring-1 ring-slate-200"
              >
                <div className="flex items-center gap-2">
                  <span className="min-w-0 flex-1 font-medium">{typeName(ev.type)}</span>
                  {status(ev)}
                </div>
                <p className="text-xs text-slate-500">
                  {dateTime(ev.receivedAt)} · <span className="font-mono">{ev.subject ?? "—"}</span>
                </p>
                {ev.error && <p className="break-all text-xs text-red-700">{ev.error}</p>}
                {retryButton(ev)}
              </li>
            ))}
          </ul>
        </>
      )}
      {list.hasNextPage && (
        <div className="text-center">
          <Button size="sm" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? e.loadingMore : e.more}
          </Button>
        </div>
      )}
    </Section>
  );
}
