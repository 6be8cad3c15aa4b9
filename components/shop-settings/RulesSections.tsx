"use client";
// The sections of 时限与规则: the SPEC §3 table (a table on desktop, cards on a phone), the lists' reminder
// thresholds, and the two shop flags of the interception rule.
import { useI18n } from "@/components/providers";
import { shopRulesMessages } from "@/messages/shop-rules";
import { deadlineLimitKeys, thresholdLimitKeys } from "@/server/shops/limits";
import { LimitDefault, LimitInput, RestoreButton } from "./LimitControl";
import { Section } from "./Section";
import type { Flag, RulesForm } from "./useRulesForm";

type Props = { form: RulesForm; canEdit: boolean };

export function DeadlinesSection({ form, canEdit }: Props) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  return (
    <Section title={t.deadlines.title} explain={t.deadlines.explain}>
      <div className="-mx-4 hidden overflow-x-auto md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">{t.columns.state}</th>
              <th className="px-3 py-2 font-medium">{t.columns.who}</th>
              <th className="px-3 py-2 font-medium">{t.columns.limit}</th>
              <th className="px-3 py-2 font-medium">{t.columns.when}</th>
              <th className="px-3 py-2 font-medium">{t.columns.platformDefault}</th>
              {canEdit && <th className="px-4 py-2" aria-hidden />}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {deadlineLimitKeys.map((k) => (
              <tr key={k} data-testid="limit-row" data-limit={k} className="align-top">
                <td className="px-4 py-3">
                  <p className="font-medium">{t.labels[k]}</p>
                  <p className="text-xs text-slate-500">{t.rows[k].start}</p>
                </td>
                <td className="max-w-44 px-3 py-3 text-slate-600">{t.rows[k].who}</td>
                <td className="px-3 py-3">
                  <LimitInput k={k} form={form} canEdit={canEdit} />
                </td>
                <td className="max-w-64 px-3 py-3 text-slate-600">{t.rows[k].when}</td>
                <td className="px-3 py-3">
                  <LimitDefault k={k} form={form} />
                </td>
                {canEdit && (
                  <td className="px-4 py-2.5 text-right">
                    <RestoreButton k={k} form={form} />
                  </td>
                )}
              </tr>
            ))}
            <tr className="align-top text-slate-500">
              <td className="px-4 py-3 font-medium text-slate-700">{t.intervention.state}</td>
              <td className="px-3 py-3">{t.intervention.who}</td>
              <td className="px-3 py-3">{t.intervention.limit}</td>
              <td className="px-3 py-3">{t.intervention.when}</td>
              <td className="px-3 py-3">—</td>
              {canEdit && <td />}
            </tr>
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {deadlineLimitKeys.map((k) => (
          <li
            key={k}
            data-testid="limit-card"
            data-limit={k}
            className="space-y-2 rounded-lg p-3 ring-1 ring-slate-200"
          >
            <div>
              <p className="font-medium">{t.labels[k]}</p>
              <p className="text-xs text-slate-500">
                {t.rows[k].who} · {t.rows[k].start}
              </p>
            </div>
            <LimitInput k={k} form={form} canEdit={canEdit} />
            <p className="text-sm text-slate-600">
              <span className="text-slate-500">{t.columns.when}：</span>
              {t.rows[k].when}
            </p>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex items-center gap-1 text-sm text-slate-500">
                {t.columns.platformDefault} <LimitDefault k={k} form={form} />
              </span>
              {canEdit && <RestoreButton k={k} form={form} />}
            </div>
          </li>
        ))}
        <li className="space-y-1 rounded-lg p-3 text-sm text-slate-500 ring-1 ring-slate-200">
          <p className="font-medium text-slate-700">{t.intervention.state}</p>
          <p>
            {t.intervention.who} · {t.intervention.limit}
          </p>
          <p>{t.intervention.when}</p>
        </li>
      </ul>
    </Section>
  );
}

export function ThresholdsSection({ form, canEdit }: Props) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  return (
    <Section title={t.thresholds.title} explain={t.thresholds.explain}>
      <ul className="divide-y divide-slate-100">
        {thresholdLimitKeys.map((k) => (
          <li
            key={k}
            data-testid="limit-row"
            data-limit={k}
            className="space-y-2 py-3 first:pt-0 last:pb-0 sm:flex sm:items-start sm:gap-4 sm:space-y-0"
          >
            <div className="min-w-0 sm:w-72 sm:shrink-0">
              <p className="font-medium">{t.labels[k]}</p>
              <p className="text-xs text-slate-500">{t.thresholds.help[k]}</p>
            </div>
            <div className="flex min-w-0 flex-1 flex-wrap items-start gap-x-4 gap-y-2">
              <div className="min-w-0 max-w-full sm:w-80">
                <LimitInput k={k} form={form} canEdit={canEdit} />
              </div>
              <span className="flex min-h-8 items-center gap-1 text-sm text-slate-500">
                {t.columns.platformDefault} <LimitDefault k={k} form={form} />
              </span>
              {canEdit && (
                <span className="ml-auto">
                  <RestoreButton k={k} form={form} />
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

const flags: { key: Flag; label: "agreement" | "crossBorder" }[] = [
  { key: "interceptionAgreement", label: "agreement" },
  { key: "isCrossBorder", label: "crossBorder" },
];

export function InterceptionSection({ form, canEdit }: Props) {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  return (
    <Section title={t.interception.title} explain={t.interception.explain}>
      <ul className="space-y-2">
        {flags.map(({ key, label }) => {
          const on = form.form?.[key] ?? false;
          const help = t.interception[`${label}Help`];
          return (
            <li key={key}>
              {canEdit ? (
                <label className="flex cursor-pointer items-start gap-3 rounded-lg p-2 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="mt-1 size-4"
                    checked={on}
                    disabled={form.saving || !form.form}
                    onChange={(e) => form.setFlag(key, e.target.checked)}
                    data-testid={`flag-${key}`}
                  />
                  <span className="text-sm">
                    <span className="block font-medium">{t.interception[label]}</span>
                    <span className="text-slate-500">{help}</span>
                  </span>
                </label>
              ) : (
                <p className="flex items-start gap-3 p-2 text-sm" data-testid={`flag-${key}`}>
                  <span
                    className={`mt-0.5 shrink-0 rounded px-1.5 py-0.5 text-xs ${on ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}
                  >
                    {on ? t.yes : t.no}
                  </span>
                  <span>
                    <span className="block font-medium">{t.interception[label]}</span>
                    <span className="text-slate-500">{help}</span>
                  </span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
