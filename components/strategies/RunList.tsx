"use client";
import { dateTime, yuan } from "@/components/format";
import { useI18n } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { explainMatch, explainMiss } from "@/server/strategies/describe";
import type { RunItem } from "./types";

const tone: Record<RunItem["outcome"], string> = {
  acted: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  waiting: "bg-sky-50 text-sky-700 ring-sky-200",
  no_match: "bg-slate-50 text-slate-500 ring-slate-200",
  capped: "bg-amber-50 text-amber-800 ring-amber-200",
  refused: "bg-red-50 text-red-700 ring-red-200",
};

/** The run's conditions with the values it saw, in the reader's language (a refusal keeps the rules' own words). */
function runWhy(r: RunItem, locale: "zh-CN" | "en"): string | null {
  if (r.outcome === "refused") return r.why;
  if (r.conditions.length === 0) return r.why;
  return r.outcome === "no_match" ? explainMiss(r.conditions, locale) : explainMatch(r.conditions, locale);
}

/** Runs of a strategy, newest first: outcome, ticket, the conditions with their values, when. */
export function RunList({ runs, compact = false }: { runs: RunItem[]; compact?: boolean }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  if (runs.length === 0) return <p className="text-xs text-slate-400">{t.noRuns}</p>;
  return (
    <ul className="space-y-1.5" data-testid="strategy-runs">
      {runs.map((r) => {
        const why = runWhy(r, locale);
        return (
          <li key={r.id} className="text-xs" data-testid="strategy-run">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <span className={`rounded px-1.5 py-0.5 ring-1 ${tone[r.outcome]}`}>{t.outcome[r.outcome]}</span>
              <span className="font-medium text-slate-700">{fmt(t.ticketNo, { id: r.ticketId })}</span>
              {r.outcome === "acted" && <span className="tabular-nums text-slate-700">{yuan(r.amountFen)}</span>}
              <span className="text-slate-400">
                v{r.version} · {dateTime(r.at)}
              </span>
            </div>
            {why && (
              <p className={`mt-0.5 text-slate-500 ${compact ? "line-clamp-1" : ""}`} title={why}>
                {why}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
