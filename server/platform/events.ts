// The platform connector's inbound events (SPEC §7): one zod discriminated union on `type`. The sandbox platform
// and a real platform send exactly these, signed, to POST /api/platform/events. Money is integer 分, times are
// ISO-8601 with offset, ids are the platform's own. Every ticket event carries the order id: events are applied
// in arrival order per order (the subject), so an application can never overtake the order it belongs to.
import { z } from "zod";
import { text as noNul } from "../text";
import { orderKinds, reasons, ticketTypes } from "../tickets/domain";

// Every string refuses NUL (PostgreSQL text cannot hold it): a bad event is a 400 naming the field, never a 500.
const id = noNul().trim().min(1).max(128);
const text = (max: number) => noNul().trim().max(max);
const fen = z.number().int().min(0).max(2_000_000_000);
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const imageUrl = z.url().max(1000);
const carrier = noNul().trim().min(1).max(32);
const waybill = noNul().trim().min(4).max(64);
const ticketRef = { externalId: id, orderId: id };
const forwardScanStatuses = ["collected", "in_transit", "out_for_delivery", "signed", "refused", "returned"] as const;
const reason = z.enum(reasons as [(typeof reasons)[number], ...(typeof reasons)[number][]]);

const envelope = { id, shopId: id, occurredAt: instant };
const event = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.object({ ...envelope, type: z.literal(type), data });

/** order.created — a paid order: the order, its buyer and items; products and SKUs are upserted by their ids. */
const orderCreated = event(
  "order.created",
  z.object({
    order: z.object({
      id,
      kind: z.enum(orderKinds).default("standard"),
      paidFen: fen,
      freightFen: fen.default(0),
      freeShipping: z.boolean().default(true), // 包邮
      sevenDayEligible: z.boolean().default(true), // 七天无理由
      paidAt: instant,
      promisedShipBy: instant,
    }),
    buyer: z.object({ id, nick: text(64).min(1), phone: text(32).optional() }),
    items: z
      .array(
        z.object({
          product: z.object({
            id,
            title: text(200).min(1),
            category: text(64).min(1),
            imageUrl: imageUrl.optional(),
            isVirtual: z.boolean().default(false), // 虚拟
            isFresh: z.boolean().default(false), // 生鲜
            isVehicle: z.boolean().default(false), // 整车
          }),
          sku: z.object({ id, spec: text(200).min(1), priceFen: fen }),
          title: text(200).min(1).optional(), // defaults to the product title
          qty: z.number().int().min(1).max(10_000),
          unitPriceFen: fen,
        }),
      )
      .min(1)
      .max(100),
  }),
);

/** order.shipped — the merchant handed the parcel over: carrier, waybill, 快手电子面单 flag, package count. */
const orderShipped = event(
  "order.shipped",
  z.object({
    orderId: id,
    carrier,
    waybill,
    eWaybill: z.boolean().default(false),
    packageCount: z.number().int().min(1).max(100).default(1),
    shippedAt: instant,
  }),
);

/** logistics.scan — a carrier scan of the forward parcel; `at` defaults to occurredAt. */
const logisticsScan = event(
  "logistics.scan",
  z.object({
    orderId: id,
    status: z.enum(forwardScanStatuses),
    at: instant.optional(),
    description: text(200).optional(),
  }),
);

/** ticket.applied — the buyer applies for after-sales; requestedFen must not exceed the order's paidFen. */
const ticketApplied = event(
  "ticket.applied",
  z.object({
    ...ticketRef,
    type: z.enum(ticketTypes),
    reason,
    requestedFen: fen.min(1),
    statement: text(500).default(""),
    evidence: z.array(imageUrl).max(9).default([]),
    appliedAt: instant,
  }),
);

/** ticket.cancelled — the buyer withdraws an open application. */
const ticketCancelled = event("ticket.cancelled", z.object(ticketRef));

/** return.shipped — the buyer submits the return carrier and waybill (待买家退货 → 待商家收货). */
const returnShipped = event("return.shipped", z.object({ ...ticketRef, carrier, waybill }));

