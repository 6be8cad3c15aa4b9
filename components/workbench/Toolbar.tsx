"use client";
import { type FormEvent, type RefObject, useEffect, useState } from "react";
import { fmt } from "@/messages/locale";
import { ticketSorts } from "@/server/tickets/vocabulary";
import { useI18n } from "../providers";
import { Button } from "../ui/Button";
import { PageHeader } from "../ui/PageHeader";
import { ExportButton } from "./ExportButton";
import { useWorkbenchMessages } from "./messages";
import { useFilters } from "./useFilters";

/** Title with the total, search (order / ticket / waybill / buyer), sort, filters, export, 代客发起, shortcuts. */
export function Toolbar({
  searchRef,
  total,
  filtersOpen,
  onToggleFilters,
  onInitiate,
  onHelp,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  total: { count: number; capped: boolean } | undefined;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  onInitiate: () => void;
  onHelp: () => void;
}) {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const { filter, sort, set, activeCount } = useFilters();
  const [q, setQ] = useState(filter.search ?? "");
  useEffect(() => setQ(filter.search ?? ""), [filter.search]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: q.trim() || undefined });
    searchRef.current?.blur();
  };
  return (
    <div className="space-y-2">
      <PageHeader
        title={m.workbench.title}
        meta={
          total && (
            <span className="text-sm text-slate-500" data-testid="total">
              {fmt(total.capped ? w.list.totalCapped : w.list.total, { n: total.count })}
            </span>
          )
        }
      >
        <Button onClick={onInitiate} data-testid="initiate">
          {w.toolbar.initiate}
        </Button>
        <div className="hidden sm:block">
          <ExportButton />
        </div>
        <div className="hidden md:block">
          <Button variant="ghost" onClick={onHelp} aria-label={w.toolbar.shortcuts} title={w.toolbar.shortcuts}>
            ?
          </Button>
        </div>
      </PageHeader>
      <div className="flex flex-wrap gap-2">
        <form onSubmit={submit} className="flex min-w-0 basis-full gap-2 sm:max-w-md sm:basis-0 sm:flex-1">
          <input
            ref={searchRef}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q.trim() !== (filter.search ?? "") && set({ q: q.trim() || undefined })}
            placeholder={w.toolbar.search}
            aria-label={w.toolbar.searchLabel}
            type="search"
            enterKeyHint="search"
            className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
        </form>
        <select
          aria-label={w.toolbar.sortLabel}
          value={sort}
          onChange={(e) => set({ sort: e.target.value === "risk" ? undefined : e.target.value })}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {ticketSorts.map((s) => (
            <option key={s} value={s}>
              {w.toolbar.sort[s]}
            </option>
          ))}
        </select>
        <Button onClick={onToggleFilters} aria-expanded={filtersOpen} data-testid="toggle-filters">
          {w.toolbar.filters}
          {activeCount > 0 && (
            <span className="rounded-full bg-brand-500 px-1.5 text-xs text-white">{activeCount}</span>
          )}
        </Button>
        <div className="sm:hidden">
          <ExportButton />
        </div>
      </div>
    </div>
  );
}
