// What an ERP/CRM hears about: every timeline event of a ticket (SPEC §2 Timeline: appended, never edited) becomes
// one outbound event of exactly one type. Pure, so the fan-out, the settings page and the docs agree.
import type { ticketEvents } from "../../db/schema";

export const webhookEventTypes = [
  "ticket.created", // 新售后单（买家申请或代客发起）
  "ticket.status_changed", // 状态变化（同意、拒绝、超时规则、买家退货签收…）
  "ticket.refunded", // 退款成功（也是一次状态变化，只发这一种）
  "ticket.updated", // 不改变状态的变化：备注、标签、指派、归类…
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** The test delivery sent from 设置, never produced by a ticket. */
export const pingEventType = "ping";

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
type TicketRef = { externalId: string; orderId: string; type: string };

export function eventTypeOf(e: Pick<TimelineRow, "fromStatus" | "toStatus" | "data">): WebhookEventType {
  if (e.fromStatus === null) return "ticket.created";
  if (typeof e.data?.refundFen === "number") return "ticket.refunded";
  if (e.toStatus !== e.fromStatus) return "ticket.status_changed";
  return "ticket.updated";
}

/** Stable per timeline row, so a delivery is never created twice for one endpoint (unique index). */
export const eventIdOf = (timelineId: number) => `evt_${timelineId}`;

export type WebhookPayload = {
  id: string;
  type: WebhookEventType | typeof pingEventType;
  shopId: string;
  createdAt: string;
  data: Record<string, unknown>;
};

export function payloadOf(e: TimelineRow, t: TicketRef): WebhookPayload {
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
