"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { filterFromParams, filterParamKeys, sortFromParams } from "@/server/tickets/filter-params";

/** Filters beyond the quick filter and the search box: what "清空筛选" clears and the badge counts. */
const advancedKeys = filterParamKeys.filter((k) => k !== "quick" && k !== "q");

/**
 * All filter state lives in the URL, so a link reproduces the view; the open ticket is `t`. The codec is the
 * server's (filter-params.ts), so the list, the counts and the export read exactly the same filter.
 */
export function useFilters() {
  const params = useSearchParams();
  const path = usePathname();
  const key = params.toString();
  const state = useMemo(() => {
    const p = new URLSearchParams(key);
    const t = Number(p.get("t"));
    // Everything but the open ticket and the sort: the query string the export route reads.
    const filterQuery = new URLSearchParams();
    for (const k of filterParamKeys) {
      const v = p.get(k);
      if (v) filterQuery.set(k, v);
    }
    return {
      filter: filterFromParams(p),
      sort: sortFromParams(p),
      openId: Number.isInteger(t) && t > 0 ? t : null,
      get: (k: string) => p.get(k) ?? "",
      list: (k: string) => (p.get(k) ?? "").split(",").filter(Boolean),
      activeCount: advancedKeys.filter((k) => p.get(k)).length,
      filterKey: filterQuery.toString(),
    };
  }, [key]);
  const go = useCallback(
    (patch: Record<string, string | undefined>, mode: "replace" | "push" = "replace") => {
      const next = new URLSearchParams(key);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === "") next.delete(k);
        else next.set(k, v);
      }
      const qs = next.toString();
      // The native history API (which the App Router keeps in sync with useSearchParams) changes the URL
      // without a server round trip: the list and detail are client queries, the page itself does not change.
      const url = qs ? `${path}?${qs}` : path;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [key, path],
  );
  const set = useCallback((patch: Record<string, string | undefined>) => go(patch), [go]);
  const clear = useCallback(() => go(Object.fromEntries(advancedKeys.map((k) => [k, undefined]))), [go]);
  // Opening from the list pushes a history entry, so a phone's back button returns to the list.
  const open = useCallback(
    (id: number | null) => go({ t: id ? String(id) : undefined }, id && !state.openId ? "push" : "replace"),
    [go, state.openId],
  );
  return { ...state, set, clear, open };
}
