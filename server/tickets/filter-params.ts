// The workbench keeps every filter in the URL so a link reproduces the view; the export route reads the same
// parameters. One codec for both (money in the URL is in yuan for people, in 分 everywhere else).
import { reasons, responsibilities, ticketStatuses, ticketTypes } from "./domain";
import type { TicketFilter } from "./schemas";
import {
  appliedDateMax,
  appliedDateMin,
  maxAmountFen,
  type QuickFilterId,
  quickFilterIds,
  type TicketSort,
  ticketSorts,
} from "./vocabulary";

export const filterParamKeys = [
  "quick",
  "type",
  "status",
  "reason",
  "resp",
  "amin",
  "amax",
  "from",
  "to",
  "carrier",
  "product",
  "assignee",
  "handler",
  "tag",
  "q",
] as const;
type Params = { get(key: string): string | null };

const listParam = <T extends string>(raw: string | null, allowed: readonly T[]): T[] | undefined => {
  const v = (raw ?? "").split(",").filter((x): x is T => (allowed as readonly string[]).includes(x));
  return v.length ? [...new Set(v)] : undefined;
};
const yuanParam = (raw: string | null): number | undefined => {
  if (!raw || !/^\d{1,9}(\.\d{1,2})?$/.test(raw)) return undefined;
  const fen = Math.round(Number(raw) * 100);
  return fen <= maxAmountFen ? fen : undefined;
};
const dayParam = (raw: string | null, plusDays = 0): Date | undefined => {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  // A calendar day in Asia/Shanghai (no DST): [00:00, next 00:00).
  const d = new Date(`${raw}T00:00:00+08:00`);
  const at = new Date(d.getTime() + plusDays * 86_400_000);
  return Number.isNaN(d.getTime()) || at < appliedDateMin || at > appliedDateMax ? undefined : at;
};
const textParam = (raw: string | null, max: number) => {
  const v = (raw ?? "").trim();
  // NUL is refused by the schema (server/text.ts); a link with %00 drops the filter instead.
  if (v.includes("\u0000")) return undefined;
  return v ? v.slice(0, max).trimEnd() : undefined; // trimmed again after the cut, as the schema trims
};

/**
 * URL parameters → the list/count/export filter. Unknown or malformed values are dropped, never an error. Each
 * parameter is checked here against the lists and limits of ticketFilterSchema by hand, without zod: the workbench
 * runs this in the browser (no zod in its bundle), and tRPC parses the filter with the schema when it arrives.
 */
export function filterFromParams(p: Params): TicketFilter {
  const quick = p.get("quick");
  const assignee = textParam(p.get("assignee"), 64);
  const handler = textParam(p.get("handler"), 64);
  return {
    quick: (quickFilterIds as readonly string[]).includes(quick ?? "") ? (quick as QuickFilterId) : undefined,
    types: listParam(p.get("type"), ticketTypes),
    statuses: listParam(p.get("status"), ticketStatuses),
    reasons: listParam(p.get("reason"), reasons),
    responsibilities: listParam(p.get("resp"), responsibilities),
    amountMinFen: yuanParam(p.get("amin")),
    amountMaxFen: yuanParam(p.get("amax")),
    appliedFrom: dayParam(p.get("from")),
    appliedTo: dayParam(p.get("to"), 1),
    carrier: textParam(p.get("carrier"), 20),
    productId: textParam(p.get("product"), 64),
    assigneeId: assignee === "none" ? undefined : assignee,
    unassigned: assignee === "none" ? true : undefined,
    handlerId: handler === "none" ? undefined : handler,
    noHandler: handler === "none" ? true : undefined,
    tag: textParam(p.get("tag"), 32),
    search: textParam(p.get("q"), 64),
  };
}

export function sortFromParams(p: Params): TicketSort {
  const s = p.get("sort");
  return (ticketSorts as readonly string[]).includes(s ?? "") ? (s as TicketSort) : "risk";
}
