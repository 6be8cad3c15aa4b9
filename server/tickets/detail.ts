// 售后单详情: everything the agent needs to decide, read in one consistent snapshot, plus what the rules allow
// this member to do now, the rules to surface (SPEC §3) and the 物流拦截 conditions (SPEC §4).
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { logisticsScans, members, orderItems, ratings, refunds, ticketEvents, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import { type ActionCtx, assertShopMember } from "./actions/context";
import { loadOrderAndShop, ruleContextOf } from "./actions/rule-context";
import { allowedActions, interceptionEligibility, ruleHints } from "./rules";

export async function getTicketDetail(db: Db, ctx: ActionCtx, ticketId: number) {
  assertShopMember(ctx);
  return db.transaction(
    async (tx) => {
      const [ticket] = await tx
        .select()
        .from(tickets)
        .where(and(eq(tickets.id, ticketId), eq(tickets.shopId, ctx.shopId)));
      // Another shop's ticket is "not found": never reveal that it exists.
      if (!ticket) throw new DomainError("NOT_FOUND", "售后单不存在");
      const [loaded, items, scans, timeline, refundRows, ratingRows, assigneeRows] = await Promise.all([
        loadOrderAndShop(tx, ctx.shopId, ticket.orderId),
        tx
          .select()
          .from(orderItems)
          .where(and(eq(orderItems.orderId, ticket.orderId), eq(orderItems.shopId, ctx.shopId)))
          .orderBy(asc(orderItems.id)),
        tx
          .select()
          .from(logisticsScans)
          .where(and(eq(logisticsScans.orderId, ticket.orderId), eq(logisticsScans.shopId, ctx.shopId)))
          .orderBy(asc(logisticsScans.at), asc(logisticsScans.id)),
        tx
          .select()
          .from(ticketEvents)
          .where(and(eq(ticketEvents.ticketId, ticket.id), eq(ticketEvents.shopId, ctx.shopId)))
          .orderBy(asc(ticketEvents.at), asc(ticketEvents.id)),
        tx
          .select()
          .from(refunds)
          .where(and(eq(refunds.ticketId, ticket.id), eq(refunds.shopId, ctx.shopId))),
        tx
          .select()
          .from(ratings)
          .where(and(eq(ratings.ticketId, ticket.id), eq(ratings.shopId, ctx.shopId))),
        ticket.assigneeId
          ? tx
              .select({ id: members.id, displayName: members.displayName })
              .from(members)
              .where(and(eq(members.id, ticket.assigneeId), eq(members.shopId, ctx.shopId)))
          : Promise.resolve([]),
      ]);
      const rc = ruleContextOf(ticket, loaded, ctx.member, ctx.now);
      return {
        ticket,
        order: { ...loaded.order, items },
        // Forward parcel scans, and the return parcel's scans of this ticket (an order may have had earlier tickets).
        forwardScans: scans.filter((s) => s.direction === "forward"),
        returnScans: scans.filter((s) => s.direction === "return" && (s.ticketId === null || s.ticketId === ticket.id)),
        timeline,
        refund: refundRows[0] ?? null,
        rating: ratingRows[0] ?? null,
        assignee: assigneeRows[0] ?? null,
        allowedActions: allowedActions(rc),
        hints: ruleHints(rc),
        interception: interceptionEligibility(rc.ticket, rc.order, rc.shop),
        limits: rc.shop.limits,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
export type TicketDetail = Awaited<ReturnType<typeof getTicketDetail>>;
