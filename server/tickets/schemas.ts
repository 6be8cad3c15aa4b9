import { z } from "zod";
import { type Reason, reasons, responsibilities, ticketStatuses, ticketTypes } from "./domain";
import { quickFilterIds, ticketSorts } from "./vocabulary";

export { type QuickFilterId, quickFilterIds, type TicketSort, ticketSorts } from "./vocabulary";

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).optional();

export const ticketFilterSchema = z.object({
  quick: z.enum(quickFilterIds).optional(),
  types: csv(ticketTypes),
  statuses: csv(ticketStatuses),
  reasons: csv(reasons as [Reason, ...Reason[]]),
  responsibilities: csv(responsibilities),
  amountMinFen: z.number().int().min(0).optional(),
  amountMaxFen: z.number().int().min(0).optional(),
  appliedFrom: z.coerce.date().optional(),
  appliedTo: z.coerce.date().optional(),
  carrier: z.string().trim().max(20).optional(),
  productId: z.string().trim().max(64).optional(),
  assigneeId: z.string().trim().max(64).optional(),
  unassigned: z.boolean().optional(),
  // 处理客服 (the 数据 breakdown by agent): the assignee, else who first acted on it; noHandler: nobody yet.
  handlerId: z.string().trim().max(64).optional(),
  noHandler: z.boolean().optional(),
  tag: z.string().trim().max(32).optional(),
  // Order id, ticket id, waybill or buyer nick.
  search: z.string().trim().max(64).optional(),
});
export type TicketFilter = z.infer<typeof ticketFilterSchema>;

export const listTicketsInput = ticketFilterSchema.extend({
  sort: z.enum(ticketSorts).default("risk"),
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListTicketsInput = z.input<typeof listTicketsInput>;

export const ticketIdInput = z.object({ ticketId: z.number().int().positive() });

/** "Select all N matching this filter" (SPEC §4 Batch work): ids and versions, keyset by id. */
export const ticketRefsInput = ticketFilterSchema.extend({
  cursor: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).max(1000).default(500),
});
export type TicketRefsInput = z.input<typeof ticketRefsInput>;
