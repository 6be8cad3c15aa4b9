// SPEC §3 "Lifecycle and platform time limits": what the platform does when a deadline passes, and the
// deadlines each state starts. Keyed on status (and type), not on the stored deadlineAction, so a stale
// action can never make the timer do something the table does not say.
import type { TicketType, TimeLimits } from "./domain";
import { terminalStatuses } from "./domain";
import type { RuleOrder, RuleShop, RuleTicket, Transition } from "./rules-types";
import { type Deadline, deadlineIn, isDue, isParcelReturning } from "./rules-types";

export const deadlineRules = [
  "review_timeout", // 待商家处理 48 h
  "evidence_timeout", // 待买家举证 72 h (assumption)
  "buyer_ship_timeout", // 待买家退货 10 d
  "confirm_receipt_timeout", // 待商家收货 10 d
  "refusal_refund_timeout", // 拒收后退款 5 d
  "interception_timeout", // 拦截中 72 h (assumption)
  "reissue_timeout", // 待补发 24 h
  "exchange_reship_timeout", // 待换货发出 48 h (assumption)
  "proxy_confirm_timeout", // 代客发起待确认 24 h
  "logistics_refused", // 拒收后退款: logistics shows 拒收/退回
] as const;
export type DeadlineRule = (typeof deadlineRules)[number];
export type TimerOutcome = { rule: DeadlineRule; transition: Transition };

/**
 * The 待商家处理 deadline. 仅退款 auto-refunds; every other type is auto-approved. 补发 has no return, but the
 * platform still sides with the buyer on silence, so it uses auto_approve_return (the "auto-approve" action).
 */
export const reviewDeadline = (type: TicketType, from: Date, limits: TimeLimits): Deadline =>
  deadlineIn(from, limits.reviewMin, type === "refund_only" ? "auto_refund" : "auto_approve_return");

/** The state a merchant (or the platform on silence) approval leads to, with its new deadline (SPEC §3). */
export function approvalTransition(ticket: RuleTicket, limits: TimeLimits, now: Date): Transition {
  switch (ticket.type) {
    case "refund_only":
      return { to: "refunded", deadline: null, refundFen: ticket.requestedFen };
    case "return_refund":
    case "exchange":
      return {
        to: "awaiting_return",
        deadline: deadlineIn(now, limits.buyerShipMin, "auto_close"),
      };
    case "reissue":
      return { to: "awaiting_reissue", deadline: deadlineIn(now, limits.reissueMin, "flag_late") };
  }
}

/**
 * Return waybill submitted (by the buyer or 帮买家上传退货单号): 10 days for the merchant to confirm receipt.
 * On silence 退货退款 is refunded; 换货 is confirmed (the buyer wants a replacement, not money).
 */
export const returnShippedTransition = (type: TicketType, limits: TimeLimits, now: Date): Transition => ({
  to: "awaiting_receipt",
  deadline: deadlineIn(now, limits.confirmReceiptMin, type === "exchange" ? "auto_confirm_receipt" : "auto_refund"),
});

/** Return received: 退货退款 refunds; 换货 starts the reship clock (待换货发出, flagged late when it passes). */
export function receiptTransition(ticket: RuleTicket, limits: TimeLimits, now: Date): Transition {
  if (ticket.type === "exchange") {
    return {
      to: "awaiting_exchange_ship",
      deadline: deadlineIn(now, limits.exchangeReshipMin, "flag_late"),
    };
  }
  return { to: "refunded", deadline: null, refundFen: ticket.requestedFen };
}

const backToReview = (ticket: RuleTicket, limits: TimeLimits, now: Date): Transition => ({
  to: "pending_review",
  deadline: reviewDeadline(ticket.type, now, limits),
});

const refundAll = (ticket: RuleTicket): Transition => ({
  to: "refunded",
  deadline: null,
  refundFen: ticket.requestedFen,
});

/**
 * What the platform timer does once `ticket.deadlineAt <= now`; null when nothing is due. Judgment calls:
 * - 补发 at review timeout is auto-approved into 待补发 (the platform sides with the buyer on silence).
 * - 换货 at receipt timeout is auto-confirmed into 待换货发出: the buyer wants a replacement, not money, and the
 *   10-day rule treats the merchant's silence as receipt.
 * - Follow-on deadlines run from `now` (the moment the platform acts), as 48 h / 10 d are counted from approval.
 */
export function onDeadline(ticket: RuleTicket, _order: RuleOrder, shop: RuleShop, now: Date): TimerOutcome | null {
  if (terminalStatuses.includes(ticket.status) || !isDue(ticket.deadlineAt, now)) return null;
  const limits = shop.limits;
  switch (ticket.status) {
    case "pending_review":
      return { rule: "review_timeout", transition: approvalTransition(ticket, limits, now) };
    case "awaiting_evidence":
      return { rule: "evidence_timeout", transition: backToReview(ticket, limits, now) };
    case "awaiting_return":
      return { rule: "buyer_ship_timeout", transition: { to: "closed", deadline: null } };
    case "awaiting_receipt":
      return { rule: "confirm_receipt_timeout", transition: receiptTransition(ticket, limits, now) };
    case "refusal_refund":
      return { rule: "refusal_refund_timeout", transition: refundAll(ticket) };
    case "intercepting":
      return {
        rule: "interception_timeout",
        transition: { ...backToReview(ticket, limits, now), interceptionFailed: true },
      };
    case "awaiting_reissue":
      return { rule: "reissue_timeout", transition: { to: "awaiting_reissue", deadline: null, lateFlag: true } };
    case "awaiting_exchange_ship":
      return {
        rule: "exchange_reship_timeout",
        transition: { to: "awaiting_exchange_ship", deadline: null, lateFlag: true },
      };
    case "proxy_pending":
      return { rule: "proxy_confirm_timeout", transition: { to: "closed", deadline: null } };
    default:
      // 平台介入中 has no platform timer of ours: the platform decides.
      return null;
  }
}

/**
 * SPEC §3 拒收后退款: auto-refund as soon as forward logistics shows 拒收/退回. Judgment call: the same holds in
 * 拦截中, because a successful interception shows up as 退回 — the goods are coming back, so refund.
 */
export function onLogisticsRefused(ticket: RuleTicket, order: RuleOrder): TimerOutcome | null {
  if (ticket.status !== "refusal_refund" && ticket.status !== "intercepting") return null;
  if (!isParcelReturning(order)) return null;
  return { rule: "logistics_refused", transition: refundAll(ticket) };
}
