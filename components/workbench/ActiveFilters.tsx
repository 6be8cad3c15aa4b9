"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n, useTRPC } from "../providers";
import { useWorkbenchMessages } from "./messages";
import { useFilters } from "./useFilters";

/** The active filters as removable chips, always visible, so the agent knows why the list looks as it does. */
export function ActiveFilters() {
  const { m } = useI18n();
  const w = useWorkbenchMessages();
  const f = w.filters;
  const trpc = useTRPC();
  const { get, list, set, clear, activeCount } = useFilters();
  const options = useQuery({ ...trpc.tickets.filterOptions.queryOptions(), enabled: activeCount > 0 });
  const members = useQuery({ ...trpc.me.members.queryOptions(), enabled: activeCount > 0 });
  if (activeCount === 0) return null;
  const words = (key: string, names: Record<string, string>) =>
    list(key)
      .map((v) => names[v])
      .join("、");
  /** A member filter's value in words: their name, or `none` for "nobody". */
  const memberName = (key: string, none: string) =>
    get(key) === "none" ? none : (members.data?.find((x) => x.id === get(key))?.displayName ?? get(key));
  const items: [string, string, string | undefined][] = [
    ["type", f.type, words("type", m.ticketType)],
    ["status", f.status, words("status", m.ticketStatus)],
    ["resp", f.responsibility, words("resp", m.responsibility)],
    ["reason", f.reason, words("reason", m.reason)],
    ["amin", f.amountMin, get("amin") && `¥${get("amin")}`],
    ["amax", f.amountMax, get("amax") && `¥${get("amax")}`],
    ["from", f.applied, get("from") && `≥ ${get("from")}`],
    ["to", f.applied, get("to") && `≤ ${get("to")}`],
    ["carrier", f.carrier, get("carrier")],
    ["product", f.product, options.data?.products.find((p) => p.id === get("product"))?.title ?? get("product")],
    ["assignee", f.assignee, memberName("assignee", f.unassigned)],
    ["handler", f.handler, memberName("handler", f.noHandler)],
    ["tag", f.tag, get("tag")],
  ];
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="active-filters">
      {items
        .filter(([k, , v]) => get(k) && v)
        .map(([k, label, v]) => (
          <button
            key={k}
            type="button"
            onClick={() => set({ [k]: undefined })}
            className="inline-flex items-center gap-1 rounded-full bg-white px-2.5 py-1 text-xs text-slate-700 ring-1 ring-slate-200 hover:ring-slate-300"
          >
            <span className="text-slate-400">{label}</span> {v}{" "}
            <span aria-hidden className="text-slate-400">
              ×
            </span>
          </button>
        ))}
      <button type="button" onClick={clear} className="px-2 py-1 text-xs text-brand-600 hover:underline">
        {f.clear}
      </button>
    </div>
  );
}