/** return.scan — a carrier scan of the return parcel; `signed` is what 退货物流已签收待处理 shows. */
const returnScan = event(
  "return.scan",
  z.object({
    ...ticketRef,
    status: z.enum(["in_transit", "signed"]),
    at: instant.optional(),
    description: text(200).optional(),
  }),
);

/** proxy.confirmed — the buyer confirms a 代客发起 card, optionally editing type, reason, amount or statement. */
const proxyConfirmed = event(
  "proxy.confirmed",
  z.object({
    ...ticketRef,
    changes: z
      .object({
        type: z.enum(ticketTypes).optional(),
        reason: reason.optional(),
        requestedFen: fen.min(1).optional(),
        statement: text(500).optional(),
      })
      .optional(),
  }),
);

/** proxy.rejected — the buyer declines a 代客发起 card. */
const proxyRejected = event("proxy.rejected", z.object(ticketRef));

/** evidence.submitted — the buyer answers 请买家举证 with images and an optional statement. */
const evidenceSubmitted = event(
  "evidence.submitted",
  z.object({ ...ticketRef, evidence: z.array(imageUrl).min(1).max(9), statement: text(500).optional() }),
);

/** ticket.escalated — the buyer asks the platform to intervene (平台介入). */
const ticketEscalated = event("ticket.escalated", z.object({ ...ticketRef, reason: text(500).optional() }));

/** platform.ruling — the platform decides a 平台介入: who is responsible and what happens; amountFen for refunds. */
const platformRuling = event(
  "platform.ruling",
  z.object({
    ...ticketRef,
    responsibility: z.enum(["merchant", "buyer"]),
    result: z.enum(["refund", "reject", "reissue", "exchange"]),
    amountFen: fen.min(1).optional(), // refund only; defaults to the requested amount
    note: text(500).min(1),
  }),
);

/** interception.result — the carrier reports a 物流拦截 outcome. */
const interceptionResult = event(
  "interception.result",
  z.object({ ...ticketRef, result: z.enum(["success", "failed"]), note: text(200).optional() }),
);

/** rating.created — 售后评价: 1–5 stars on an ended ticket. */
const ratingCreated = event(
  "rating.created",
  z.object({ ...ticketRef, stars: z.number().int().min(1).max(5), comment: text(500).optional() }),
);

/** conversation.created — a 客服会话 for service metrics; agentMemberId is one of the shop's members. */
const conversationCreated = event(
  "conversation.created",
  z.object({
    id,
    buyerId: id.optional(),
    agentMemberId: id.optional(),
    startedAt: instant,
    firstReplyAt: instant.optional(),
    rating: z.number().int().min(1).max(5).optional(),
  }),
);

export const platformEventSchema = z.discriminatedUnion("type", [
  orderCreated,
  orderShipped,
  logisticsScan,
  ticketApplied,
  ticketCancelled,
  returnShipped,
  returnScan,
  proxyConfirmed,
  proxyRejected,
  evidenceSubmitted,
  ticketEscalated,
  platformRuling,
  interceptionResult,
  ratingCreated,
  conversationCreated,
]);

/** A parsed event: envelope plus the typed `data` of its `type`. */
export type PlatformEvent = z.output<typeof platformEventSchema>;
/** What a sender writes: times as ISO strings, defaulted fields optional. */
export type PlatformEventInput = z.input<typeof platformEventSchema>;
export type PlatformEventType = PlatformEvent["type"];
export type EventOf<T extends PlatformEventType> = Extract<PlatformEvent, { type: T }>;

export const platformEventTypes: readonly string[] = platformEventSchema.options.map((o) => o.shape.type.value);

/** The envelope every event shares, checked before the type-specific data so errors name the right field. */
export const envelopeSchema = z.object({
  ...envelope,
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});

export function parsePlatformEvent(payload: unknown): PlatformEvent {
  return platformEventSchema.parse(payload);
}

/** Per-subject ordering key: everything about one order (its tickets included), or one conversation. */
export function subjectKeyOf(e: PlatformEvent): string {
  if (e.type === "conversation.created") return `${e.shopId}:conversation:${e.data.id}`;
  const orderId = e.type === "order.created" ? e.data.order.id : e.data.orderId;
  return `${e.shopId}:order:${orderId}`;
}
