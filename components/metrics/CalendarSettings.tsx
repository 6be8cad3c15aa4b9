"use client";
// 设置 · 假期与报备 (SPEC §6 Holidays): the holiday calendar that moves promised ship times, and 报备 filings that
// take covered orders out of 发货及时率. Dates are Shanghai dates and times.
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fmt } from "@/messages/locale";
import { metricsMessages } from "@/messages/metrics";
import { useI18n, useTRPC } from "../providers";
import { PageHeader } from "../ui/PageHeader";
import { Boundary } from "./Boundary";
import { FilingsPanel } from "./FilingsPanel";
import { ListSkeleton } from "./Skeletons";

const input = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50";

function HolidaysPanel({ canEdit }: { canEdit: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].calendar;
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settingsCalendar.list.queryOptions());
  const [form, setForm] = useState({ name: "", startsOn: "", endsOn: "", shipDelayDays: "3" });
  const done = () => qc.invalidateQueries({ queryKey: trpc.settingsCalendar.list.queryKey() });
  const add = useMutation(
    trpc.settingsCalendar.addHoliday.mutationOptions({
      onSuccess: () => {
        setForm({ name: "", startsOn: "", endsOn: "", shipDelayDays: "3" });
        done();
      },
    }),
  );
  const remove = useMutation(trpc.settingsCalendar.removeHoliday.mutationOptions({ onSuccess: done }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ ...form, shipDelayDays: Number(form.shipDelayDays) });
  };
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200" aria-label={t.holidays}>
      <div>
        <h2 className="font-semibold">{t.holidays}</h2>
        <p className="text-sm text-slate-500">{t.holidaysHint}</p>
      </div>
      {data.holidays.length === 0 ? (
        <p className="text-sm text-slate-400">{t.noHolidays}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="holidays">
          {data.holidays.map((h) => (
            <li key={h.id} className="flex items-center gap-3 py-2">
              <span className="min-w-0 flex-1">
                <span className="font-medium">{h.name}</span>{" "}
                <span className="text-slate-500">
                  {h.startsOn} – {h.endsOn}
                </span>
              </span>
              <span className="text-slate-600">+{fmt(t.days, { n: h.shipDelayDays })}</span>
              {canEdit && (
                <button
                  type="button"
                  className="text-xs text-red-600 hover:underline"
                  onClick={() => window.confirm(t.confirmRemove) && remove.mutate({ id: h.id })}
                >
                  {t.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-xs text-slate-600">
            {t.name}
            <input
              className={input}
              value={form.name}
              placeholder={t.namePlaceholder}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs text-slate-600">
            {t.startsOn}
            <input
              type="date"
              className={input}
              value={form.startsOn}
              onChange={(e) => setForm({ ...form, startsOn: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs text-slate-600">
            {t.endsOn}
            <input
              type="date"
              className={input}
              value={form.endsOn}
              onChange={(e) => setForm({ ...form, endsOn: e.target.value })}
            />
          </label>
          <label className="flex flex-col text-xs text-slate-600">
            {t.delay}
            <input
              type="number"
              min={1}
              max={30}
              className={`${input} w-20`}
              value={form.shipDelayDays}
              onChange={(e) => setForm({ ...form, shipDelayDays: e.target.value })}
            />
          </label>
          <button
            type="submit"
            disabled={add.isPending}
            className="rounded-lg bg-brand-500 px-3 py-1.5 text-sm text-white disabled:opacity-50"
          >
            {t.addHoliday}
          </button>
          {add.error && (
            <p role="alert" className="w-full text-sm text-red-600">
              {add.error.message}
            </p>
          )}
          {add.isSuccess && <p className="w-full text-sm text-emerald-700">{t.saved}</p>}
        </form>
      ) : (
        <p className="text-sm text-slate-500">{t.readOnly}</p>
      )}
    </section>
  );
}

export function CalendarSettings({ canEdit }: { canEdit: boolean }) {
  const { locale } = useI18n();
  const t = metricsMessages[locale].calendar;
  return (
    <div className="mx-auto max-w-4xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} />
      <Boundary fallback={<ListSkeleton rows={3} />}>
        <HolidaysPanel canEdit={canEdit} />
      </Boundary>
      <Boundary fallback={<ListSkeleton rows={3} />}>
        <FilingsPanel canEdit={canEdit} />
      </Boundary>
    </div>
  );
}
