// The sandbox platform at work (SPEC §7 default connector): a burst of realistic traffic for one shop — new
// orders and applications, buyers cancelling them, buyers shipping returns, carrier scans, buyers answering,
// platform decisions, ratings and service conversations. Every event is signed and goes through the same webhook entry.
import { and, desc, eq, inArray, isNull, notInArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, orders, ratings, tickets } from "../../db/schema";
import { carriers, terminalStatuses, type TicketStatus } from "../tickets/domain";
import type { PlatformEventInput } from "./events";
import { ingestEvent } from "./ingest";
import { createRng, type Rng } from "./random";
import { interceptionNotes, ratingComments } from "./sandbox-data";
import { newOrderEvents, platformId, sandboxEventId, waybillFor } from "./sandbox-orders";
import { signedHeaders } from "./signature";

export type SandboxShop = { id: string; connectorSecret: string };
export type ActivityKind = keyof typeof weights;
export type ActivityResult = { activities: number; events: number; byKind: Partial<Record<ActivityKind, number>> };
export type ActivityOptions = {
  count: number;
  /** The app's (sandbox) clock: events are dated at or before it. */
  now: Date;
  seed?: number;
  /** How an event reaches the webhook; defaults to the in-process entry (ingestEvent). */
  deliver?: (event: PlatformEventInput) => Promise<unknown>;
};

const weights = {
  new_application: 6,
  new_order: 2,
  buyer_cancel: 1,
  return_shipped: 3,
  return_scan: 3,
  forward_scan: 3,
  buyer_reply: 1,
  platform: 1,
  rating: 2,
  conversation: 2,
};

type Candidates = Awaited<ReturnType<typeof loadCandidates>>;
type Row = { externalId: string; orderId: string };

async function ticketsIn(db: Db, shopId: string, statuses: TicketStatus[], extra?: SQL) {
  return db
    .select({
      externalId: tickets.externalId,
      orderId: tickets.orderId,
      status: tickets.status,
      returnStatus: tickets.returnStatus,
      reason: tickets.reason,
      escalatedAt: tickets.escalatedAt,
      buyerId: tickets.buyerId,
    })
    .from(tickets)
    .where(and(eq(tickets.shopId, shopId), inArray(tickets.status, statuses), extra))
    .orderBy(desc(tickets.id))
    .limit(100);
}

async function loadCandidates(db: Db, shopId: string) {
  const returns = await ticketsIn(db, shopId, ["awaiting_return"], isNull(tickets.returnWaybill));
  const returning = await ticketsIn(
    db,
    shopId,
    ["awaiting_receipt"],
    inArray(tickets.returnStatus, ["shipped", "in_transit"]),
  );
  const replies = await ticketsIn(db, shopId, ["awaiting_evidence", "proxy_pending"]);
  // Only 待商家处理: no other kind acts on it, so a burst never cancels a ticket it also moves along.
  const cancellable = await ticketsIn(db, shopId, ["pending_review"]);
  const platform = await ticketsIn(db, shopId, ["intercepting", "platform_intervention", "rejected"]);
  const moving = await db
    .select({ id: orders.id, status: orders.logisticsStatus, buyerId: orders.buyerId })
    .from(orders)
    .where(
      and(
        eq(orders.shopId, shopId),
        inArray(orders.logisticsStatus, ["shipped_not_collected", "collected", "in_transit", "out_for_delivery"]),
      ),
    )
    .orderBy(desc(orders.paidAt))
    .limit(100);
  const refusals = await ticketsIn(db, shopId, ["refusal_refund"]);
  const unrated = await db
    .select({ externalId: tickets.externalId, orderId: tickets.orderId, status: tickets.status })
    .from(tickets)
    .leftJoin(ratings, eq(ratings.ticketId, tickets.id))
    .where(and(eq(tickets.shopId, shopId), inArray(tickets.status, [...terminalStatuses]), isNull(ratings.ticketId)))
    .orderBy(desc(tickets.id))
    .limit(100);
  const agents = await db.select({ id: members.id }).from(members).where(eq(members.shopId, shopId));
  const buyers = await db
    .select({ id: orders.buyerId })
    .from(orders)
    .where(and(eq(orders.shopId, shopId), notInArray(orders.logisticsStatus, ["refused", "returned"])))
    .orderBy(desc(orders.paidAt))
    .limit(100);
  return {
    returns,
    returning,
    replies,
    cancellable,
    platform: platform.filter((t) => t.status !== "rejected" || !t.escalatedAt),
    moving,
    refusalOrders: new Set(refusals.map((t) => t.orderId)),
    unrated,
    agents,
    buyers,
  };
}

/** Removes and answers a random element; undefined when the list is empty. */
function take<T>(rng: Rng, list: T[]): T | undefined {
  if (list.length === 0) return undefined;
  return list.splice(rng.int(0, list.length - 1), 1)[0];
}

const nextForward = {
  shipped_not_collected: "collected",
  collected: "in_transit",
  in_transit: "out_for_delivery",
  out_for_delivery: "signed",
} as const;

