import { z } from "zod";
import { text } from "../text";
import { type Reason, reasons, responsibilities, ticketStatuses, ticketTypes } from "./domain";
import { appliedDateMax, appliedDateMin, maxAmountFen, quickFilterIds, ticketSorts } from "./vocabulary";

export {
  appliedDateMax,
  appliedDateMin,
  maxAmountFen,
  type QuickFilterId,
  quickFilterIds,
  type TicketSort,
  ticketSorts,
} from "./vocabulary";

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).optional();

const amountBound = z
  .number()
  .int({ error: "金额必须是整数（分）" })
  .min(0, { error: "金额不能为负数" })
  .max(maxAmountFen, { error: `金额不能超过 ${maxAmountFen} 分` });
const appliedDateRange = "日期须在 2000-01-01 至 2100-01-01 之间";
const appliedDate = z.coerce
  .date({ error: "日期格式不正确，请用 ISO 8601" })
  .min(appliedDateMin, { error: appliedDateRange })
  .max(appliedDateMax, { error: appliedDateRange });

export const ticketFilterSchema = z.object({
  quick: z.enum(quickFilterIds).optional(),
  types: csv(ticketTypes),
  statuses: csv(ticketStatuses),
  reasons: csv(reasons as [Reason, ...Reason[]]),
  responsibilities: csv(responsibilities),
  amountMinFen: amountBound.optional(),
  amountMaxFen: amountBound.optional(),
  appliedFrom: appliedDate.optional(),
  appliedTo: appliedDate.optional(),
  carrier: text().trim().max(20).optional(),
  productId: text().trim().max(64).optional(),
  assigneeId: text().trim().max(64).optional(),
  unassigned: z.boolean().optional(),
  // 处理客服 (the 数据 breakdown by agent): the assignee, else who first acted on it; noHandler: nobody yet.
  handlerId: text().trim().max(64).optional(),
  noHandler: z.boolean().optional(),
  tag: text().trim().max(32).optional(),
  // Order id, ticket id, waybill or buyer nick.
  search: text().trim().max(64).optional(),
});
export type TicketFilter = z.infer<typeof ticketFilterSchema>;

export const listTicketsInput = ticketFilterSchema.extend({
  sort: z.enum(ticketSorts).default("risk"),
  cursor: text().max(200).nullish(),
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
