"use client";
// 设置 → 变更记录: every change to the shop's settings, newest first, filtered by settings page, keyset pages
// ("加载更多"). For the owner and 设置权限 (the server refuses others; the page then says who may read it).
import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n, useTRPC } from "@/components/providers";
import { Button } from "@/components/ui/Button";
import { LoadError } from "@/components/ui/LoadError";
import { PageHeader } from "@/components/ui/PageHeader";
import { fmt, type Locale } from "@/messages/locale";
import { settingsChangesMessages } from "@/messages/settings-changes";
import { type SettingsArea, settingsAreas } from "@/server/settings-audit/areas";
import { ChangeList } from "./ChangeList";

type ClientError = { message?: string; data?: { details?: { reason?: string } } | null };

const reasonOf = (e: unknown) => (e as ClientError).data?.details?.reason;

/** A failed read in the reader's language: the refusal by its code, else what the server said. */
function errorText(e: unknown, locale: Locale): string {
  const errors = settingsChangesMessages[locale].errors;
  const reason = reasonOf(e);
  if (reason && reason in errors) return errors[reason as keyof typeof errors];
  return (e as ClientError).message ?? String(e);
}

export function SettingsChanges() {
  const { locale } = useI18n();
  const t = settingsChangesMessages[locale];
  const trpc = useTRPC();
  const [area, setArea] = useState<SettingsArea | "all">("all");
  const list = useInfiniteQuery(
    trpc.settingsChanges.list.infiniteQueryOptions(
      { area: area === "all" ? undefined : area, limit: 30 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const forbidden = list.isError && reasonOf(list.error) === "NO_SETTINGS_PERMISSION";
  const filters: (SettingsArea | "all")[] = ["all", ...settingsAreas];
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-3 sm:p-5">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {forbidden ? (
        <p
          role="note"
          data-testid="changes-forbidden"
          className="rounded-xl bg-slate-100 px-4 py-3 text-sm text-slate-600"
        >
          {t.errors.NO_SETTINGS_PERMISSION}
        </p>
      ) : (
        <section aria-label={t.title} className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200">
          <div className="flex items-start gap-2">
            {/* One scrolling row on a phone, wrapped on a wider screen. */}
            <fieldset
              className="-my-1 flex min-w-0 flex-1 gap-1.5 overflow-x-auto py-1 md:flex-wrap"
              aria-label={t.filterLabel}
            >
              {filters.map((a) => (
                <button
                  key={a}
                  type="button"
                  aria-pressed={area === a}
                  onClick={() => setArea(a)}
                  data-testid={`changes-filter-${a}`}
                  className={`shrink-0 whitespace-nowrap rounded-full px-3 py-1 text-sm ring-1 ring-inset ${
                    area === a
                      ? "bg-brand-50 font-medium text-brand-700 ring-brand-500/40"
                      : "text-slate-600 ring-slate-200 hover:bg-slate-50"
                  }`}
                >
                  {a === "all" ? t.all : t.areas[a]}
                </button>
              ))}
            </fieldset>
            <Button size="sm" variant="ghost" onClick={() => list.refetch()} disabled={list.isFetching}>
              {t.refresh}
            </Button>
          </div>
          {t.summaryNote && <p className="text-xs text-slate-500">{t.summaryNote}</p>}
          {list.isPending && (
            <div className="h-40 animate-pulse rounded-lg bg-slate-100" aria-busy data-testid="changes-loading" />
          )}
          {list.isError && (
            <LoadError
              title={t.loadError}
              message={errorText(list.error, locale)}
              retry={t.retry}
              onRetry={() => list.refetch()}
            />
          )}
          {list.isSuccess && rows.length === 0 && (
            <p className="py-8 text-center text-sm text-slate-500" data-testid="changes-empty">
              {area === "all" ? t.empty : fmt(t.emptyArea, { area: t.areas[area] })}
            </p>
          )}
          {rows.length > 0 && <ChangeList rows={rows} />}
          {list.hasNextPage ? (
            <div className="text-center">
              <Button
                size="sm"
                onClick={() => list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
                data-testid="changes-more"
              >
                {list.isFetchingNextPage ? t.loadingMore : t.more}
              </Button>
            </div>
          ) : (
            rows.length > 0 && <p className="text-center text-xs text-slate-400">{t.end}</p>
          )}
        </section>
      )}
    </div>
  );
}
