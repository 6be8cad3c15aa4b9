"use client";
// One limit of 时限与规则: the value and unit (editable for the owner and 设置权限, plain text for everyone else), its
// error in words, the platform default with the (assumption) mark, and 恢复默认.
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { fmt } from "@/messages/locale";
import { durationText, shopRulesMessages } from "@/messages/shop-rules";
import { type LimitKey, type LimitUnit, limitSpecs } from "@/server/shops/limits";
import { defaultTimeLimits } from "@/server/tickets/domain";
import type { RulesForm } from "./useRulesForm";

type Props = { k: LimitKey; form: RulesForm; canEdit: boolean };

export function LimitInput({ k, form, canEdit }: Props) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  const field = form.form?.fields[k];
  const error = form.parsed?.errors[k];
  const label = t.labels[k];
  if (!field) return null;
  if (!canEdit) {
    return (
      <span className="font-medium tabular-nums" data-testid={`limit-value-${k}`}>
        {durationText(locale, form.base?.limits[k] ?? defaultTimeLimits[k], field.unit)}
      </span>
    );
  }
  const errorId = `limit-error-${k}`;
  const changed = form.changed.includes(k);
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-1.5">
        <input
          value={field.text}
          onChange={(e) => form.setText(k, e.target.value)}
          inputMode="decimal"
          aria-label={fmt(t.limitLabel, { label })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={`limit-${k}`}
          disabled={form.saving}
          className={`w-20 rounded-lg border bg-white px-2.5 py-1.5 text-right text-sm tabular-nums focus:outline-none focus:ring-2 disabled:bg-slate-50 ${
            error
              ? "border-red-400 focus:ring-red-100"
              : changed
                ? "border-brand-500 focus:ring-brand-100"
                : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
          }`}
        />
        <select
          value={field.unit}
          onChange={(e) => form.setUnit(k, e.target.value as LimitUnit)}
          aria-label={fmt(t.unitLabel, { label })}
          disabled={form.saving}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-50"
        >
          <option value="h">{t.units.h}</option>
          <option value="d">{t.units.d}</option>
        </select>
        {changed && !error && (
          <span className="text-xs text-brand-700" data-testid={`limit-changed-${k}`}>
            {t.changed}
          </span>
        )}
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The platform default, "(假设)" where the SPEC chose the number, and whether the shop's value differs. */
export function LimitDefault({ k, form }: Omit<Props, "canEdit">) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  const spec = limitSpecs[k];
  const custom = form.base && form.base.limits[k] !== defaultTimeLimits[k];
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
      <span className="tabular-nums">{durationText(locale, defaultTimeLimits[k], spec.unit)}</span>
      {spec.assumption && (
        <abbr
          title={t.assumptionHelp}
          className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800 no-underline"
          data-testid={`assumption-${k}`}
        >
          {t.assumption}
        </abbr>
      )}
      {custom && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{t.custom}</span>}
    </span>
  );
}

export function RestoreButton({ k, form }: Omit<Props, "canEdit">) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  const field = form.form?.fields[k];
  const atDefault = form.parsed?.minutes[k] === defaultTimeLimits[k];
  const value = durationText(locale, defaultTimeLimits[k], limitSpecs[k].unit);
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={!field || atDefault || form.saving}
      onClick={() => form.restore(k)}
      aria-label={fmt(t.restoreLabel, { label: t.labels[k], value })}
      data-testid={`restore-${k}`}
    >
      {t.restore}
    </Button>
  );
}
