"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n, useTRPC } from "@/components/providers";
import { PageHeader } from "@/components/ui/PageHeader";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { History } from "./History";
import { strategyName } from "./names";
import { RunList } from "./RunList";
import { StrategyForm } from "./StrategyForm";
import { Toggle } from "./Toggle";

/** One strategy: on/off, its form (edit = new version) with a dry-run, the change log and its runs. */
export function StrategyDetail({ id, created }: { id: string; created: boolean }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const q = useQuery({ ...trpc.strategies.detail.queryOptions({ id }), refetchInterval: 10_000 });
  const toggle = useMutation(
    trpc.strategies.setEnabled.mutationOptions({
      onSettled: () => qc.invalidateQueries({ queryKey: trpc.strategies.pathKey() }),
    }),
  );
  if (q.isPending)
    return (
      <div className="mx-auto max-w-5xl space-y-3 p-3 sm:p-5" aria-busy>
        <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
        <div className="h-40 animate-pulse rounded-xl bg-slate-200" />
      </div>
    );
  if (q.isError)
    return (
      <div role="alert" className="m-5 rounded-xl bg-red-50 p-6 text-center text-red-700">
        {q.error.data?.code === "NOT_FOUND" ? t.notFound : `${t.loadError}：${q.error.message}`}
        <div className="mt-3">
          <Link href="/strategies" className="text-sm underline">
            {t.back}
          </Link>
        </div>
      </div>
    );
  const { strategy: s, versions, changes, canManage } = q.data;
  const name = strategyName(s, t);
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader
        back={{ href: "/strategies", label: t.back }}
        title={
          <>
            {name} <span className="text-sm font-normal text-slate-400">{fmt(t.version, { n: s.version })}</span>
          </>
        }
      >
        <span className={`text-sm ${s.enabled ? "text-emerald-600" : "text-slate-400"}`}>
          {s.enabled ? t.on : t.off}
        </span>
        <Toggle
          checked={s.enabled}
          label={fmt(t.toggle, { name })}
          disabled={!canManage}
          busy={toggle.isPending}
          onChange={(next) => toggle.mutate({ id: s.id, enabled: next })}
        />
      </PageHeader>
      {created && !s.enabled && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-700">
          {t.form.createdOff}
        </p>
      )}
      {!canManage && (
        <p role="note" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-600">
          {t.viewOnly}
        </p>
      )}
      {toggle.error && (
        <p role="alert" className="text-sm text-red-600">
          {toggle.error.message}
        </p>
      )}
      <StrategyForm key={s.id} mode={{ kind: "edit", strategy: s }} canManage={canManage} />
      <section className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
        <h2 className="mb-2 font-semibold">{t.runsTitle}</h2>
        <RunList runs={s.lastRuns} />
      </section>
      <History changes={changes} versions={versions} />
    </div>
  );
}
