"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type QuickFilterId, quickFilterIds, type TicketSort, ticketSorts } from "@/server/tickets/schemas";

/** All filter state lives in the URL, so a link reproduces the view. */
export function useFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const filters = useMemo(() => {
    const quick = params.get("quick");
    const sort = params.get("sort");
    return {
      quick: quickFilterIds.includes(quick as QuickFilterId) ? (quick as QuickFilterId) : undefined,
      sort: ticketSorts.includes(sort as TicketSort) ? (sort as TicketSort) : ("risk" as TicketSort),
      search: params.get("q") || undefined,
    };
  }, [params]);
  const set = useCallback(
    (patch: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === "") next.delete(k);
        else next.set(k, v);
      }
      const qs = next.toString();
      router.replace(qs ? `${path}?${qs}` : path, { scroll: false });
    },
    [params, path, router],
  );
  return { filters, set };
}
