"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { yuan } from "@/components/format";
import { useI18n, useTRPC } from "@/components/providers";
import { fmt } from "@/messages/locale";
import { strategiesMessages } from "@/messages/strategies";
import { type CustomTemplate, isBuiltin, templates } from "@/server/strategies/definitions";
import { describeDefinition } from "@/server/strategies/describe";
import { ConditionFields } from "./ConditionFields";
import { DryRunPanel } from "./DryRunPanel";
import { definitionOf, type FormState, formStateOf } from "./form-state";
import type { StrategyItem } from "./types";

type Mode = { kind: "create"; template: CustomTemplate } | { kind: "edit"; strategy: StrategyItem };

/** A tRPC error's first input problem (zod) or its domain message. */
function errorText(e: { message: string; data?: { zod?: { message: string }[] } | null } | null): string | null {
  if (!e) return null;
  return e.data?.zod?.[0]?.message ?? e.message;
}

/** Create or edit a strategy, with its dry-run on the form as it stands. Built-ins: only the threshold. */
export function StrategyForm({ mode, canManage }: { mode: Mode; canManage: boolean }) {
  const { locale } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const initial =
    mode.kind === "create"
      ? formStateOf(t.templateName[mode.template], templates[mode.template].definition)
      : formStateOf(mode.strategy.name, mode.strategy.definition);
  const [s, set] = useState<FormState>(initial);
  const builtin = mode.kind === "edit" && isBuiltin(mode.strategy.kind);
  const parsed = definitionOf(s);
  const invalidate = () => qc.invalidateQueries({ queryKey: trpc.strategies.pathKey() });
  const create = useMutation(
    trpc.strategies.create.mutationOptions({
      onSuccess: async (row) => {
        await invalidate();
        router.push(`/strategies/${row.id}?created=1`);
      },
    }),
  );
  const update = useMutation(trpc.strategies.update.mutationOptions({ onSuccess: invalidate }));
  const pending = create.isPending || update.isPending;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!parsed.ok) return;
    if (mode.kind === "create") create.mutate({ name: s.name, template: mode.template, definition: parsed.definition });
    else
      update.mutate({
        id: mode.strategy.id,
        version: mode.strategy.version,
        name: builtin ? undefined : s.name,
        definition: parsed.definition,
      });
  };
  const localError = parsed.ok ? null : t.form.yuanInvalid;
  const serverError = errorText(create.error ?? update.error);
  const limit = mode.kind === "edit" ? mode.strategy.maxFenLimit : null;
  const fixedWords = builtin && mode.kind === "edit" ? describeDefinition(mode.strategy.definition, locale) : null;
  return (
    <div className="space-y-4">
      <form
        onSubmit={submit}
        className="space-y-4 rounded-xl bg-white p-4 ring-1 ring-slate-200"
        aria-label={t.form.editTitle}
      >
        <fieldset disabled={!canManage} className="space-y-4">
          {!builtin && (
            <label className="flex flex-col gap-1 text-xs font-medium text-slate-500">
              {t.form.name}
              <input
                value={s.name}
                onChange={(e) => set({ ...s, name: e.target.value })}
                maxLength={30}
                className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-900"
              />
            </label>
          )}
          {fixedWords ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-600">
                {fixedWords.conditions.join(t.words.separator)} {t.words.thenAct} {fixedWords.action}
              </p>
              <label className="flex flex-col gap-1 text-xs font-medium text-slate-500">
                {t.form.max}
                <input
                  inputMode="decimal"
                  value={s.max}
                  onChange={(e) => set({ ...s, max: e.target.value })}
                  className="w-40 rounded-lg border border-slate-300 px-3 py-1.5 text-sm text-slate-900"
                />
                {limit !== null && (
                  <span className="font-normal text-slate-400">{fmt(t.form.maxLimit, { limit: yuan(limit) })}</span>
                )}
              </label>
              <p className="text-xs text-slate-400">{t.form.builtinFixed}</p>
            </div>
          ) : (
            <ConditionFields s={s} set={set} />
          )}
        </fieldset>
        {(localError || serverError) && (
          <p role="alert" className="text-sm text-red-600">
            {localError ?? serverError}
          </p>
        )}
        {update.isSuccess && !update.isPending && (
          <p role="status" className="text-sm text-emerald-600">
            {fmt(t.form.saved, { n: update.data.version })}
          </p>
        )}
        {canManage && (
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => router.push("/strategies")}
              className="rounded-lg px-3 py-1.5 text-sm text-slate-600 ring-1 ring-slate-200"
            >
              {t.form.cancel}
            </button>
            <button
              type="submit"
              disabled={pending || !parsed.ok}
              className="rounded-lg bg-brand-500 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-50"
            >
              {pending ? t.form.saving : mode.kind === "create" ? t.form.create : t.form.save}
            </button>
          </div>
        )}
      </form>
      <DryRunPanel definition={parsed.ok ? parsed.definition : null} />
    </div>
  );
}
