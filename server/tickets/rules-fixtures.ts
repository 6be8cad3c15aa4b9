// Test fixtures for the rules tables: one baseline ticket/order/shop/member, overridden per case.
import { defaultTimeLimits } from "./domain";
import type { RuleContext, RuleMember, RuleOrder, RuleShop, RuleTicket } from "./rules-types";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const NOW = new Date("2024-06-01T02:00:00.000Z"); // 10:00 Asia/Shanghai
export const at = (offsetMs: number): Date => new Date(NOW.getTime() + offsetMs);

/** 仅退款, 不想要了, ¥99, applied an hour ago, 48 h review running. */
export const baseTicket: RuleTicket = {
  type: "refund_only",
  reason: "no_longer_wanted",
  status: "pending_review",
  requestedFen: 9_900,
  appliedAt: at(-HOUR),
  deadlineAt: at(47 * HOUR),
  deadlineAction: "auto_refund",
  returnWaybill: null,
  returnStatus: "none",
  returnSignedAt: null,
  origin: "buyer",
  evidenceRequested: false,
  interceptionFailed: false,
};

/** 自建 order, ¥99 paid, not yet shipped. */
export const notShippedOrder: RuleOrder = {
  kind: "standard",
  paidFen: 9_900,
  freeShipping: false,
  sevenDayEligible: true,
  isVirtual: false,
  isFresh: false,
  isVehicle: false,
  shippedAt: null,
  collectedAt: null,
  logisticsStatus: "not_shipped",
  carrier: null,
  eWaybill: false,
  packageCount: 1,
};

/** Collected by 中通 on a Kuaishou e-waybill yesterday, moving to the buyer. */
export const inTransitOrder: RuleOrder = {
  ...notShippedOrder,
  shippedAt: at(-DAY - 2 * HOUR),
  collectedAt: at(-DAY),
  logisticsStatus: "in_transit",
  carrier: "中通",
  eWaybill: true,
};

export const signedOrder: RuleOrder = { ...inTransitOrder, logisticsStatus: "signed" };

export const baseShop: RuleShop = {
  isCrossBorder: false,
  interceptionAgreement: true,
  limits: { ...defaultTimeLimits },
};

export const owner: RuleMember = { role: "owner", canHandleAfterSales: false };
export const lead: RuleMember = { role: "lead", canHandleAfterSales: false };
export const handler: RuleMember = { role: "agent", canHandleAfterSales: true };
export const viewer: RuleMember = { role: "agent", canHandleAfterSales: false };

export type CtxOverrides = {
  ticket?: Partial<RuleTicket>;
  order?: Partial<RuleOrder>;
  shop?: Partial<RuleShop>;
  member?: RuleMember;
  now?: Date;
};

export function ctx(o: CtxOverrides = {}, orderBase: RuleOrder = notShippedOrder): RuleContext {
  return {
    ticket: { ...baseTicket, ...o.ticket },
    order: { ...orderBase, ...o.order },
    shop: { ...baseShop, ...o.shop },
    member: o.member ?? owner,
    now: o.now ?? NOW,
  };
}

/** Tickets already in a given waiting state with a deadline still running. */
export const inState = {
  awaitingReturn: {
    type: "return_refund",
    status: "awaiting_return",
    deadlineAt: at(5 * DAY),
    deadlineAction: "auto_close",
  },
  awaitingReceipt: {
    type: "return_refund",
    status: "awaiting_receipt",
    deadlineAt: at(5 * DAY),
    deadlineAction: "auto_refund",
    returnWaybill: "YT1234567890",
    returnStatus: "in_transit",
  },
  refusalRefund: { status: "refusal_refund", deadlineAt: at(3 * DAY), deadlineAction: "auto_refund" },
  intercepting: { status: "intercepting", deadlineAt: at(HOUR), deadlineAction: "back_to_review" },
  awaitingReissue: {
    type: "reissue",
    reason: "missing_item",
    status: "awaiting_reissue",
    deadlineAt: at(HOUR),
    deadlineAction: "flag_late",
  },
  awaitingExchangeShip: {
    type: "exchange",
    status: "awaiting_exchange_ship",
    deadlineAt: at(HOUR),
    deadlineAction: "flag_late",
  },
  awaitingEvidence: {
    status: "awaiting_evidence",
    evidenceRequested: true,
    deadlineAt: at(HOUR),
    deadlineAction: "back_to_review",
  },
  proxyPending: { status: "proxy_pending", origin: "proxy", deadlineAt: at(HOUR), deadlineAction: "expire_proxy" },
  platformIntervention: { status: "platform_intervention", deadlineAt: null, deadlineAction: null },
} satisfies Record<string, Partial<RuleTicket>>;
