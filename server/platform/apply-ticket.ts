// Ticket-side events: the buyer's application (a new 售后单) and every later move by the buyer, the carrier or
// the platform, each applied through applyChange so the timeline, refund row and version go together.
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { buyers, logisticsScans, orderItems, products, ticketEvents, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import { getShopSettings, timeLimitsOf } from "../shops/settings";
import { reasonResponsibility } from "../tickets/domain";
import { applyChange, type Ticket } from "../tickets/transition";
import { findOrderInShop } from "./apply-order";
import {
  cancelEffect,
  checkAmount,
  escalatedEffect,
  evidenceSubmittedEffect,
  proxyConfirmedEffect,
  proxyRejectedEffect,
  returnScanEffect,
  returnShippedEffect,
  reviewDeadline,
  type Step,
} from "./effects";
import { interceptionEffect, rulingEffect } from "./effects-platform";
import type { EventOf } from "./events";

/**
 * ticket.applied: a new ticket in 待商家处理 with its 48 h deadline (SPEC §3 row 1), responsibility from the reason
 * (SPEC §2), list columns denormalised from the order and its first item. Idempotent by (shop, externalId).
 */
export async function applyTicketApplied(tx: Tx, e: EventOf<"ticket.applied">): Promise<void> {
  const d = e.data;
  const [existing] = await tx
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.shopId, e.shopId), eq(tickets.externalId, d.externalId)));
  if (existing) return;
  const order = await findOrderInShop(tx, e.shopId, d.orderId);
  checkAmount(d.requestedFen, order.paidFen, "data.requestedFen");
  const [item] = await tx
    .select({
      productId: orderItems.productId,
      skuId: orderItems.skuId,
      title: orderItems.title,
      image: products.imageUrl,
    })
    .from(orderItems)
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(eq(orderItems.orderId, order.id))
    .orderBy(asc(orderItems.id))
    .limit(1);
  if (!item) throw new DomainError("ACTION_NOT_ALLOWED", `ticket.applied: order ${order.id} has no items`);
  const [buyer] = await tx.select({ nick: buyers.nick }).from(buyers).where(eq(buyers.id, order.buyerId));
  const limits = timeLimitsOf(await getShopSettings(tx, e.shopId));
  const deadline = reviewDeadline(d.type, d.appliedAt, limits);
  const buyerNick = buyer?.nick ?? order.buyerId;
  const [created] = await tx
    .insert(tickets)
    .values({
      shopId: e.shopId,
      externalId: d.externalId,
      orderId: order.id,
      buyerId: order.buyerId,
      type: d.type,
      reason: d.reason,
      responsibility: reasonResponsibility[d.reason],
      requestedFen: d.requestedFen,
      statement: d.statement,
      evidence: d.evidence,
      status: "pending_review",
      deadlineAt: deadline.at,
      deadlineAction: deadline.action,
      deadlineMin: deadline.min,
      origin: "buyer",
      buyerNick,
      productId: item.productId,
      skuId: item.skuId,
      productTitle: item.title,
      productImage: item.image,
      carrier: order.carrier,
      orderWaybill: order.waybill,
      orderLogisticsStatus: order.logisticsStatus,
      appliedAt: d.appliedAt,
      updatedAt: d.appliedAt,
      updatedByName: buyerNick,
    })
    .onConflictDoNothing()
    .returning({ id: tickets.id });
  if (!created) return;
  await tx.insert(ticketEvents).values({
    shopId: e.shopId,
    ticketId: created.id,
    at: d.appliedAt,
    actorKind: "buyer",
    actorId: order.buyerId,
    actorName: buyerNick,
    action: "apply",
    fromStatus: null,
    toStatus: "pending_review",
    why: d.statement || null,
    data: { type: d.type, reason: d.reason, requestedFen: d.requestedFen, evidence: d.evidence },
  });
}

export type TicketEvent = EventOf<
  | "ticket.cancelled"
  | "return.shipped"
  | "return.scan"
  | "proxy.confirmed"
  | "proxy.rejected"
  | "evidence.submitted"
  | "ticket.escalated"
  | "platform.ruling"
  | "interception.result"
>;

/** Locks the ticket the event names, checking it is this shop's and this order's. */
export async function lockTicketByExternalId(tx: Tx, shopId: string, externalId: string, orderId: string) {
  const [t] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.shopId, shopId), eq(tickets.externalId, externalId)))
    .for("update");
  if (!t) throw new DomainError("NOT_FOUND", `ticket ${externalId} not found in shop`);
  if (t.orderId !== orderId) {
    throw new DomainError("INVALID_INPUT", `data.orderId: ticket ${externalId} belongs to order ${t.orderId}`, {
      field: "data.orderId",
    });
  }
  return t;
}

async function stepsFor(tx: Tx, t: Ticket, e: TicketEvent, at: Date): Promise<Step[]> {
  const limits = async () => timeLimitsOf(await getShopSettings(tx, e.shopId));
  const paidFen = async () => (await findOrderInShop(tx, e.shopId, t.orderId)).paidFen;
  switch (e.type) {
    case "ticket.cancelled":
      return cancelEffect(t);
    case "return.shipped":
      return returnShippedEffect(t, e.data, await limits(), at);
    case "return.scan":
      return returnScanEffect(t, e.data, at);
    case "proxy.confirmed":
      return proxyConfirmedEffect(t, e.data, await paidFen(), await limits(), at);
    case "proxy.rejected":
      return proxyRejectedEffect(t);
    case "evidence.submitted":
      return evidenceSubmittedEffect(t, e.data, await limits(), at);
    case "ticket.escalated":
      return escalatedEffect(t, e.data, at);
    case "platform.ruling":
      return rulingEffect(t, e.data, await paidFen(), await limits(), at);
    case "interception.result":
      return interceptionEffect(t, e.data, await limits(), at);
  }
}

/** Every ticket event after the application: lock, decide (effects*.ts), apply each step in this transaction. */
export async function applyTicketEvent(tx: Tx, e: TicketEvent): Promise<Ticket> {
  const at = e.type === "return.scan" ? (e.data.at ?? e.occurredAt) : e.occurredAt;
  let t = await lockTicketByExternalId(tx, e.shopId, e.data.externalId, e.data.orderId);
  const steps = await stepsFor(tx, t, e, at);
  if (e.type === "return.scan" && t.returnCarrier && t.returnWaybill) {
    await tx.insert(logisticsScans).values({
      shopId: e.shopId,
      orderId: t.orderId,
      ticketId: t.id,
      direction: "return",
      carrier: t.returnCarrier,
      waybill: t.returnWaybill,
      status: e.data.status,
      description: e.data.description ?? (e.data.status === "signed" ? "退货已签收" : "退货运输中"),
      at,
    });
  }
  for (const step of steps) t = await applyChange(tx, t, step.actor, step.change, at);
  return t;
}
