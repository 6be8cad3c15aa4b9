"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fmt } from "@/messages/locale";
import { useTRPC } from "../providers";
import { useWorkbenchMessages } from "./messages";

/**
 * "演示数据生成中…" while the demo seed fills the shop; once it is done the list and counts are fetched again. A seed
 * that failed says so (and that the next `npm start` redoes it) instead of "生成中" for good.
 */
export function SeedNotice() {
  const trpc = useTRPC();
  const w = useWorkbenchMessages();
  const qc = useQueryClient();
  const status = useQuery({
    ...trpc.tickets.demoSeed.queryOptions(),
    refetchInterval: (q) => (q.state.data?.running ? 5_000 : false),
  });
  const running = status.data?.running === true;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) void qc.invalidateQueries({ queryKey: trpc.tickets.pathKey() });
    wasRunning.current = running;
  }, [running, qc, trpc]);
  if (status.data?.failed) {
    return (
      <p
        role="alert"
        data-testid="seed-notice"
        className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 ring-1 ring-red-200"
      >
        {w.list.seedFailed}
      </p>
    );
  }
  if (!running) return null;
  return (
    <p
      role="status"
      data-testid="seed-notice"
      className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-800 ring-1 ring-amber-200"
    >
      {fmt(w.list.seeding, { progress: status.data?.progress ?? 0 })}
    </p>
  );
}
