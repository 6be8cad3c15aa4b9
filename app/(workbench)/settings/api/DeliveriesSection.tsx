"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { dateTime } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { LoadError } from "@/components/ui/LoadError";
import { apiMessages } from "@/messages/api";
import { fmt } from "@/messages/locale";
import { errorText, Section } from "./shared";

const statusTone = {
  delivered: "bg-emerald-50 text-emerald-700",
  pending: "bg-amber-50 text-amber-800",
  failed: "bg-red-50 text-red-700",
} as const;

/** The latest deliveries with their status; a failed or waiting one can be sent again now. */
export function DeliveriesSection() {
  const { locale } = useI18n();
  const t = apiMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery({ ...trpc.apiSettings.deliveries.queryOptions({ limit: 50 }), refetchInterval: 10_000 });
  const redeliver = useMutation(
    trpc.apiSettings.redeliver.mutationOptions({
      onSettled: () => qc.invalidateQueries({ queryKey: trpc.apiSettings.deliveries.queryKey() }),
    }),
  );
  const names = t.hooks.eventNames as Record<string, string>;
  return (
    <Section title={t.deliveries.title} explain={t.deliveries.explain}>
      {list.isPending && <div className="h-16 animate-pulse rounded-lg bg-slate-100" aria-busy />}
      {list.isError && (
        <LoadError title={t.loadError} message={errorText(list.error)} retry={t.retry} onRetry={() => list.refetch()} />
      )}
      {list.data?.length === 0 && <p className="text-sm text-slate-500">{t.deliveries.empty}</p>}
      <ul className="divide-y divide-slate-100" data-testid="deliveries">
        {list.data?.map((d) => {
          const waiting = d.status === "pending" && d.attempts === 0;
          return (
            <li key={d.id} data-testid="delivery" className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
              <span
                data-testid="delivery-status"
                className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${statusTone[d.status]}`}
              >
                {waiting ? t.deliveries.waiting : t.deliveries.statuses[d.status]}
              </span>
              <span className="font-medium">{names[d.eventType] ?? d.eventType}</span>
              {d.ticketId !== null && <span className="text-slate-500">#{d.ticketId}</span>}
              <span className="min-w-0 flex-1 truncate font-mono text-xs text-slate-400">{d.url}</span>
              <span className="w-full text-xs text-slate-500 sm:w-auto">
                {dateTime(d.createdAt)}
                {d.attempts > 0 && <> · {fmt(t.deliveries.attempts, { n: d.attempts })}</>}
                {d.lastStatusCode !== null && <> · HTTP {d.lastStatusCode}</>}
                {d.lastError && d.status !== "delivered" && <> · {d.lastError}</>}
                {d.status === "pending" && d.attempts > 0 && (
                  <> · {fmt(t.deliveries.nextAt, { time: dateTime(d.nextAttemptAt) })}</>
                )}
              </span>
              {d.status !== "delivered" && (
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={redeliver.isPending && redeliver.variables?.id === d.id}
                  onClick={() => redeliver.mutate({ id: d.id })}
                >
                  {redeliver.isPending && redeliver.variables?.id === d.id
                    ? t.deliveries.redelivering
                    : t.deliveries.redeliver}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
