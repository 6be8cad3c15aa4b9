"use client";
// One 预警: what is wrong in a sentence, the numbers behind it, a link to the affected tickets/orders, and
// 确认 (acknowledge). Used by the 预警中心 and the team lead's phone home.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { type MetricId, metricDefs } from "@/server/metrics/definitions";
import type { AppRouter } from "@/server/routers/_app";
import type { WarningKind } from "@/server/warnings/rules";
import { yuan } from "../format";
import { useI18n, useTRPC } from "../providers";
import { formatOf, shortDateTime } from "./format";
import { quickFilterHref } from "./links";

export type WarningRow = inferRouterOutputs<AppRouter>["warnings"]["list"]["active"][number];

export function warningHref(w: Pick<WarningRow, "kind" | "subject">): string {
  switch (w.kind as WarningKind) {
    case "metric": {
      const group = metricDefs[w.subject as MetricId]?.group;
      return group === "fulfillment" ? "/metrics/fulfillment" : group === "service" ? "/metrics/agents" : "/metrics";
    }
    case "ticketsAboutToTimeout":
      return quickFilterHref("aboutToTimeout");
    case "ordersDueSoon":
      return "/metrics/fulfillment#dueSoon";
    case "notCollected":
      return "/metrics/fulfillment#notCollected";
    case "strategyCapReached":
      return "/strategies";
  }
  return "/warnings";
}

export function useWarningText() {
  const { locale, m: app } = useI18n();
  const t = metricsMessages[locale];
  return (w: WarningRow): { title: string; detail: string | null } => {
    const n = w.count ?? 0;
    const data = w.data as { overdue?: number; withinHours?: number };
    switch (w.kind as WarningKind) {
      case "metric": {
        const id = w.subject as MetricId;
        const f = formatOf(id, app.time);
        const dir = metricDefs[id]?.better === "higher" ? t.warnings.below : t.warnings.above;
        return {
          title: fmt(t.warnings.kind.metric, { name: t.metric[id]?.name ?? id, dir }),
          detail: fmt(t.warnings.metricDetail, { value: f(w.value), threshold: f(w.threshold), n }),
        };
      }
      case "strategyCapReached":
        return {
          title: t.warnings.kind.strategyCapReached,
          detail: fmt(n > 0 ? t.warnings.capHeldDetail : t.warnings.capDetail, {
            value: yuan(w.value ?? 0),
            threshold: yuan(w.threshold ?? 0),
            n,
          }),
        };
      case "ordersDueSoon":
        return {
          title: fmt(t.warnings.kind.ordersDueSoon, { n }),
          detail: data.overdue ? fmt(t.warnings.overdueDetail, { n: data.overdue }) : null,
        };
      case "ticketsAboutToTimeout":
        return {
          title: fmt(t.warnings.kind.ticketsAboutToTimeout, { n }),
          detail: data.withinHours ? fmt(t.warnings.timeoutDetail, { h: data.withinHours }) : null,
        };
      default:
        return { title: fmt(t.warnings.kind.notCollected, { n }), detail: null };
    }
  };
}

export function WarningItem({ w, compact = false }: { w: WarningRow; compact?: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].warnings;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const text = useWarningText()(w);
  const ack = useMutation(
    trpc.warnings.acknowledge.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.warnings.list.queryKey() }),
    }),
  );
  const acked = !!w.acknowledgedAt;
  const cleared = !!w.clearedAt;
  return (
    <li
      className={`flex flex-wrap items-start gap-x-3 gap-y-2 rounded-xl p-3 ring-1 ${cleared || acked ? "bg-white ring-slate-200" : "bg-red-50 ring-red-200"}`}
      data-testid="warning"
      data-warning-id={w.id}
      data-kind={w.kind}
      data-subject={w.subject}
    >
      <span aria-hidden className={`mt-0.5 ${cleared ? "text-slate-400" : acked ? "text-amber-500" : "text-red-600"}`}>
        {cleared ? "✓" : "⚠"}
      </span>
      <div className="min-w-0 flex-1">
        <div className={`text-sm font-medium ${cleared ? "text-slate-500" : "text-slate-900"}`}>{text.title}</div>
        {text.detail && <div className="text-xs text-slate-600">{text.detail}</div>}
        <div className={`mt-0.5 text-xs text-slate-400 ${compact && !acked ? "hidden" : ""}`}>
          {cleared
            ? fmt(t.clearedAt, { time: shortDateTime(w.clearedAt ?? w.lastSeenAt) })
            : fmt(t.since, { time: shortDateTime(w.firstSeenAt) })}
          {acked && (
            <span data-testid="acked">
              {" · "}
              {fmt(t.acked, {
                name: w.acknowledgedByName ?? "",
                time: shortDateTime(w.acknowledgedAt ?? w.lastSeenAt),
              })}
            </span>
          )}
        </div>
        {ack.error && (
          <div role="alert" className="mt-1 text-xs text-red-600">
            {ack.error.message}
          </div>
        )}
      </div>
      {!cleared && (
        <div className="flex basis-full items-center justify-end gap-2 sm:basis-auto sm:shrink-0">
          <Link
            href={warningHref(w)}
            className="rounded-lg bg-white px-2.5 py-1 text-xs text-brand-700 ring-1 ring-brand-100 hover:bg-brand-50"
          >
            {t.open}
          </Link>
          {!acked && (
            <button
              type="button"
              disabled={ack.isPending}
              onClick={() => ack.mutate({ warningId: w.id })}
              className="rounded-lg bg-slate-900 px-2.5 py-1 text-xs text-white hover:bg-slate-700 disabled:opacity-50"
            >
              {t.ack}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
