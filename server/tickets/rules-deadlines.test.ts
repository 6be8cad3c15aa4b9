// SPEC §3 table, column "when it passes": the platform timer, and 拒收/退回 auto-refund.
import { describe, expect, it } from "vitest";
import { terminalStatuses } from "./domain";
import type { DeadlineRule, RuleTicket, Transition } from "./rules";
import { onDeadline, onLogisticsRefused, returnShippedTransition, reviewDeadline } from "./rules";
import { at, baseShop, baseTicket, DAY, HOUR, inState, inTransitOrder, MIN, NOW } from "./rules-fixtures";

const due = { deadlineAt: at(-MIN) };
const review = (type: RuleTicket["type"]) => reviewDeadline(type, NOW, baseShop.limits);

const rows: { name: string; ticket: Partial<RuleTicket>; rule: DeadlineRule; transition: Transition }[] = [
  {
    name: "待商家处理 仅退款 → auto-refund",
    ticket: { ...due },
    rule: "review_timeout",
    transition: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "待商家处理 退货退款 → auto-approved into 待买家退货 (10 d)",
    ticket: { type: "return_refund", ...due, deadlineAction: "auto_approve_return" },
    rule: "review_timeout",
    transition: { to: "awaiting_return", deadline: { at: at(10 * DAY), action: "auto_close", min: 10 * 24 * 60 } },
  },
  {
    name: "待商家处理 换货 → auto-approved into 待买家退货",
    ticket: { type: "exchange", ...due, deadlineAction: "auto_approve_return" },
    rule: "review_timeout",
    transition: { to: "awaiting_return", deadline: { at: at(10 * DAY), action: "auto_close", min: 10 * 24 * 60 } },
  },
  {
    name: "待商家处理 补发 → auto-approved into 待补发 (24 h)",
    ticket: { type: "reissue", reason: "missing_item", ...due, deadlineAction: "auto_approve_return" },
    rule: "review_timeout",
    transition: {
      to: "awaiting_reissue",
      deadline: { at: at(24 * HOUR), action: "flag_late", min: 24 * 60 },
    },
  },
  {
    name: "待买家举证 → back to 待商家处理 with a fresh 48 h",
    ticket: { ...inState.awaitingEvidence, ...due },
    rule: "evidence_timeout",
    transition: { to: "pending_review", deadline: review("refund_only") },
  },
  {
    name: "待买家退货 → closed",
    ticket: { ...inState.awaitingReturn, ...due },
    rule: "buyer_ship_timeout",
    transition: { to: "closed", deadline: null },
  },
  {
    name: "待商家收货 退货退款 → auto-refund",
    ticket: { ...inState.awaitingReceipt, ...due },
    rule: "confirm_receipt_timeout",
    transition: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "待商家收货 换货 → auto-confirmed into 待换货发出 (48 h)",
    ticket: { ...inState.awaitingReceipt, type: "exchange", ...due, deadlineAction: "auto_confirm_receipt" },
    rule: "confirm_receipt_timeout",
    transition: {
      to: "awaiting_exchange_ship",
      deadline: { at: at(48 * HOUR), action: "flag_late", min: 48 * 60 },
    },
  },
  {
    name: "拒收后退款 5 d → auto-refund",
    ticket: { ...inState.refusalRefund, ...due },
    rule: "refusal_refund_timeout",
    transition: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "拦截中 72 h → back to 待商家处理 with the failure noted",
    ticket: { ...inState.intercepting, ...due },
    rule: "interception_timeout",
    transition: { to: "pending_review", deadline: review("refund_only"), interceptionFailed: true },
  },
  {
    name: "待补发 24 h → stays, flagged late, no deadline",
    ticket: { ...inState.awaitingReissue, ...due },
    rule: "reissue_timeout",
    transition: { to: "awaiting_reissue", deadline: null, lateFlag: true },
  },
  {
    name: "待换货发出 48 h → stays, flagged late, no deadline",
    ticket: { ...inState.awaitingExchangeShip, ...due },
    rule: "exchange_reship_timeout",
    transition: { to: "awaiting_exchange_ship", deadline: null, lateFlag: true },
  },
  {
    name: "代客发起待确认 24 h → expired (closed)",
    ticket: { ...inState.proxyPending, ...due },
    rule: "proxy_confirm_timeout",
    transition: { to: "closed", deadline: null },
  },
];

