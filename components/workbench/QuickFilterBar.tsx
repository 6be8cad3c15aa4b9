"use client";
import { useQuery } from "@tanstack/react-query";
import { quickFilterIds } from "@/server/tickets/schemas";
import { useI18n, useTRPC } from "../providers";
import { useFilters } from "./useFilters";

/** Quick filters of SPEC §5 with live counts (polled every 5 s, no page reload). */
export function QuickFilterBar() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const { filters, set } = useFilters();
  const counts = useQuery({ ...trpc.tickets.counts.queryOptions(), refetchInterval: 5_000 });
  const chip = (active: boolean) =>
    `shrink-0 whitespace-nowrap rounded-full border px-3 py-1.5 text-sm transition ${
      active
        ? "border-brand-500 bg-brand-50 font-medium text-brand-700"
        : "border-slate-200 bg-white text-slate-600 hover:border-slate-300"
    }`;
  return (
    <div
      className="-mx-3 flex gap-2 overflow-x-auto px-3 pb-1 sm:mx-0 sm:flex-wrap sm:px-0"
      role="tablist"
      aria-label="quick filters"
    >
      <button
        type="button"
        role="tab"
        aria-selected={!filters.quick}
        className={chip(!filters.quick)}
        onClick={() => set({ quick: undefined })}
      >
        {m.common.all}
      </button>
      {quickFilterIds.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={filters.quick === id}
          data-testid={`quick-${id}`}
          className={chip(filters.quick === id)}
          onClick={() => set({ quick: id })}
        >
          {m.quickFilter[id]}
          <span className="ml-1.5 tabular-nums text-slate-500" data-testid={`count-${id}`}>
            {counts.data ? counts.data[id] : "·"}
          </span>
        </button>
      ))}
    </div>
  );
}
