// Reads the raw rows behind the metric facts for a time range, each source by its own indexed day column
// (tickets by applied_at, refunds and ratings by at, conversations by started_at, orders by paid_at), and adds
// them up per Shanghai day. Used by the rollup job (past days) and for the live current day — never per chart.
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { conversations, filings, holidays, orders, ratings, refunds, tickets } from "../../db/schema";
import type { ShopCalendar } from "../calendar/rules";
import { handlerSql } from "../tickets/handler";
import { dayOf } from "./days";
import { addConversation, addOrder, addRating, addRefund, addTicket } from "./extract";
import { FactsByKey } from "./facts";

const ticketDims = {
  type: tickets.type,
  reason: tickets.reason,
  productId: tickets.productId,
  carrier: tickets.carrier,
  agentId: handlerSql,
};

/** A buyer asked for 仅退款 before the parcel left: the order is not expected to ship. */
export const refundOnlyBeforeShipSql = sql<boolean>`exists (
  select 1 from tickets rt
  where rt.shop_id = orders.shop_id and rt.order_id = orders.id and rt.type = 'refund_only'
    and rt.applied_at < coalesce(orders.shipped_at, 'infinity'::timestamptz))`;
export const orderProductSql = sql<string | null>`(
  select i.product_id from order_items i where i.order_id = orders.id order by i.id limit 1)`;

export async function loadCalendar(db: DbOrTx, shopId: string): Promise<ShopCalendar> {
  const [hs, fs] = await Promise.all([
    db
      .select({ startsOn: holidays.startsOn, endsOn: holidays.endsOn, shipDelayDays: holidays.shipDelayDays })
      .from(holidays)
      .where(eq(holidays.shopId, shopId)),
    db
      .select({ orderIds: filings.orderIds, coversFrom: filings.coversFrom, coversTo: filings.coversTo })
      .from(filings)
      .where(eq(filings.shopId, shopId)),
  ]);
  return { holidays: hs, filings: fs };
}

export type CollectOptions = { shopId: string; from: Date; to: Date; now: Date; calendar: ShopCalendar };

/** Facts of every source anchored in [from, to), per Shanghai day and dimension value. */
export async function collectFacts(db: DbOrTx, o: CollectOptions): Promise<Map<string, FactsByKey>> {
  const days = new Map<string, FactsByKey>();
  const on = (at: Date) => {
    const d = dayOf(at);
    let f = days.get(d);
    if (!f) {
      f = new FactsByKey();
      days.set(d, f);
    }
    return f;
  };
  const [ts, rs, gs, cs, os] = await Promise.all([
    db
      .select({
        ...ticketDims,
        appliedAt: tickets.appliedAt,
        firstDecisionAt: tickets.firstDecisionAt,
        escalatedAt: tickets.escalatedAt,
        rulingResponsibility: tickets.rulingResponsibility,
        endedAt: tickets.endedAt,
        handledBy: tickets.handledBy,
      })
      .from(tickets)
      .where(and(eq(tickets.shopId, o.shopId), gte(tickets.appliedAt, o.from), lt(tickets.appliedAt, o.to))),
    db
      .select({
        ...ticketDims,
        at: refunds.at,
        amountFen: refunds.amountFen,
        appliedAt: tickets.appliedAt,
        returnSignedAt: tickets.returnSignedAt,
      })
      .from(refunds)
      .innerJoin(tickets, eq(tickets.id, refunds.ticketId))
      .where(and(eq(refunds.shopId, o.shopId), gte(refunds.at, o.from), lt(refunds.at, o.to))),
    db
      .select({ ...ticketDims, at: ratings.at, stars: ratings.stars })
      .from(ratings)
      .innerJoin(tickets, eq(tickets.id, ratings.ticketId))
      .where(and(eq(ratings.shopId, o.shopId), gte(ratings.at, o.from), lt(ratings.at, o.to))),
    db
      .select({
        startedAt: conversations.startedAt,
        firstReplyAt: conversations.firstReplyAt,
        agentId: conversations.agentId,
        rating: conversations.rating,
      })
      .from(conversations)
      .where(
        and(
          eq(conversations.shopId, o.shopId),
          gte(conversations.startedAt, o.from),
          lt(conversations.startedAt, o.to),
        ),
      ),
    db
      .select({
        id: orders.id,
        paidAt: orders.paidAt,
        productId: orderProductSql,
        carrier: orders.carrier,
        isVirtual: orders.isVirtual,
        refundOnlyBeforeShip: refundOnlyBeforeShipSql,
        promisedShipBy: orders.promisedShipBy,
        shippedAt: orders.shippedAt,
        collectedAt: orders.collectedAt,
        signedAt: orders.signedAt,
      })
      .from(orders)
      .where(and(eq(orders.shopId, o.shopId), gte(orders.paidAt, o.from), lt(orders.paidAt, o.to)))
      .orderBy(asc(orders.paidAt)),
  ]);
  for (const t of ts) addTicket(on(t.appliedAt), t);
  for (const r of rs) addRefund(on(r.at), r);
  for (const g of gs) addRating(on(g.at), g);
  for (const c of cs) addConversation(on(c.startedAt), c);
  for (const x of os) addOrder(on(x.paidAt), x, o.calendar, o.now);
  return days;
}

/** The first day this shop has any data (orders, tickets or conversations), or null for an empty shop. */
export async function firstDataDay(db: DbOrTx, shopId: string): Promise<string | null> {
  const rows = await db.execute<{ at: Date | null }>(sql`select least(
    (select min(paid_at) from orders where shop_id = ${shopId}),
    (select min(applied_at) from tickets where shop_id = ${shopId}),
    (select min(started_at) from conversations where shop_id = ${shopId})) as at`);
  const at = rows[0]?.at;
  return at ? dayOf(new Date(at)) : null;
}
