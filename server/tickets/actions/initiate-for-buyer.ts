// 代客发起售后 (SPEC §4): an agent fills type, reason, amount and evidence for an order of the shop and sends it
// as a card; the buyer confirms or edits within 24 h (代客发起待确认), else it expires. Allowed for 自建, 跨境 and
// 拍卖 orders only; no 售后处理权限 needed (SPEC §1). The rules decide (proxyInitiation); this writes the ticket,
// its first timeline event and the outbound card in one transaction.
import { randomUUID } from "node:crypto";
import { and, asc, eq, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { buyers, orderItems, orders, platformActions, products, ticketEvents, tickets } from "../../../db/schema";
import { DomainError } from "../../errors";
import { timeLimitsOf } from "../../shops/settings";
import { reasonResponsibility, terminalStatuses } from "../domain";
import { proxyConfirmDeadline, proxyInitiation } from "../rules";
import { type ActionCtx, type ActionResult, agentActor, assertShopMember, parseInput, refusalError } from "./context";
import { loadOrderAndShop, ruleMemberOf, ruleOrderOf } from "./rule-context";
import { type InitiateForBuyerInput, initiateForBuyerInput } from "./schemas";

export async function initiateForBuyer(db: DbOrTx, ctx: ActionCtx, raw: InitiateForBuyerInput): Promise<ActionResult> {
  const input = parseInput(initiateForBuyerInput, raw);
  assertShopMember(ctx);
  return db.transaction(async (tx) => {
    // Lock the order: two agents (or a double click) cannot open two tickets for it at once.
    const [locked] = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.shopId, ctx.shopId)))
      .for("update");
    if (!locked) throw new DomainError("NOT_FOUND", "订单不存在");
    const { order, settings } = await loadOrderAndShop(tx, ctx.shopId, input.orderId);
    const verdict = proxyInitiation(ruleOrderOf(order), ruleMemberOf(ctx.member), input);
    if (!verdict.ok) throw refusalError(verdict);
    const [open] = await tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(
        and(
          eq(tickets.shopId, ctx.shopId),
          eq(tickets.orderId, order.id),
          notInArray(tickets.status, [...terminalStatuses]),
        ),
      )
      .limit(1);
    if (open) {
      throw new DomainError("ACTION_NOT_ALLOWED", `该订单已有进行中的售后单（#${open.id}），请在原售后单上处理`, {
        reason: "OPEN_TICKET_EXISTS",
        params: { ticketId: open.id },
      });
    }
    const [item] = await tx
      .select({ item: orderItems, imageUrl: products.imageUrl })
      .from(orderItems)
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(and(eq(orderItems.orderId, order.id), eq(orderItems.shopId, ctx.shopId)))
      .orderBy(asc(orderItems.id))
      .limit(1);
    const [buyer] = await tx.select({ nick: buyers.nick }).from(buyers).where(eq(buyers.id, order.buyerId));
    if (!item || !buyer) throw new DomainError("ACTION_NOT_ALLOWED", "订单缺少商品或买家信息，无法代客发起售后");
    const deadline = proxyConfirmDeadline(timeLimitsOf(settings), ctx.now);
    const [ticket] = await tx
      .insert(tickets)
      .values({
        shopId: ctx.shopId,
        externalId: `proxy-${randomUUID()}`,
        orderId: order.id,
        buyerId: order.buyerId,
        type: input.type,
        reason: input.reason,
        responsibility: reasonResponsibility[input.reason],
        requestedFen: input.amountFen,
        statement: input.statement,
        evidence: input.evidence,
        status: "proxy_pending",
        deadlineAt: deadline.at,
        deadlineAction: deadline.action,
        deadlineMin: deadline.min,
        origin: "proxy",
        buyerNick: buyer.nick,
        productId: item.item.productId,
        skuId: item.item.skuId,
        productTitle: item.item.title,
        productImage: item.imageUrl,
        carrier: order.carrier,
        orderWaybill: order.waybill,
        orderLogisticsStatus: order.logisticsStatus,
        assigneeId: ctx.member.id,
        appliedAt: ctx.now,
        updatedAt: ctx.now,
        updatedByName: ctx.member.displayName,
      })
      .returning();
    const actor = agentActor(ctx.member);
    const card = { type: input.type, reason: input.reason, amountFen: input.amountFen, evidence: input.evidence };
    await tx.insert(ticketEvents).values({
      shopId: ctx.shopId,
      ticketId: ticket.id,
      at: ctx.now,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name,
      action: "initiate_for_buyer",
      fromStatus: null,
      toStatus: "proxy_pending",
      why: input.statement || null,
      data: card,
    });
    await tx.insert(platformActions).values({
      shopId: ctx.shopId,
      ticketId: ticket.id,
      action: "initiate_for_buyer",
      payload: { ...card, orderId: order.id, statement: input.statement, externalId: ticket.externalId },
    });
    return { ticket, hints: [] };
  });
}
