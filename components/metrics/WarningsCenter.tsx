"use client";
// 预警中心: active warnings first (unacknowledged on top), then those cleared in the last 7 days; the thresholds
// below. Polls every 30 s: warnings open and clear themselves as the evaluator sees conditions change.
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { useI18n, useTRPC } from "../providers";
import { PageHeader } from "../ui/PageHeader";
import { Boundary } from "./Boundary";
import { shortDateTime } from "./format";
import { ListSkeleton } from "./Skeletons";
import { ThresholdsForm } from "./ThresholdsForm";
import { WarningItem } from "./WarningItem";

export function WarningList({ compact = false, limit }: { compact?: boolean; limit?: number }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].warnings;
  const trpc = useTRPC();
  const { data } = useSuspenseQuery({ ...trpc.warnings.list.queryOptions(), refetchInterval: 30_000 });
  const active = limit ? data.active.slice(0, limit) : data.active;
  const more = data.active.length - active.length;
  return (
    <div className="space-y-4">
      {active.length === 0 ? (
        <p className="rounded-xl bg-emerald-50 p-4 text-sm text-emerald-800" data-testid="no-warnings">
          {t.none}
        </p>
      ) : (
        <ul className="space-y-2" aria-label={t.active}>
          {active.map((w) => (
            <WarningItem key={w.id} w={w} compact={compact} />
          ))}
          {more > 0 && (
            <li>
              <Link
                href="/warnings"
                className="block rounded-xl bg-white p-2.5 text-center text-sm text-brand-600 ring-1 ring-slate-200"
              >
                {fmt(t.moreN, { n: more })}
              </Link>
            </li>
          )}
        </ul>
      )}
      {!compact && (
        <>
          <p className="text-xs text-slate-400">
            {data.evaluatedAt ? fmt(t.evaluated, { time: shortDateTime(data.evaluatedAt) }) : t.notEvaluated}
          </p>
          {data.cleared.length > 0 && (
            <section>
              <h2 className="mb-2 text-sm font-medium text-slate-600">{t.cleared}</h2>
              <ul className="space-y-2">
                {data.cleared.map((w) => (
                  <WarningItem key={w.id} w={w} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

export function WarningsCenter({ canEditThresholds }: { canEditThresholds: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale];
  return (
    <div className="mx-auto max-w-4xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.warnings.title} subtitle={t.warnings.subtitle} />
      <Boundary fallback={<ListSkeleton rows={4} />}>
        <WarningList />
      </Boundary>
      <section id="thresholds" className="space-y-2 pt-4">
        <h2 className="text-base font-semibold">{t.thresholds.title}</h2>
        <p className="text-sm text-slate-500">{t.thresholds.subtitle}</p>
        <Boundary fallback={<ListSkeleton rows={8} />}>
          <ThresholdsForm canEdit={canEditThresholds} />
        </Boundary>
      </section>
    </div>
  );
}
