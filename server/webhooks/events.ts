// What an ERP/CRM hears about: every timeline event of a ticket (SPEC §2 Timeline: appended, never edited) becomes
// one outbound event of exactly one type. Pure, so the fan-out, the settings page and the docs agree: the payload
// schemas below type what payloadOf builds and are what the OpenAPI document publishes under `webhooks`.
import { z } from "zod";
import type { ticketEvents } from "../../db/schema";
import { actorKinds, ticketStatuses, ticketTypes } from "../tickets/domain";

export const webhookEventTypes = [
  "ticket.created", // 新售后单（买家申请或代客发起）
  "ticket.status_changed", // 状态变化（同意、拒绝、超时规则、买家退货签收…）
  "ticket.refunded", // 退款成功（也是一次状态变化，只发这一种）
  "ticket.updated", // 不改变状态的变化：备注、给买家的消息、标签、指派、归类…
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** The test delivery sent from 设置, never produced by a ticket. */
export const pingEventType = "ping";

/** Request headers of every delivery (lower case, as sent). */
export const webhookHeaders = {
  timestamp: "x-shouhou-timestamp",
  signature: "x-shouhou-signature",
  event: "x-shouhou-event",
  delivery: "x-shouhou-delivery",
} as const;

type TimelineRow = Pick<
  typeof ticketEvents.$inferSelect,
  | "id"
  | "shopId"
  | "ticketId"
  | "at"
  | "actorKind"
  | "actorName"
  | "action"
  | "fromStatus"
  | "toStatus"
  | "why"
  | "data"
>;
type TicketRef = { externalId: string; orderId: string; type: (typeof ticketTypes)[number] };

export function eventTypeOf(e: Pick<TimelineRow, "fromStatus" | "toStatus" | "data">): WebhookEventType {
  if (e.fromStatus === null) return "ticket.created";
  if (typeof e.data?.refundFen === "number") return "ticket.refunded";
  if (e.toStatus !== e.fromStatus) return "ticket.status_changed";
  return "ticket.updated";
}

/** Stable per timeline row, so a delivery is never created twice for one endpoint (unique index). */
export const eventIdOf = (timelineId: number) => `evt_${timelineId}`;

const status = z.enum(ticketStatuses);
export const ticketEventDataSchema = z.object({
  ticketId: z.int().describe("售后单号（本系统）"),
  externalId: z.string().describe("平台售后单号"),
  orderId: z.string(),
  ticketType: z.enum(ticketTypes),
  action: z.string().describe("时间线上的动作，如 apply、approve、tag、note"),
  fromStatus: status.nullable().describe("之前的状态；新售后单为 null"),
  toStatus: status.nullable().describe("之后的状态"),
  actor: z.object({ kind: z.enum(actorKinds), name: z.string() }).describe("谁做的：客服、买家、售后助手、超时规则…"),
  why: z.string().nullable().describe("原因或备注"),
  refundFen: z.int().optional().describe("退款金额（分），只在 ticket.refunded 中"),
});
const envelope = {
  id: z.string().describe("事件 id；重试时不变，可用来去重"),
  shopId: z.string(),
  createdAt: z.iso.datetime().describe("事件发生的时间（ISO 8601，UTC）"),
};
export const ticketEventPayloadSchema = z.object({
  ...envelope,
  type: z.enum(webhookEventTypes),
  data: ticketEventDataSchema,
});
export const pingPayloadSchema = z.object({
  ...envelope,
  type: z.literal(pingEventType),
  data: z.object({ message: z.string() }),
});
export type WebhookPayload = z.infer<typeof ticketEventPayloadSchema> | z.infer<typeof pingPayloadSchema>;

export function payloadOf(e: TimelineRow, t: TicketRef): z.infer<typeof ticketEventPayloadSchema> {
  const refundFen = typeof e.data?.refundFen === "number" ? e.data.refundFen : undefined;
  return {
    id: eventIdOf(e.id),
    type: eventTypeOf(e),
    shopId: e.shopId,
    createdAt: e.at.toISOString(),
    data: {
      ticketId: e.ticketId,
      externalId: t.externalId,
      orderId: t.orderId,
      ticketType: t.type,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actor: { kind: e.actorKind, name: e.actorName },
      why: e.why,
      ...(refundFen !== undefined ? { refundFen } : {}),
    },
  };
}
