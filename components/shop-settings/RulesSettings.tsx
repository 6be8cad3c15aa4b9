"use client";
// 设置 → 时限与规则 (SPEC §3 "All limits are per-shop settings with these defaults"): the platform's time limits as
// this shop runs them, the lists' reminder thresholds and the interception flags. Every member sees them; the owner
// and 设置权限 change them. One save for the page, a compare-and-set on what it loaded (已被他人修改 otherwise).
import type { FormEvent } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { LoadError } from "@/components/ui/LoadError";
import { PageHeader } from "@/components/ui/PageHeader";
import { fmt } from "@/messages/locale";
import { shopRulesMessages } from "@/messages/shop-rules";
import { rulesErrorMessage } from "./errors";
import { DeadlinesSection, InterceptionSection, ThresholdsSection } from "./RulesSections";
import { useRulesForm } from "./useRulesForm";

export function RulesSettings() {
  const { locale } = useI18n();
  const t = shopRulesMessages[locale];
  const form = useRulesForm();
  const { query } = form;
  const canEdit = query.data?.canEdit ?? false;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.submit();
  };
  const invalid = !form.parsed?.limits;
  return (
    <form onSubmit={submit} className="mx-auto max-w-6xl space-y-4 p-3 pb-28 sm:p-5 sm:pb-28" noValidate>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <p role="note" className="rounded-xl bg-brand-50 px-4 py-3 text-sm text-brand-800" data-testid="applies-note">
        {t.appliesNote}
      </p>
      {query.isPending && (
        <div className="h-72 animate-pulse rounded-xl bg-slate-100" aria-busy data-testid="rules-loading" />
      )}
      {query.isError && (
        <LoadError
          title={t.loadError}
          message={rulesErrorMessage(query.error, locale)}
          retry={t.retry}
          onRetry={() => query.refetch()}
        />
      )}
      {query.data && !canEdit && (
        <p
          role="note"
          data-testid="rules-read-only"
          className="rounded-xl bg-slate-100 px-4 py-3 text-sm text-slate-600"
        >
          {t.readOnly}
        </p>
      )}
      {form.form && (
        <>
          <DeadlinesSection form={form} canEdit={canEdit} />
          <ThresholdsSection form={form} canEdit={canEdit} />
          <InterceptionSection form={form} canEdit={canEdit} />
        </>
      )}
      {form.form && canEdit && (
        <div className="fixed inset-x-0 bottom-14 z-30 border-t border-slate-200 bg-white/95 px-3 py-2.5 backdrop-blur md:bottom-0">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 sm:px-2">
            <div className="min-w-0 flex-1 text-sm" aria-live="polite">
              {form.saveError ? (
                <p role="alert" data-testid="rules-save-error" className="text-red-700">
                  {form.saveError}{" "}
                  {form.stale && (
                    <button type="button" className="font-medium underline" onClick={() => form.reload()}>
                      {t.staleRefresh}
                    </button>
                  )}
                </p>
              ) : form.saved ? (
                <p role="status" className="text-emerald-700" data-testid="rules-saved">
                  {t.saved}
                </p>
              ) : form.dirty ? (
                <p className="text-slate-600">{fmt(t.pending, { n: form.changed.length })}</p>
              ) : null}
            </div>
            <Button onClick={form.discard} disabled={!form.dirty || form.saving}>
              {t.discard}
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!form.dirty || invalid || form.saving}
              data-testid="rules-save"
            >
              {form.saving ? t.saving : t.save}
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
