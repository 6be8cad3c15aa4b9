"use client";
// 报备: reason, the orders it covers (listed, or a promised-ship-time range) and evidence links.
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { useI18n, useTRPC } from "../providers";
import { shortDateTime } from "./format";

const input = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm";
const lines = (s: string) =>
  s
    .split(/[\s,，、]+/)
    .map((x) => x.trim())
    .filter(Boolean);
/** A datetime-local value is a Shanghai wall time. */
const shanghai = (v: string) => (v ? new Date(`${v}:00+08:00`) : undefined);
const empty = { reason: "", orderIds: "", coversFrom: "", coversTo: "", evidence: "" };

export function FilingsPanel({ canEdit }: { canEdit: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].calendar;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settingsCalendar.list.queryOptions());
  const [form, setForm] = useState(empty);
  const done = () => qc.invalidateQueries({ queryKey: trpc.settingsCalendar.list.queryKey() });
  const add = useMutation(
    trpc.settingsCalendar.addFiling.mutationOptions({
      onSuccess: () => {
        setForm(empty);
        done();
      },
    }),
  );
  const remove = useMutation(trpc.settingsCalendar.removeFiling.mutationOptions({ onSuccess: done }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({
      reason: form.reason,
      orderIds: lines(form.orderIds),
      coversFrom: shanghai(form.coversFrom),
      coversTo: shanghai(form.coversTo),
      evidence: lines(form.evidence),
    });
  };
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200" aria-label={t.filings}>
      <div>
        <h2 className="font-semibold">{t.filings}</h2>
        <p className="text-sm text-slate-500">{t.filingsHint}</p>
      </div>
      {data.filings.length === 0 ? (
        <p className="text-sm text-slate-400">{t.noFilings}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="filings">
          {data.filings.map((f) => (
            <li key={f.id} className="flex items-start gap-3 py-2">
              <div className="min-w-0 flex-1">
                <div className="font-medium">{f.reason}</div>
                <div className="text-xs text-slate-500">
                  {t.covers}{" "}
                  {[
                    f.orderIds.length ? fmt(t.ordersN, { n: f.orderIds.length }) : "",
                    f.coversFrom && f.coversTo
                      ? fmt(t.range, { from: shortDateTime(f.coversFrom), to: shortDateTime(f.coversTo) })
                      : "",
                  ]
                    .filter(Boolean)
                    .join("；")}
                  {" · "}
                  {fmt(t.by, { name: f.createdByName ?? "", time: shortDateTime(f.createdAt) })}
                </div>
                {f.evidence.length > 0 && (
                  <div className="mt-1 flex flex-wrap gap-2 text-xs">
                    {f.evidence.map((u, i) => (
                      <a key={u} href={u} target="_blank" rel="noreferrer" className="text-brand-600 hover:underline">
                        {t.evidence} {i + 1}
                      </a>
                    ))}
                  </div>
                )}
              </div>
              {canEdit && (
                <button
                  type="button"
                  className="text-xs text-red-600 hover:underline"
                  onClick={() => window.confirm(t.confirmRemove) && remove.mutate({ id: f.id })}
                >
                  {t.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={submit} className="grid gap-2 sm:grid-cols-2">
          <label className="flex flex-col text-xs text-slate-600 sm:col-span-2">
            {t.reason}
            <input
              className={input}
              value={form.reason}
              placeholder={t.reasonPlaceholder}
              onChange={(e) => setForm({ ...form, reason: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs text-slate-600">
            {t.orderIds}
            <textarea
              rows={3}
              className={input}
              value={form.orderIds}
              placeholder={t.orderIdsHint}
              onChange={(e) => setForm({ ...form, orderIds: e.target.value })}
            />
          </label>
          <div className="flex flex-col gap-1 text-xs text-slate-600">
            <label className="flex flex-col">
              {t.coversFrom}
              <input
                type="datetime-local"
                className={input}
                value={form.coversFrom}
                onChange={(e) => setForm({ ...form, coversFrom: e.target.value })}
              />
            </label>
            <label className="flex flex-col">
              {t.coversTo}
              <input
                type="datetime-local"
                className={input}
                value={form.coversTo}
                onChange={(e) => setForm({ ...form, coversTo: e.target.value })}
              />
            </label>
          </div>
          <label className="flex flex-col text-xs text-slate-600 sm:col-span-2">
            {t.evidence}
            <textarea
              rows={2}
              className={input}
              value={form.evidence}
              placeholder={t.evidenceHint}
              onChange={(e) => setForm({ ...form, evidence: e.target.value })}
            />
          </label>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <button
              type="submit"
              disabled={add.isPending}
              className="rounded-lg bg-brand-500 px-3 py-1.5 text-sm text-white disabled:opacity-50"
            >
              {t.addFiling}
            </button>
            {add.error && (
              <span role="alert" className="text-sm text-red-600">
                {add.error.message}
              </span>
            )}
            {add.isSuccess && <span className="text-sm text-emerald-700">{t.saved}</span>}
          </div>
        </form>
      ) : (
        <p className="text-sm text-slate-500">{t.readOnly}</p>
      )}
    </section>
  );
}