describe("onDeadline: the §3 table", () => {
  it.each(rows)("$name", ({ ticket, rule, transition }) => {
    expect(onDeadline({ ...baseTicket, ...ticket }, inTransitOrder, baseShop, NOW)).toEqual({ rule, transition });
  });

  it("fires exactly at the deadline", () => {
    expect(onDeadline({ ...baseTicket, deadlineAt: NOW }, inTransitOrder, baseShop, NOW)).not.toBeNull();
  });

  it("does not fire 1 ms before", () => {
    expect(onDeadline({ ...baseTicket, deadlineAt: at(1) }, inTransitOrder, baseShop, NOW)).toBeNull();
  });

  it("does nothing without a deadline", () => {
    expect(
      onDeadline({ ...baseTicket, deadlineAt: null, deadlineAction: null }, inTransitOrder, baseShop, NOW),
    ).toBeNull();
  });

  it("does nothing in 平台介入中, even with a stray deadline", () => {
    const t = { ...baseTicket, ...inState.platformIntervention, ...due };
    expect(onDeadline(t, inTransitOrder, baseShop, NOW)).toBeNull();
  });

  it.each(terminalStatuses)("does nothing on an ended ticket (%s)", (status) => {
    expect(onDeadline({ ...baseTicket, status, ...due }, inTransitOrder, baseShop, NOW)).toBeNull();
  });

  it("uses the shop's own limits for the follow-on deadline", () => {
    const shop = { ...baseShop, limits: { ...baseShop.limits, reviewMin: 24 * 60 } };
    const t = { ...baseTicket, ...inState.intercepting, ...due };
    expect(onDeadline(t, inTransitOrder, shop, NOW)?.transition.deadline).toEqual({
      at: at(24 * HOUR),
      action: "auto_refund",
      min: 24 * 60,
    });
  });
});

describe("returnShippedTransition (return waybill submitted → 待商家收货, 10 d)", () => {
  it.each([
    ["return_refund", "auto_refund"],
    ["exchange", "auto_confirm_receipt"],
  ] as const)("%s → %s when the merchant stays silent", (type, action) => {
    expect(returnShippedTransition(type, baseShop.limits, NOW)).toEqual({
      to: "awaiting_receipt",
      deadline: { at: at(10 * DAY), action, min: 10 * 24 * 60 },
    });
  });

  it("换货 with a stale auto_refund action is still confirmed, never refunded (keyed on status and type)", () => {
    const t = { ...baseTicket, ...inState.awaitingReceipt, type: "exchange" as const, ...due };
    expect(onDeadline(t, inTransitOrder, baseShop, NOW)?.transition.refundFen).toBeUndefined();
  });
});

describe("reviewDeadline", () => {
  it.each([
    ["refund_only", "auto_refund"],
    ["return_refund", "auto_approve_return"],
    ["exchange", "auto_approve_return"],
    ["reissue", "auto_approve_return"],
  ] as const)("%s: 48 h from application → %s", (type, action) => {
    expect(reviewDeadline(type, at(-HOUR), baseShop.limits)).toEqual({ at: at(47 * HOUR), action, min: 48 * 60 });
  });
});

describe("onLogisticsRefused (拒收后退款: auto-refund on 拒收/退回)", () => {
  const refund = { rule: "logistics_refused", transition: { to: "refunded", deadline: null, refundFen: 9_900 } };
  it.each([
    ["拒收后退款", inState.refusalRefund, "refused", refund],
    ["拒收后退款", inState.refusalRefund, "returned", refund],
    ["拦截中 (interception succeeded)", inState.intercepting, "returned", refund],
    ["拒收后退款", inState.refusalRefund, "in_transit", null],
    ["拒收后退款", inState.refusalRefund, "signed", null],
    ["待商家处理", {}, "refused", null],
    ["already refunded", { status: "refunded", deadlineAt: null }, "refused", null],
  ] as const)("%s with logistics %s", (_name, ticket, logisticsStatus, expected) => {
    const t = { ...baseTicket, ...ticket } as RuleTicket;
    expect(onLogisticsRefused(t, { ...inTransitOrder, logisticsStatus })).toEqual(expected);
  });
});
