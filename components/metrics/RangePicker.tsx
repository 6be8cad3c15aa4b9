"use client";
import { type FormEvent, useEffect, useState, useTransition } from "react";
import { metricsMessages } from "@/messages/metrics";
import { rangePresets } from "@/server/metrics/schemas";
import { useI18n } from "../providers";
import { useRange } from "./useRange";

/** today / 7 d / 30 d / 90 d / custom, kept in the URL. */
export function RangePicker() {
  const { locale } = useI18n();
  const t = metricsMessages[locale].range;
  const { range, setRange: navigate } = useRange();
  // The new range's charts load inside a transition: the chosen chip answers at once, the old numbers stay
  // (dimmed by the pending state) until the new ones arrive.
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState(range.preset);
  const setRange = (r: typeof range) => {
    setChosen(r.preset);
    startTransition(() => navigate(r));
  };
  useEffect(() => setChosen(range.preset), [range.preset]);
  const [custom, setCustom] = useState(range.preset === "custom");
  const [from, setFrom] = useState(range.from ?? "");
  const [to, setTo] = useState(range.to ?? "");
  useEffect(() => setCustom(range.preset === "custom"), [range.preset]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (from && to) setRange({ preset: "custom", from, to });
  };
  const chip = (active: boolean) =>
    `shrink-0 rounded-lg px-3 py-1.5 text-sm ${active ? "bg-slate-900 text-white" : "bg-white text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50"}`;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-busy={pending}>
      <fieldset className="-mx-3 flex gap-1.5 overflow-x-auto px-3 sm:mx-0 sm:px-0">
        <legend className="sr-only">{t.label}</legend>
        {rangePresets.map((p) => {
          const active = p === "custom" ? custom : !custom && chosen === p;
          return (
            <button
              key={p}
              type="button"
              aria-pressed={active}
              className={chip(active)}
              onClick={() => (p === "custom" ? setCustom(true) : setRange({ preset: p }))}
            >
              {t[p]}
            </button>
          );
        })}
      </fieldset>
      {pending && (
        <span
          className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-500"
          role="status"
        />
      )}
      {custom && (
        <form onSubmit={apply} className="flex flex-wrap items-center gap-2">
          <input
            type="date"
            aria-label={t.from}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
          />
          <span className="text-slate-400">–</span>
          <input
            type="date"
            aria-label={t.to}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded-lg bg-brand-500 px-3 py-1 text-sm text-white hover:bg-brand-600">
            {t.apply}
          </button>
        </form>
      )}
    </div>
  );
}
