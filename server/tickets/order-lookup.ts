// 代客发起售后 starts from an order (SPEC §4): find it by order id, waybill or buyer nick, with what the agent
// needs to fill the card — items, paid amount (the cap), logistics — and whether the order kind allows it at all.
import { and, desc, eq, inArray, notInArray, or } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { buyers, orderItems, orders, tickets } from "../../db/schema";
import { text } from "../text";
import { terminalStatuses } from "./domain";
import { proxyOrderKinds, type RuleCode } from "./rules";

export const findOrdersInput = z.object({
  query: text().trim().min(1, { error: "请输入订单号、运单号或买家" }).max(64),
});
export type FindOrdersInput = z.input<typeof findOrdersInput>;

const maxResults = 10;

export async function findOrders(db: DbOrTx, shopId: string, raw: FindOrdersInput) {
  const { query } = findOrdersInput.parse(raw);
  const byBuyer = db
    .select({ id: buyers.id })
    .from(buyers)
    .where(and(eq(buyers.shopId, shopId), eq(buyers.nick, query)));
  const rows = await db
    .select({ order: orders, buyerNick: buyers.nick })
    .from(orders)
    .innerJoin(buyers, eq(buyers.id, orders.buyerId))
    .where(
      and(
        eq(orders.shopId, shopId),
        or(eq(orders.id, query), eq(orders.waybill, query), inArray(orders.buyerId, byBuyer)),
      ),
    )
    .orderBy(desc(orders.paidAt))
    .limit(maxResults);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.order.id);
  const [items, open] = await Promise.all([
    db
      .select({
        orderId: orderItems.orderId,
        title: orderItems.title,
        qty: orderItems.qty,
        unitPriceFen: orderItems.unitPriceFen,
      })
      .from(orderItems)
      .where(and(eq(orderItems.shopId, shopId), inArray(orderItems.orderId, ids))),
    db
      .select({ id: tickets.id, orderId: tickets.orderId })
      .from(tickets)
      .where(
        and(
          eq(tickets.shopId, shopId),
          inArray(tickets.orderId, ids),
          notInArray(tickets.status, [...terminalStatuses]),
        ),
      ),
  ]);
  return rows.map(({ order: o, buyerNick }) => {
    // The order-kind rule of 代客发起售后, told before the agent fills anything in.
    const refusal: RuleCode | null = proxyOrderKinds.includes(o.kind) ? null : "PROXY_ORDER_KIND_UNSUPPORTED";
    return {
      id: o.id,
      kind: o.kind,
      buyerNick,
      paidFen: o.paidFen,
      freightFen: o.freightFen,
      freeShipping: o.freeShipping,
      paidAt: o.paidAt,
      logisticsStatus: o.logisticsStatus,
      carrier: o.carrier,
      waybill: o.waybill,
      items: items.filter((i) => i.orderId === o.id),
      openTicketId: open.find((t) => t.orderId === o.id)?.id ?? null,
      proxyRefusal: refusal,
    };
  });
}
export type FoundOrder = Awaited<ReturnType<typeof findOrders>>[number];