/** One activity's events, or null when this kind has nothing to act on right now. */
function eventsFor(
  kind: ActivityKind,
  rng: Rng,
  c: Candidates,
  shopId: string,
  now: Date,
): PlatformEventInput[] | null {
  const occurredAt = now.toISOString();
  const ev = <T extends PlatformEventInput["type"]>(
    type: T,
    data: Extract<PlatformEventInput, { type: T }>["data"],
  ) => [{ id: sandboxEventId(), shopId, type, occurredAt, data } as PlatformEventInput];
  const ref = (t: Row) => ({ externalId: t.externalId, orderId: t.orderId });
  switch (kind) {
    case "new_application":
      return newOrderEvents(rng, shopId, now, true);
    case "new_order":
      return newOrderEvents(rng, shopId, now, false);
    case "buyer_cancel": {
      // The buyer withdraws the application (撤销申请) before the merchant decides → 已关闭.
      const t = take(rng, c.cancellable);
      return t ? ev("ticket.cancelled", ref(t)) : null;
    }
    case "return_shipped": {
      const t = take(rng, c.returns);
      const carrier = rng.pick(carriers);
      return t ? ev("return.shipped", { ...ref(t), carrier, waybill: waybillFor(rng, carrier) }) : null;
    }
    case "return_scan": {
      const t = take(rng, c.returning);
      if (!t) return null;
      const status = t.returnStatus === "shipped" && rng.chance(0.6) ? "in_transit" : "signed";
      return ev("return.scan", { ...ref(t), status });
    }
    case "forward_scan": {
      const o = take(rng, c.moving);
      if (!o || !(o.status in nextForward)) return null;
      // SPEC §3 拒收后退款: a buyer who agreed to refuse the parcel does so at delivery.
      const status =
        c.refusalOrders.has(o.id) && o.status !== "shipped_not_collected"
          ? "refused"
          : nextForward[o.status as keyof typeof nextForward];
      return ev("logistics.scan", { orderId: o.id, status });
    }
    case "buyer_reply": {
      const t = take(rng, c.replies);
      if (!t) return null;
      if (t.status === "awaiting_evidence") {
        return ev("evidence.submitted", {
          ...ref(t),
          evidence: [`https://picsum.photos/seed/proof-${rng.digits(6)}/480/480`],
          statement: "补充了照片",
        });
      }
      return rng.chance(0.8) ? ev("proxy.confirmed", ref(t)) : ev("proxy.rejected", ref(t));
    }
    case "platform": {
      const t = take(rng, c.platform);
      if (!t) return null;
      if (t.status === "intercepting") {
        const result = rng.chance(0.6) ? "success" : "failed";
        return ev("interception.result", { ...ref(t), result, note: rng.pick(interceptionNotes[result]) });
      }
      if (t.status === "rejected")
        return rng.chance(0.4) ? ev("ticket.escalated", { ...ref(t), reason: "商家拒绝理由不成立" }) : null;
      const merchantFault = [
        "quality_issue",
        "wrong_item",
        "missing_item",
        "damaged",
        "not_as_described",
        "late_shipment",
      ].includes(t.reason);
      if (!merchantFault)
        return ev("platform.ruling", {
          ...ref(t),
          responsibility: "buyer",
          result: "reject",
          note: "买家原因，维持商家处理结果",
        });
      const result = t.reason === "missing_item" ? "reissue" : t.reason === "wrong_item" ? "exchange" : "refund";
      return ev("platform.ruling", {
        ...ref(t),
        responsibility: "merchant",
        result,
        note: "商家责任，平台判定支持买家",
      });
    }
    case "rating": {
      const t = take(rng, c.unrated);
      if (!t) return null;
      const stars = Number(rng.weighted({ 5: 50, 4: 20, 3: 10, 2: 8, 1: 12 }));
      return ev("rating.created", {
        ...ref(t),
        stars,
        ...(rng.chance(0.5) ? { comment: rng.pick(ratingComments) } : {}),
      });
    }
    case "conversation": {
      const startedAt = now.getTime() - rng.int(1, 180) * 60_000;
      const replyMs = rng.chance(0.85) ? rng.int(10, 180) * 1000 : rng.int(181, 900) * 1000;
      const answered = rng.chance(0.95);
      const agent = c.agents.length > 0 && answered ? rng.pick(c.agents).id : undefined;
      const buyer = c.buyers.length > 0 ? rng.pick(c.buyers).id : undefined;
      return ev("conversation.created", {
        id: `cv_${platformId(rng, now, 8)}`,
        ...(buyer ? { buyerId: buyer } : {}),
        ...(agent ? { agentMemberId: agent } : {}),
        startedAt: new Date(startedAt).toISOString(),
        ...(answered ? { firstReplyAt: new Date(startedAt + replyMs).toISOString() } : {}),
        ...(answered && rng.chance(0.6) ? { rating: rng.pick([5, 5, 5, 4, 4, 3, 1]) } : {}),
      });
    }
  }
}

/** Generates `count` activities for the shop and delivers their events in order; answers what was sent. */
export async function generateSandboxActivity(
  db: Db,
  shop: SandboxShop,
  opts: ActivityOptions,
): Promise<ActivityResult> {
  const rng = createRng(opts.seed ?? Date.now() ^ Math.floor(Math.random() * 2 ** 31));
  const deliver =
    opts.deliver ??
    (async (event: PlatformEventInput) => {
      const raw = JSON.stringify(event);
      return ingestEvent(db, shop.id, raw, signedHeaders(shop.connectorSecret, raw));
    });
  const candidates = await loadCandidates(db, shop.id);
  const result: ActivityResult = { activities: 0, events: 0, byKind: {} };
  for (let i = 0; i < opts.count; i++) {
    let kind = rng.weighted(weights);
    let events = eventsFor(kind, rng, candidates, shop.id, opts.now);
    if (!events) {
      kind = "new_application";
      events = eventsFor(kind, rng, candidates, shop.id, opts.now) ?? [];
    }
    for (const e of events) await deliver(e);
    result.activities++;
    result.events += events.length;
    result.byKind[kind] = (result.byKind[kind] ?? 0) + 1;
  }
  return result;
}
