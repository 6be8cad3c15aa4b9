"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { dateTime, yuan } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import type { StrategyDefinition } from "@/server/strategies/definitions";

/** Dry-run before enabling: the last 30 days' tickets the current form would have matched, computed on the server. */
export function DryRunPanel({ definition }: { definition: StrategyDefinition | null }) {
  const { locale, m } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const run = useMutation(trpc.strategies.dryRun.mutationOptions());
  const [ranOn, setRanOn] = useState<string | null>(null);
  const key = definition ? JSON.stringify(definition) : null;
  const r = run.data;
  const stale = r && ranOn !== key;
  const start = () => {
    if (!definition) return;
    setRanOn(key);
    run.mutate({ definition });
  };
  const max = r ? Math.max(1, ...r.byReason.map((x) => x.n)) : 1;
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200" data-testid="dry-run">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{t.dryRun.title}</h2>
        <button
          type="button"
          onClick={start}
          disabled={!definition || run.isPending}
          className="rounded-lg bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          {run.isPending ? t.dryRun.running : t.dryRun.run}
        </button>
      </div>
      {!r && !run.error && <p className="text-sm text-slate-500">{t.dryRun.hint}</p>}
      {run.error && (
        <p role="alert" className="text-sm text-red-600">
          {run.error.message}
        </p>
      )}
      {r && (
        <div className={`space-y-3 ${stale ? "opacity-50" : ""}`}>
          {stale && <p className="text-xs text-amber-700">{t.dryRun.stale}</p>}
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <p className="text-xl font-semibold" data-testid="dry-run-matched">
              {fmt(t.dryRun.matched, { n: r.matched })}
            </p>
            <p className="tabular-nums text-slate-700">{fmt(t.dryRun.amount, { money: yuan(r.amountFen) })}</p>
            <p className="text-xs text-slate-400">{fmt(t.dryRun.scanned, { n: r.scanned, ms: r.ms })}</p>
          </div>
          {r.matched === 0 ? (
            <p className="text-sm text-slate-500">{t.dryRun.none}</p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3 className="mb-1 text-xs font-medium text-slate-500">{t.dryRun.byReason}</h3>
                <ul className="space-y-1 text-sm">
                  {r.byReason.map((x) => (
                    <li key={x.reason} className="flex items-center gap-2">
                      <span className="w-24 shrink-0 truncate">{m.reason[x.reason]}</span>
                      <span className="h-2 rounded bg-brand-500" style={{ width: `${(x.n / max) * 40}%` }} />
                      <span className="ml-auto shrink-0 tabular-nums text-slate-600">
                        {x.n} · {yuan(x.amountFen)}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3 className="mb-1 text-xs font-medium text-slate-500">{t.dryRun.byProduct}</h3>
                <ul className="space-y-1 text-sm">
                  {r.byProduct.map((x) => (
                    <li key={x.productId} className="flex gap-2">
                      <span className="min-w-0 flex-1 truncate">{x.title}</span>
                      <span className="shrink-0 tabular-nums text-slate-600">
                        {x.n} · {yuan(x.amountFen)}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              <div className="md:col-span-2">
                <h3 className="mb-1 text-xs font-medium text-slate-500">{t.dryRun.samples}</h3>
                <ul className="divide-y divide-slate-100 text-sm">
                  {r.samples.map((x) => (
                    <li key={x.id} className="flex flex-wrap gap-x-3 py-1.5">
                      <span className="font-medium">#{x.id}</span>
                      <span className="min-w-0 flex-1 truncate">{x.productTitle}</span>
                      <span className="text-slate-500">
                        {m.ticketType[x.type]} · {m.reason[x.reason]} · {m.ticketStatus[x.status]}
                      </span>
                      <span className="tabular-nums">{yuan(x.requestedFen)}</span>
                      <span className="text-xs text-slate-400">{dateTime(x.appliedAt)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
