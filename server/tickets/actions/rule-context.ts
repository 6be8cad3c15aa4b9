// Database rows → the pure rules' inputs (server/tickets/rules.ts). One mapping, used by the action verbs, the
// ticket detail and the platform timer, so every caller judges a ticket on the same facts.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { orders, shopSettings, shops } from "../../../db/schema";
import { DomainError } from "../../errors";
import { type ShopSettings, timeLimitsOf } from "../../shops/settings";
import { defaultTimeLimits } from "../domain";
import type { RuleContext, RuleMember, RuleOrder, RuleShop, RuleTicket } from "../rules";
import type { Ticket } from "../transition";

export type Order = typeof orders.$inferSelect;
export type Shop = typeof shops.$inferSelect;
export type OrderAndShop = { order: Order; shop: Shop; settings: ShopSettings };

export const ruleTicketOf = (t: Ticket): RuleTicket => ({
  type: t.type,
  reason: t.reason,
  status: t.status,
  requestedFen: t.requestedFen,
  appliedAt: t.appliedAt,
  deadlineAt: t.deadlineAt,
  deadlineAction: t.deadlineAction,
  returnWaybill: t.returnWaybill,
  returnStatus: t.returnStatus,
  returnSignedAt: t.returnSignedAt,
  origin: t.origin,
  evidenceRequested: t.evidenceRequested,
  interceptionFailed: t.interceptionFailed,
});

export const ruleOrderOf = (o: Order): RuleOrder => ({
  kind: o.kind,
  paidFen: o.paidFen,
  freeShipping: o.freeShipping,
  sevenDayEligible: o.sevenDayEligible,
  isVirtual: o.isVirtual,
  isFresh: o.isFresh,
  isVehicle: o.isVehicle,
  shippedAt: o.shippedAt,
  collectedAt: o.collectedAt,
  logisticsStatus: o.logisticsStatus,
  carrier: o.carrier,
  eWaybill: o.eWaybill,
  packageCount: o.packageCount,
});

export const ruleShopOf = (shop: Pick<Shop, "isCrossBorder" | "interceptionAgreement">, s: ShopSettings): RuleShop => ({
  isCrossBorder: shop.isCrossBorder,
  interceptionAgreement: shop.interceptionAgreement,
  limits: timeLimitsOf(s),
});

export const ruleMemberOf = (m: { role: RuleMember["role"]; canHandleAfterSales: boolean }): RuleMember => ({
  role: m.role,
  canHandleAfterSales: m.canHandleAfterSales,
});

export function ruleContextOf(t: Ticket, os: OrderAndShop, member: RuleMember, now: Date): RuleContext {
  return {
    ticket: ruleTicketOf(t),
    order: ruleOrderOf(os.order),
    shop: ruleShopOf(os.shop, os.settings),
    member: ruleMemberOf(member),
    now,
  };
}

/** The order (of this shop), the shop and its settings in one round trip; NOT_FOUND for another shop's order. */
export async function loadOrderAndShop(db: DbOrTx, shopId: string, orderId: string): Promise<OrderAndShop> {
  const [row] = await db
    .select({ order: orders, shop: shops, settings: shopSettings })
    .from(orders)
    .innerJoin(shops, eq(shops.id, orders.shopId))
    .leftJoin(shopSettings, eq(shopSettings.shopId, orders.shopId))
    .where(and(eq(orders.id, orderId), eq(orders.shopId, shopId)));
  if (!row) throw new DomainError("NOT_FOUND", "订单不存在");
  return { order: row.order, shop: row.shop, settings: settingsOrDefaults(shopId, row.settings) };
}

/** A shop without a settings row runs on the platform's default time limits (as getShopSettings does). */
export const settingsOrDefaults = (shopId: string, row: ShopSettings | null): ShopSettings =>
  row ?? { shopId, ...defaultTimeLimits, dailyAutoRefundCapFen: null, warningThresholds: {} };
