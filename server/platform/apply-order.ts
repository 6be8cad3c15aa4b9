// Order-side events (SPEC §2 Order): a paid order with its buyer and catalog, its shipment, and the carrier's
// forward scans. Ids are the platform's; a row that exists under another shop is never touched.
import { and, eq, notInArray } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { buyers, logisticsScans, orderItems, orders, products, skus, tickets } from "../../db/schema";
import { DomainError } from "../errors";
import { type LogisticsStatus, terminalStatuses } from "../tickets/domain";
import { applyChange } from "../tickets/transition";
import { refusalScanEffect } from "./effects-platform";
import type { EventOf } from "./events";

const openTicket = notInArray(tickets.status, [...terminalStatuses]);

function owned(rows: unknown[], what: string, id: string): void {
  if (rows.length === 0) throw new DomainError("FORBIDDEN", `${what} ${id} belongs to another shop`);
}

export async function findOrderInShop(tx: Tx, shopId: string, orderId: string) {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.shopId, shopId)));
  if (!order) throw new DomainError("NOT_FOUND", `order ${orderId} not found in shop`);
  return order;
}

/** order.created: upserts buyer, products, SKUs and the order; the items are replaced. */
export async function applyOrderCreated(tx: Tx, e: EventOf<"order.created">): Promise<void> {
  const { order, buyer, items } = e.data;
  const shopId = e.shopId;
  owned(
    await tx
      .insert(buyers)
      .values({ id: buyer.id, shopId, nick: buyer.nick, phone: buyer.phone ?? null })
      .onConflictDoUpdate({
        target: buyers.id,
        set: { nick: buyer.nick, phone: buyer.phone ?? null },
        setWhere: eq(buyers.shopId, shopId),
      })
      .returning({ id: buyers.id }),
    "buyer",
    buyer.id,
  );
  for (const { product: p, sku } of items) {
    const product = {
      title: p.title,
      category: p.category,
      imageUrl: p.imageUrl ?? null,
      isVirtual: p.isVirtual,
      isFresh: p.isFresh,
      isVehicle: p.isVehicle,
    };
    owned(
      await tx
        .insert(products)
        .values({ id: p.id, shopId, ...product })
        .onConflictDoUpdate({ target: products.id, set: product, setWhere: eq(products.shopId, shopId) })
        .returning({ id: products.id }),
      "product",
      p.id,
    );
    const skuRow = { productId: p.id, spec: sku.spec, priceFen: sku.priceFen };
    owned(
      await tx
        .insert(skus)
        .values({ id: sku.id, shopId, ...skuRow })
        .onConflictDoUpdate({ target: skus.id, set: skuRow, setWhere: eq(skus.shopId, shopId) })
        .returning({ id: skus.id }),
      "sku",
      sku.id,
    );
  }
  const row = {
    buyerId: buyer.id,
    kind: order.kind,
    paidFen: order.paidFen,
    freightFen: order.freightFen,
    freeShipping: order.freeShipping,
    sevenDayEligible: order.sevenDayEligible,
    isVirtual: items.some((i) => i.product.isVirtual),
    isFresh: items.some((i) => i.product.isFresh),
    isVehicle: items.some((i) => i.product.isVehicle),
    paidAt: order.paidAt,
    promisedShipBy: order.promisedShipBy,
  };
  owned(
    await tx
      .insert(orders)
      .values({ id: order.id, shopId, ...row })
      .onConflictDoUpdate({ target: orders.id, set: row, setWhere: eq(orders.shopId, shopId) })
      .returning({ id: orders.id }),
    "order",
    order.id,
  );
  await tx.delete(orderItems).where(eq(orderItems.orderId, order.id));
  await tx.insert(orderItems).values(
    items.map((i) => ({
      shopId,
      orderId: order.id,
      productId: i.product.id,
      skuId: i.sku.id,
      title: i.title ?? i.product.title,
      qty: i.qty,
      unitPriceFen: i.unitPriceFen,
    })),
  );
}

/** order.shipped: carrier, waybill, 电子面单 and packages; the parcel is 已发货未揽收 until the first scan. */
export async function applyOrderShipped(tx: Tx, e: EventOf<"order.shipped">): Promise<void> {
  const d = e.data;
  const order = await findOrderInShop(tx, e.shopId, d.orderId);
  const logisticsStatus: LogisticsStatus =
    order.logisticsStatus === "not_shipped" ? "shipped_not_collected" : order.logisticsStatus;
  await tx
    .update(orders)
    .set({
      carrier: d.carrier,
      waybill: d.waybill,
      eWaybill: d.eWaybill,
      packageCount: d.packageCount,
      shippedAt: d.shippedAt,
      logisticsStatus,
    })
    .where(eq(orders.id, order.id));
  await tx
    .update(tickets)
    .set({ carrier: d.carrier, orderWaybill: d.waybill, orderLogisticsStatus: logisticsStatus })
    .where(and(eq(tickets.shopId, e.shopId), eq(tickets.orderId, order.id), openTicket));
}

const scanText: Record<EventOf<"logistics.scan">["data"]["status"], string> = {
  collected: "快递员已揽收",
  in_transit: "运输中",
  out_for_delivery: "派送中",
  signed: "已签收",
  refused: "收件人拒收",
  returned: "包裹退回中",
};

/**
 * logistics.scan (forward parcel): order status and times, one logistics_scans row, the denormalised status on
 * the order's open tickets, and what the rules make of the scan for each of them (onLogisticsRefused: 拒收后退款
 * and 拦截中 auto-refund on 拒收/退回, SPEC §3 拒收后退款 row).
 */
export async function applyLogisticsScan(tx: Tx, e: EventOf<"logistics.scan">): Promise<void> {
  const d = e.data;
  const at = d.at ?? e.occurredAt;
  const order = await findOrderInShop(tx, e.shopId, d.orderId);
  if (!order.carrier || !order.waybill) {
    throw new DomainError("ACTION_NOT_ALLOWED", `logistics.scan: order ${order.id} has not been shipped`);
  }
  const [scanned] = await tx
    .update(orders)
    .set({
      logisticsStatus: d.status,
      collectedAt: order.collectedAt ?? at, // every scan status implies the carrier has it
      signedAt: d.status === "signed" ? at : order.signedAt,
    })
    .where(eq(orders.id, order.id))
    .returning();
  await tx.insert(logisticsScans).values({
    shopId: e.shopId,
    orderId: order.id,
    direction: "forward",
    carrier: order.carrier,
    waybill: order.waybill,
    status: d.status,
    description: d.description ?? scanText[d.status],
    at,
  });
  // The UPDATE locks the open tickets, so each is judged on its row as it is now, in this transaction.
  const open = await tx
    .update(tickets)
    .set({ orderLogisticsStatus: d.status })
    .where(and(eq(tickets.shopId, e.shopId), eq(tickets.orderId, order.id), openTicket))
    .returning();
  for (const ticket of open.sort((a, b) => a.id - b.id)) {
    let t = ticket;
    for (const step of refusalScanEffect(t, scanned)) t = await applyChange(tx, t, step.actor, step.change, at);
  }
}
