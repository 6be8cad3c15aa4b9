"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n, useTRPC } from "@/components/providers";
import { PageHeader } from "@/components/ui/PageHeader";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { customTemplates, isBuiltin } from "@/server/strategies/definitions";
import { CapCard } from "./CapCard";
import { StrategyCard } from "./StrategyCard";

/** 售后助手: the built-in strategies, the shop's custom ones, the daily cap. Refreshed every 5 s. */
export function StrategiesPage() {
  const { locale, m } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.strategies.overview.queryOptions(), refetchInterval: 5_000 });
  if (q.isPending) return <Skeleton />;
  if (q.isError)
    return (
      <div role="alert" className="m-5 rounded-xl bg-red-50 p-6 text-center text-red-700">
        <p>
          {t.loadError}：{q.error.message}
        </p>
        <button type="button" onClick={() => q.refetch()} className="mt-3 rounded-lg bg-white px-4 py-1.5 text-sm">
          {m.common.retry}
        </button>
      </div>
    );
  const { strategies, cap, canManage } = q.data;
  const builtin = strategies.filter((s) => isBuiltin(s.kind));
  const custom = strategies.filter((s) => !isBuiltin(s.kind));
  return (
    <div className="mx-auto max-w-6xl space-y-5 p-3 sm:p-5">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {!canManage && (
        <p role="note" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-600">
          {t.viewOnly}
        </p>
      )}
      <CapCard cap={cap} canManage={canManage} />
      <section className="space-y-2">
        <h2 className="font-semibold">{t.builtinSection}</h2>
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {builtin.map((s) => (
            <StrategyCard key={s.id} s={s} canManage={canManage} />
          ))}
        </div>
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">{t.customSection}</h2>
        {custom.length === 0 && <p className="text-sm text-slate-500">{t.customEmpty}</p>}
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {custom.map((s) => (
            <StrategyCard key={s.id} s={s} canManage={canManage} />
          ))}
        </div>
        {canManage && (
          <div className="flex flex-wrap gap-2 pt-1">
            {customTemplates.map((k) => (
              <Link
                key={k}
                href={`/strategies/new?template=${k}`}
                className="rounded-lg border border-dashed border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:border-brand-500 hover:text-brand-700"
              >
                {fmt(t.newFrom, { name: t.templateName[k] })}
              </Link>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

function Skeleton() {
  return (
    <div className="mx-auto max-w-6xl space-y-3 p-3 sm:p-5" aria-busy>
      <div className="h-6 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-xl bg-slate-200" />
      <div className="grid gap-3 md:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-64 animate-pulse rounded-xl bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
