// Links into the 售后工作台 list with its URL filters. The names are the workbench's own URL codec
// (server/tickets/filter-params.ts): typed against it, so a renamed parameter fails the type check here.
import type { BreakdownDim } from "@/server/metrics/facts";
import type { filterParamKeys } from "@/server/tickets/filter-params";
import type { QuickFilterId } from "@/server/tickets/schemas";

type ParamKey = (typeof filterParamKeys)[number] | "sort";

export function ticketListHref(params: Partial<Record<ParamKey, string>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `/workbench?${s}` : "/workbench";
}

export const quickFilterHref = (quick: QuickFilterId) => ticketListHref({ quick });

const dimParam: Record<BreakdownDim, ParamKey> = {
  reason: "reason",
  type: "type",
  product: "product",
  carrier: "carrier",
  agent: "handler", // the breakdown counts 处理客服, not only the current assignee
};

/**
 * The tickets behind a breakdown bar: applied within the range's Shanghai days with that value. A missing value
 * links only where the list can filter for it (no agent → nobody handled it yet); otherwise there is no link.
 */
export function breakdownHref(dim: BreakdownDim, key: string, range: { from: string; to: string }): string | null {
  if (!key && dim !== "agent") return null;
  return ticketListHref({ [dimParam[dim]]: key || "none", from: range.from, to: range.to, sort: "newest" });
}
