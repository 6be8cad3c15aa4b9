// Zod schemas of what the Open API answers, for the OpenAPI document. Row shapes are derived from the drizzle
// tables themselves (one source: db/schema), so a new column is documented the moment it exists; the HTTP tests
// check every real answer against the published document.
import { type Column, getTableColumns } from "drizzle-orm";
import { z } from "zod";
import { logisticsScans, orderItems, orders, ratings, refunds, ticketEvents, tickets } from "../../db/schema";
import { defaultTimeLimits } from "../tickets/domain";
import { listColumns } from "../tickets/list";
import { ruleCodes, ticketActions } from "../tickets/rules";

function zodOfColumn(col: Column): z.ZodType {
  let t: z.ZodType;
  const values = col.enumValues as [string, ...string[]] | undefined;
  switch (col.dataType) {
    case "string":
      t = values?.length ? z.enum(values) : z.string();
      break;
    case "number":
      t = /Integer|BigInt|SmallInt|Serial/.test(col.columnType) ? z.int() : z.number();
      break;
    case "boolean":
      t = z.boolean();
      break;
    case "date":
      // JSON carries times as ISO 8601 UTC strings.
      t = z.iso.datetime();
      break;
    case "array": {
      const base = (col as Column & { baseColumn?: Column }).baseColumn;
      t = z.array(base ? zodOfColumn(base) : z.unknown());
      break;
    }
    default:
      t = z.unknown();
  }
  return col.notNull || col.dataType === "json" ? t : t.nullable();
}

/** A row of these columns, as JSON. */
export function rowSchema(columns: Record<string, Column>) {
  return z.object(Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, zodOfColumn(c)])));
}

const ruleCode = z.enum(ruleCodes);
const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string().describe("错误类别，如 INVALID_INPUT、TICKET_VERSION_CONFLICT"),
    message: z.string().describe("给人看的说明（中文）"),
    field: z.string().optional().describe("出错的字段、参数或请求头"),
    reason: z.string().optional().describe("被规则拒绝时的规则代码，如 REJECT_REASON_REQUIRED"),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const ticketSchema = rowSchema(getTableColumns(tickets));
export const ticketListItemSchema = rowSchema(listColumns);
export const ticketListSchema = z.object({
  items: z.array(ticketListItemSchema),
  nextCursor: z.string().nullable().describe("下一页的游标；null 表示没有更多"),
});

const ruleNote = z.object({ code: ruleCode, message: z.string() });
export const ticketDetailSchema = z.object({
  ticket: ticketSchema,
  order: rowSchema(getTableColumns(orders)).extend({ items: z.array(rowSchema(getTableColumns(orderItems))) }),
  forwardScans: z.array(rowSchema(getTableColumns(logisticsScans))),
  returnScans: z.array(rowSchema(getTableColumns(logisticsScans))),
  timeline: z.array(rowSchema(getTableColumns(ticketEvents))),
  refund: rowSchema(getTableColumns(refunds)).nullable(),
  rating: rowSchema(getTableColumns(ratings)).nullable(),
  assignee: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  allowedActions: z.array(
    z.object({
      action: z.enum(ticketActions),
      allowed: z.boolean(),
      code: ruleCode.optional(),
      message: z.string().optional().describe("不可操作时的原因"),
      params: params.optional(),
    }),
  ),
  hints: z.array(ruleNote).describe("此刻应提醒处理人的规则（SPEC §3）"),
  interception: z.object({
    eligible: z.boolean(),
    conditions: z.array(
      z.object({ code: ruleCode, pass: z.boolean(), message: z.string(), params: params.optional() }),
    ),
  }),
  limits: z.object(
    Object.fromEntries(Object.keys(defaultTimeLimits).map((k) => [k, z.int()])) as Record<
      keyof typeof defaultTimeLimits,
      z.ZodInt
    >,
  ),
});

export const actionResultSchema = z.object({ ticket: ticketSchema, hints: z.array(ruleNote) });
