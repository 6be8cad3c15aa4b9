"use client";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import type { AppRouter } from "@/server/routers/_app";
import { useTRPC } from "../providers";
import { useFilters } from "./useFilters";

export type TicketRow = inferRouterOutputs<AppRouter>["tickets"]["list"]["items"][number];

/** The list for the URL's filter: keyset pages ("load more", no OFFSET), refreshed every 15 s, and its total. */
export function useTicketRows() {
  const trpc = useTRPC();
  const { filter, sort } = useFilters();
  const list = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(
      { ...filter, sort, limit: 50 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, refetchInterval: 15_000 },
    ),
  );
  // The total comes after the first page, in its own request: the rows never wait for the count.
  const total = useQuery({
    ...trpc.tickets.count.queryOptions(filter),
    refetchInterval: 15_000,
    enabled: list.isSuccess,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  return { list, rows, total: total.data, serverNow: list.data?.pages[0]?.now };
}
