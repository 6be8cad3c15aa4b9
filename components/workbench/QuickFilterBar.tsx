"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { type QuickFilterId, quickFilterIds } from "@/server/tickets/vocabulary";
import { useI18n, useTRPC } from "../providers";
import { useFilters } from "./useFilters";

/** Counts that mean money or a platform timer is about to move: shown in red when not zero. */
const urgent: QuickFilterId[] = ["returnSignedPending", "aboutToTimeout", "overdue"];

/** Quick filters of SPEC §5 with live counts (polled every 5 s, no page reload); they scroll sideways on a phone. */
export function QuickFilterBar() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const { filter, set } = useFilters();
  const counts = useQuery({ ...trpc.tickets.counts.queryOptions(), refetchInterval: 5_000 });
  const bar = useRef<HTMLDivElement>(null);
  // On a phone the chips scroll sideways: keep the chosen one in view (e.g. after opening a shared link).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the chosen quick filter changes
  useEffect(() => {
    bar.current
      ?.querySelector<HTMLElement>("[aria-selected='true']")
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [filter.quick]);
  const chip = (active: boolean) =>
    `shrink-0 whitespace-nowrap rounded-full border px-3 py-1.5 text-sm transition ${
      active
        ? "border-brand-500 bg-brand-50 font-medium text-brand-700"
        : "border-slate-200 bg-white text-slate-600 hover:border-slate-300"
    }`;
  return (
    <div
      ref={bar}
      className="-mx-3 flex gap-2 overflow-x-auto px-3 pb-1 [scrollbar-width:none] sm:mx-0 sm:flex-wrap sm:px-0"
      role="tablist"
      aria-label="quick filters"
      data-testid="quick-filters"
    >
      <button
        type="button"
        role="tab"
        aria-selected={!filter.quick}
        className={chip(!filter.quick)}
        onClick={() => set({ quick: undefined })}
      >
        {m.common.all}
      </button>
      {quickFilterIds.map((id) => {
        const n = counts.data?.[id];
        return (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={filter.quick === id}
            data-testid={`quick-${id}`}
            className={chip(filter.quick === id)}
            onClick={() => set({ quick: id })}
          >
            {m.quickFilter[id]}
            <span
              className={`ml-1.5 tabular-nums ${n && urgent.includes(id) ? "font-semibold text-red-600" : "text-slate-500"}`}
              data-testid={`count-${id}`}
            >
              {n ?? "·"}
            </span>
          </button>
        );
      })}
    </div>
  );
}
