// Integration-test fixtures: a shop with settings, members, a buyer, a product/SKU, orders and tickets, written
// with direct inserts (tests of the verbs must not depend on the platform connector).
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import {
  buyers,
  members,
  orderItems,
  orders,
  platformActions,
  products,
  refunds,
  shopSettings,
  shops,
  skus,
  ticketEvents,
  tickets,
  user,
} from "../../../db/schema";
import { DomainError } from "../../errors";
import { reasonResponsibility } from "../domain";
import type { Ticket } from "../transition";
import type { ActionCtx, Member } from "./context";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const T0 = new Date("2024-06-01T02:00:00.000Z"); // 10:00 Asia/Shanghai
export const at = (offsetMs: number, from: Date = T0): Date => new Date(from.getTime() + offsetMs);

type Order = typeof orders.$inferSelect;
type OrderOverrides = Partial<typeof orders.$inferInsert>;
type TicketOverrides = Partial<typeof tickets.$inferInsert>;
export type ShopFixture = Awaited<ReturnType<typeof createShop>>;

const uid = () => randomUUID().slice(0, 8);

export async function createMember(db: DbOrTx, shopId: string, name: string, role: Member["role"], canHandle: boolean) {
  const userId = `u_${uid()}`;
  await db.insert(user).values({ id: userId, name, email: `${userId}@example.test` });
  const [m] = await db
    .insert(members)
    .values({ id: `m_${uid()}`, shopId, userId, displayName: name, role, canHandleAfterSales: canHandle })
    .returning();
  return m;
}

/** A shop (interception agreement signed), default time limits, four members, one buyer and one product. */
export async function createShop(db: DbOrTx, opts: { isCrossBorder?: boolean; interceptionAgreement?: boolean } = {}) {
  const shopId = `shop_${uid()}`;
  await db.insert(shops).values({
    id: shopId,
    name: `测试店铺 ${shopId}`,
    connectorSecret: "test-secret-0123456789",
    isCrossBorder: opts.isCrossBorder ?? false,
    interceptionAgreement: opts.interceptionAgreement ?? true,
  });
  await db.insert(shopSettings).values({ shopId });
  const owner = await createMember(db, shopId, "店主老王", "owner", false);
  const handler = await createMember(db, shopId, "客服小李", "agent", true);
  const viewer = await createMember(db, shopId, "客服小赵", "agent", false);
  const lead = await createMember(db, shopId, "主管阿芳", "lead", false);
  const buyerId = `b_${uid()}`;
  await db.insert(buyers).values({ id: buyerId, shopId, nick: `买家${buyerId.slice(2, 6)}` });
  const productId = `p_${uid()}`;
  await db.insert(products).values({ id: productId, shopId, title: "纯棉T恤", category: "服饰" });
  const skuId = `s_${uid()}`;
  await db.insert(skus).values({ id: skuId, shopId, productId, spec: "白色 L", priceFen: 9_900 });
  return { shopId, owner, handler, viewer, lead, buyerId, productId, skuId };
}

/** A paid ¥99 自建 order, not shipped yet, one item. */
export async function createOrder(db: DbOrTx, f: ShopFixture, o: OrderOverrides = {}): Promise<Order> {
  const [order] = await db
    .insert(orders)
    .values({
      id: `o_${uid()}`,
      shopId: f.shopId,
      buyerId: f.buyerId,
      paidFen: 9_900,
      paidAt: at(-3 * DAY),
      promisedShipBy: at(-DAY),
      ...o,
    })
    .returning();
  await db.insert(orderItems).values({
    shopId: f.shopId,
    orderId: order.id,
    productId: f.productId,
    skuId: f.skuId,
    title: "纯棉T恤 白色 L",
    qty: 1,
    unitPriceFen: order.paidFen,
  });
  return order;
}

/** Collected by 中通 on a Kuaishou e-waybill, moving to the buyer: 物流拦截 / 同意拒收后退款 territory. */
export const inTransit: OrderOverrides = {
  shippedAt: at(-DAY - 2 * HOUR),
  collectedAt: at(-DAY),
  logisticsStatus: "in_transit",
  carrier: "中通",
  waybill: "ZT7700112233",
  eWaybill: true,
};

/** 仅退款 不想要了 ¥99 in 待商家处理, applied an hour before T0, 48 h review running. */
export async function createTicket(db: DbOrTx, f: ShopFixture, order: Order, o: TicketOverrides = {}) {
  const reason = o.reason ?? "no_longer_wanted";
  const [t] = await db
    .insert(tickets)
    .values({
      shopId: f.shopId,
      externalId: `ext_${uid()}`,
      orderId: order.id,
      buyerId: order.buyerId,
      type: "refund_only",
      reason,
      responsibility: reasonResponsibility[reason],
      requestedFen: 9_900,
      status: "pending_review",
      deadlineAt: at(47 * HOUR),
      deadlineAction: "auto_refund",
      buyerNick: "买家",
      productId: f.productId,
      skuId: f.skuId,
      productTitle: "纯棉T恤",
      orderLogisticsStatus: order.logisticsStatus,
      carrier: order.carrier,
      orderWaybill: order.waybill,
      appliedAt: at(-HOUR),
      updatedAt: at(-HOUR),
      ...o,
    })
    .returning();
  return t;
}

export const ctxOf = (m: Member, now: Date = T0): ActionCtx => ({ shopId: m.shopId, member: m, now });

/** What a ticket left behind: its row, timeline, refund rows and outbox rows. */
export async function traces(db: DbOrTx, ticketId: number) {
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  const events = await db
    .select()
    .from(ticketEvents)
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.at), asc(ticketEvents.id));
  const refundRows = await db.select().from(refunds).where(eq(refunds.ticketId, ticketId));
  const outbox = await db
    .select()
    .from(platformActions)
    .where(and(eq(platformActions.ticketId, ticketId)))
    .orderBy(asc(platformActions.id));
  return { ticket: ticket as Ticket, events, refunds: refundRows, outbox };
}

/** The DomainError a call throws (fails the test if it resolves or throws something else). */
export async function domainError(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError, the call succeeded");
}
