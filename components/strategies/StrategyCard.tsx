"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { yuan } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { isBuiltin } from "@/server/strategies/definitions";
import { describeDefinition } from "@/server/strategies/describe";
import { strategyName } from "./names";
import { RunList } from "./RunList";
import { Toggle } from "./Toggle";
import type { StrategyItem } from "./types";

/** One strategy on the 售后助手 page: on/off, its conditions in words, matches and money, last runs. */
export function StrategyCard({ s, canManage }: { s: StrategyItem; canManage: boolean }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toggle = useMutation(
    trpc.strategies.setEnabled.mutationOptions({
      onSettled: () => qc.invalidateQueries({ queryKey: trpc.strategies.pathKey() }),
    }),
  );
  const name = strategyName(s, t);
  const words = describeDefinition(s.definition, locale);
  const enabled = toggle.isPending && toggle.variables ? toggle.variables.enabled : s.enabled;
  return (
    <article
      className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200"
      data-testid={`strategy-${isBuiltin(s.kind) ? s.kind : s.id}`}
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold">
            {name} <span className="ml-1 text-xs font-normal text-slate-400">{fmt(t.version, { n: s.version })}</span>
          </h3>
          <p className={`text-xs ${enabled ? "text-emerald-600" : "text-slate-400"}`} data-testid="strategy-state">
            {enabled ? t.on : t.off}
          </p>
        </div>
        <Toggle
          checked={enabled}
          label={fmt(t.toggle, { name })}
          disabled={!canManage}
          busy={toggle.isPending}
          onChange={(next) => toggle.mutate({ id: s.id, enabled: next })}
        />
      </div>
      {isBuiltin(s.kind) && <p className="text-sm text-slate-600">{t.builtinBlurb[s.kind]}</p>}
      <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="strategy-words">
        {words.conditions.map((w) => (
          <span key={w} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">
            {w}
          </span>
        ))}
        <span className="text-slate-400">→</span>
        <span className="rounded-full bg-brand-50 px-2 py-0.5 font-medium text-brand-700">{words.action}</span>
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        {(
          [
            [t.today, s.stats.todayN, s.stats.todayFen],
            [t.week, s.stats.weekN, s.stats.weekFen],
          ] as const
        ).map(([label, n, fen]) => (
          <div key={label} className="rounded-lg bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="tabular-nums font-medium">{fmt(t.statLine, { n, money: yuan(fen) })}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h4 className="mb-1 text-xs font-medium text-slate-500">{t.lastRuns}</h4>
        <RunList runs={s.lastRuns} compact />
      </div>
      {toggle.error && (
        <p role="alert" className="text-xs text-red-600">
          {toggle.error.message}
        </p>
      )}
      <div className="mt-auto flex justify-end">
        <Link
          href={`/strategies/${s.id}`}
          className="rounded-lg px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-100 hover:bg-brand-50"
        >
          {canManage ? t.edit : t.details}
        </Link>
      </div>
    </article>
  );
}
