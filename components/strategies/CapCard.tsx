"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { yuan } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { parseYuan, yuanInput } from "./money";
import type { Cap } from "./types";

/** The daily auto-refund cap (off by default): today's spend, and a warning once strategies stopped refunding. */
export function CapCard({ cap, canManage }: { cap: Cap; canManage: boolean }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [value, setValue] = useState(yuanInput(cap.capFen));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setValue(yuanInput(cap.capFen)), [cap.capFen]);
  const save = useMutation(
    trpc.strategies.setDailyCap.mutationOptions({
      onSuccess: () => qc.invalidateQueries({ queryKey: trpc.strategies.pathKey() }),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fen = parseYuan(value);
    setInvalid(fen === undefined);
    if (fen !== undefined) save.mutate({ capFen: fen });
  };
  return (
    <section className="rounded-xl bg-white p-4 ring-1 ring-slate-200" data-testid="cap-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t.cap.title}</h2>
        <p className="text-sm text-slate-600">
          {cap.capFen === null ? t.cap.off : fmt(t.cap.on, { cap: yuan(cap.capFen) })}
          {" · "}
          {fmt(t.cap.spent, { spent: yuan(cap.spentFen) })}
        </p>
      </div>
      {cap.reached && (
        <p role="status" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t.cap.reached}
        </p>
      )}
      {canManage && (
        <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-xs text-slate-500">
            {t.cap.input}
            <input
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              className="w-40 rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-900"
              aria-invalid={invalid}
            />
          </label>
          <button
            type="submit"
            disabled={save.isPending}
            className="rounded-lg bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50"
          >
            {save.isPending ? t.form.saving : t.cap.save}
          </button>
          {save.isSuccess && !save.isPending && <span className="text-xs text-emerald-600">{t.cap.saved}</span>}
          {(invalid || save.error) && (
            <p role="alert" className="w-full text-xs text-red-600">
              {invalid ? t.form.yuanInvalid : save.error?.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
