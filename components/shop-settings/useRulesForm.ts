"use client";
// The 时限与规则 form: what each field holds (text and unit), what it parses to (limits.ts, the rules the server
// enforces), what changed since the page loaded, and the save — a compare-and-set on the values the page loaded
// (`base`), so a background refetch never turns someone else's change into ours.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { shopRulesErrorText } from "@/messages/shop-rules";
import {
  checkLimits,
  displayUnit,
  type LimitKey,
  type LimitUnit,
  type LimitViolation,
  limitKeys,
  limitSpecs,
  parseLimit,
  toUnit,
  violationParams,
} from "@/server/shops/limits";
import type { ShopRulesState } from "@/server/shops/schemas";
import { defaultTimeLimits, type TimeLimits } from "@/server/tickets/domain";
import { isStale, rulesErrorMessage } from "./errors";

export type LimitField = { text: string; unit: LimitUnit };
type Form = { fields: Record<LimitKey, LimitField>; interceptionAgreement: boolean; isCrossBorder: boolean };
export type Flag = "interceptionAgreement" | "isCrossBorder";

const fieldOf = (key: LimitKey, minutes: number): LimitField => {
  const unit = displayUnit(key, minutes);
  return { text: String(toUnit(minutes, unit)), unit };
};

function formOf(s: ShopRulesState): Form {
  const fields = {} as Record<LimitKey, LimitField>;
  for (const k of limitKeys) fields[k] = fieldOf(k, s.limits[k]);
  return { fields, interceptionAgreement: s.interceptionAgreement, isCrossBorder: s.isCrossBorder };
}

export function useRulesForm() {
  const { locale } = useI18n();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const query = useQuery(trpc.shopRules.get.queryOptions());
  const [base, setBase] = useState<ShopRulesState | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [saved, setSaved] = useState(false);

  // Field by field: minutes, or the reason it is not a limit; then the rule across limits (待买家上传单号).
  const parsed = useMemo(() => {
    if (!form) return null;
    const minutes = {} as Record<LimitKey, number | null>;
    const errors: Partial<Record<LimitKey, string>> = {};
    const say = (v: LimitViolation) => shopRulesErrorText(locale, v.code, violationParams(v));
    for (const k of limitKeys) {
      const r = parseLimit(k, form.fields[k].text, form.fields[k].unit);
      minutes[k] = r.ok ? r.minutes : null;
      if (!r.ok) errors[k] = say(r.violation);
    }
    const all = limitKeys.every((k) => minutes[k] !== null) ? (minutes as TimeLimits) : null;
    // The rule across limits, judged on what is valid so far (the loaded value stands in for a field being fixed).
    const valid = Object.fromEntries(limitKeys.filter((k) => minutes[k] !== null).map((k) => [k, minutes[k]]));
    const across = base && checkLimits({ ...base.limits, ...valid });
    if (across && !errors[across.key]) errors[across.key] = say(across);
    return { minutes, errors, limits: across ? null : all };
  }, [form, base, locale]);

  const changed = useMemo(() => {
    if (!base || !form || !parsed) return [] as string[];
    const keys: string[] = limitKeys.filter((k) => parsed.minutes[k] !== base.limits[k]);
    if (form.interceptionAgreement !== base.interceptionAgreement) keys.push("interceptionAgreement");
    if (form.isCrossBorder !== base.isCrossBorder) keys.push("isCrossBorder");
    return keys;
  }, [base, form, parsed]);
  const dirty = changed.length > 0;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  // The page's copy follows the server while nothing is being edited; once editing, it stays what was loaded.
  useEffect(() => {
    if (!query.data || dirtyRef.current) return;
    setBase(query.data);
    setForm(formOf(query.data));
  }, [query.data]);

  const save = useMutation(
    trpc.shopRules.save.mutationOptions({
      onSuccess: (next) => {
        setBase(next);
        setForm(formOf(next));
        setSaved(true);
        qc.setQueryData(trpc.shopRules.get.queryKey(), next);
      },
    }),
  );

  const edit = (f: (cur: Form) => Form) => {
    setSaved(false);
    if (save.isError) save.reset();
    setForm((cur) => (cur ? f(cur) : cur));
  };

  return {
    query,
    base,
    form,
    parsed,
    changed,
    dirty,
    saved,
    saving: save.isPending,
    saveError: save.error ? rulesErrorMessage(save.error, locale) : null,
    stale: save.error ? isStale(save.error) : false,
    setText: (k: LimitKey, text: string) =>
      edit((cur) => ({ ...cur, fields: { ...cur.fields, [k]: { ...cur.fields[k], text } } })),
    /** Another unit keeps the same duration when the field holds a valid one (48 小时 → 2 天). */
    setUnit: (k: LimitKey, unit: LimitUnit) =>
      edit((cur) => {
        const r = parseLimit(k, cur.fields[k].text, cur.fields[k].unit);
        const text = r.ok ? String(toUnit(r.minutes, unit)) : cur.fields[k].text;
        return { ...cur, fields: { ...cur.fields, [k]: { text, unit } } };
      }),
    restore: (k: LimitKey) =>
      edit((cur) => ({
        ...cur,
        fields: {
          ...cur.fields,
          [k]: { text: String(toUnit(defaultTimeLimits[k], limitSpecs[k].unit)), unit: limitSpecs[k].unit },
        },
      })),
    setFlag: (flag: Flag, on: boolean) => edit((cur) => ({ ...cur, [flag]: on })),
    discard: () => {
      if (!base) return;
      save.reset();
      setSaved(false);
      setForm(formOf(base));
    },
    submit: () => {
      if (!base || !form || !parsed?.limits || !dirty || save.isPending) return;
      const next = {
        limits: parsed.limits,
        interceptionAgreement: form.interceptionAgreement,
        isCrossBorder: form.isCrossBorder,
      };
      const previous = {
        limits: base.limits,
        interceptionAgreement: base.interceptionAgreement,
        isCrossBorder: base.isCrossBorder,
      };
      save.mutate({ previous, next });
    },
    /** After 已被他人修改: load what is saved now and start over from it. */
    reload: async () => {
      save.reset();
      setSaved(false);
      const fresh = await query.refetch();
      if (fresh.data) {
        setBase(fresh.data);
        setForm(formOf(fresh.data));
      }
    },
  };
}
export type RulesForm = ReturnType<typeof useRulesForm>;
