"use client";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { strategiesMessages } from "@/messages/strategies";
import { typesForAction } from "@/server/strategies/definitions";
import { orderKinds, reasonResponsibility, reasons, responsibilities } from "@/server/tickets/domain";
import { type FormState, toggleIn, withAction } from "./form-state";

const box = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-xs font-medium text-slate-500">{label}</legend>
      {children}
    </fieldset>
  );
}

function Check(props: { label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="inline-flex items-center gap-1.5 rounded-lg bg-slate-50 px-2 py-1 text-sm">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
    </label>
  );
}

/** The custom strategy builder: type, shipped or not, amount, reasons (by 买责/商责), products/SKUs, order kind. */
export function ConditionFields({ s, set }: { s: FormState; set: (next: FormState) => void }) {
  const { locale, m } = useI18n();
  const t = strategiesMessages[locale];
  const trpc = useTRPC();
  const productOptions = useQuery(trpc.strategies.products.queryOptions());
  const groupLabel = {
    buyer: t.form.buyerReasons,
    merchant: t.form.merchantReasons,
    logistics: t.form.logisticsReasons,
  };
  return (
    <div className="space-y-4">
      <Field label={t.form.action}>
        <div className="flex flex-wrap gap-2">
          {(["approve_refund", "approve_return"] as const).map((a) => (
            <label key={a} className="inline-flex items-center gap-1.5 text-sm">
              <input type="radio" name="action" checked={s.action === a} onChange={() => set(withAction(s, a))} />
              {t.action[a]}
            </label>
          ))}
        </div>
      </Field>
      <Field label={t.form.types}>
        <div className="flex flex-wrap gap-2">
          {typesForAction[s.action].map((ty) => (
            <Check
              key={ty}
              label={m.ticketType[ty]}
              checked={s.types.includes(ty)}
              disabled={typesForAction[s.action].length === 1}
              onChange={(on) => set({ ...s, types: toggleIn(s.types, ty, on) })}
            />
          ))}
        </div>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t.form.shipped}>
          <select
            aria-label={t.form.shipped}
            className={box}
            value={s.shipped}
            onChange={(e) => set({ ...s, shipped: e.target.value as FormState["shipped"] })}
          >
            <option value="any">{t.form.shippedAny}</option>
            <option value="not_shipped">{t.words.not_shipped}</option>
            <option value="shipped">{t.words.shipped}</option>
          </select>
        </Field>
        <Field label={t.form.delay}>
          <input
            aria-label={t.form.delay}
            inputMode="numeric"
            className={`${box} w-32`}
            value={s.delayMin}
            onChange={(e) => set({ ...s, delayMin: e.target.value })}
          />
        </Field>
      </div>
      <Field label={t.form.amount}>
        <div className="flex flex-wrap items-end gap-2">
          <select
            aria-label={t.form.amountBasis}
            className={box}
            value={s.amountBasis}
            onChange={(e) => set({ ...s, amountBasis: e.target.value as FormState["amountBasis"] })}
          >
            <option value="refund">{t.words.basis.refund}</option>
            <option value="order">{t.words.basis.order}</option>
          </select>
          <input
            aria-label={t.form.min}
            placeholder={t.form.min}
            inputMode="decimal"
            className={`${box} w-28`}
            value={s.min}
            onChange={(e) => set({ ...s, min: e.target.value })}
          />
          <span className="pb-1.5 text-slate-400">–</span>
          <input
            aria-label={t.form.max}
            placeholder={t.form.max}
            inputMode="decimal"
            className={`${box} w-28`}
            value={s.max}
            onChange={(e) => set({ ...s, max: e.target.value })}
          />
        </div>
      </Field>
      <Field label={t.form.reasons}>
        <div className="space-y-2">
          {responsibilities.map((g) => {
            const inGroup = reasons.filter((r) => reasonResponsibility[r] === g);
            const all = inGroup.every((r) => s.reasons.includes(r));
            return (
              <div key={g} className="flex flex-wrap items-center gap-1.5">
                <span className="w-16 shrink-0 text-xs text-slate-500">{groupLabel[g]}</span>
                <Check
                  label={t.form.selectGroup}
                  checked={all}
                  onChange={(on) => set({ ...s, reasons: inGroup.reduce((acc, r) => toggleIn(acc, r, on), s.reasons) })}
                />
                {inGroup.map((r) => (
                  <Check
                    key={r}
                    label={m.reason[r]}
                    checked={s.reasons.includes(r)}
                    onChange={(on) => set({ ...s, reasons: toggleIn(s.reasons, r, on) })}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </Field>
      <Field label={t.form.products}>
        <div className="flex max-h-40 flex-wrap gap-1.5 overflow-y-auto">
          {(productOptions.data ?? []).map((p) => (
            <Check
              key={p.id}
              label={p.title}
              checked={s.productIds.includes(p.id)}
              onChange={(on) => set({ ...s, productIds: toggleIn(s.productIds, p.id, on) })}
            />
          ))}
        </div>
      </Field>
      <Field label={t.form.skus}>
        <textarea
          aria-label={t.form.skus}
          rows={2}
          className={`${box} w-full font-mono`}
          value={s.skus}
          onChange={(e) => set({ ...s, skus: e.target.value })}
        />
      </Field>
      <Field label={t.form.orderKinds}>
        <div className="flex flex-wrap gap-1.5">
          {orderKinds.map((k) => (
            <Check
              key={k}
              label={t.orderKind[k]}
              checked={s.orderKinds.includes(k)}
              onChange={(on) => set({ ...s, orderKinds: toggleIn(s.orderKinds, k, on) })}
            />
          ))}
        </div>
      </Field>
      <div className="flex flex-wrap gap-2">
        <Check
          label={t.form.excludeVirtual}
          checked={s.excludeVirtual}
          onChange={(on) => set({ ...s, excludeVirtual: on })}
        />
        <Check
          label={t.form.sevenDayOnly}
          checked={s.sevenDayOnly}
          onChange={(on) => set({ ...s, sevenDayOnly: on })}
        />
      </div>
    </div>
  );
}
