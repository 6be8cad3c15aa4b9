// SPEC §3 lifecycle: what a member may do to a ticket now, and where each action leads.
// Check order (first refusal wins): permission → ended → status → type → deadline passed → ticket/order state
// → free input. allowedActions stops before free input, so a button is enabled when only the form is missing.
import type { TicketStatus, TicketType } from "./domain";
import { terminalStatuses, ticketTypes } from "./domain";
import { approvalTransition, receiptTransition, returnShippedTransition } from "./rules-deadlines";
import { actionHints } from "./rules-hints";
import { interceptionEligibility, refusalRefundParcelCheck } from "./rules-interception";
import type {
  ActionAvailability,
  ActionInput,
  Decision,
  Refusal,
  RuleContext,
  TicketAction,
  Transition,
} from "./rules-types";
import {
  canHandleAfterSales,
  checkRefundAmount,
  deadlineIn,
  isDue,
  isInTransitToBuyer,
  isParcelReturning,
  refuse,
  ticketActions,
} from "./rules-types";

/** Actions that never move the ticket: the workbench's bookkeeping, and a message to the buyer. */
const metaActions = ["assign", "tag", "note", "message", "classify"] as const;
type MetaAction = (typeof metaActions)[number];
type LifecycleAction = Exclude<TicketAction, MetaAction>;
const isMeta = (a: TicketAction): a is MetaAction => (metaActions as readonly TicketAction[]).includes(a);

/**
 * SPEC §1: without 售后处理权限 an agent may still note/tag/assign/classify, message the buyer, cancel 代客 and
 * upload a waybill.
 */
const needsHandlerPermission: readonly TicketAction[] = [
  "approve",
  "reject",
  "refund",
  "request_evidence", // a review decision: it moves the ticket and stops the review clock
  "confirm_receipt",
  "request_interception",
  "agree_refusal_refund",
  "provide_reissue_waybill",
  "ship_exchange",
];

const ALL = ticketTypes;
/**
 * Where each action is possible: status → the ticket types it applies to. Judgment calls beyond SPEC §3:
 * - approve also in 待买家举证: the merchant may concede without waiting for the evidence;
 * - refund: 拒收后退款/拦截中 (仅退款, agree without waiting), 待买家退货/待商家收货 (退货退款, refund before
 *   the goods arrive), 平台介入中 (concede), and 补发 before it is shipped (platform ruling: "refund the
 *   missing value" instead of reissuing);
 * - reject in 拒收后退款 (seed: agree or reject within 5 days) and in 待商家收货 once the return is signed
 *   (the goods came back not as claimed); never while waiting on the buyer, the carrier or the platform.
 */
const where: Record<LifecycleAction, Partial<Record<TicketStatus, readonly TicketType[]>>> = {
  approve: { pending_review: ALL, awaiting_evidence: ALL },
  reject: { pending_review: ALL, refusal_refund: ["refund_only"], awaiting_receipt: ["return_refund", "exchange"] },
  refund: {
    refusal_refund: ["refund_only"],
    intercepting: ["refund_only"],
    awaiting_return: ["return_refund"],
    awaiting_receipt: ["return_refund"],
    platform_intervention: ["refund_only", "return_refund"],
    pending_review: ["reissue"],
    awaiting_evidence: ["reissue"],
    awaiting_reissue: ["reissue"],
  },
  request_evidence: { pending_review: ALL },
  confirm_receipt: { awaiting_receipt: ["return_refund", "exchange"] },
  upload_return_waybill: { awaiting_return: ["return_refund", "exchange"] },
  // Type is left to the eligibility check so the UI names the failing 物流拦截 condition.
  request_interception: { pending_review: ALL },
  agree_refusal_refund: { pending_review: ["refund_only"] },
  provide_reissue_waybill: { awaiting_reissue: ["reissue"] },
  ship_exchange: { awaiting_exchange_ship: ["exchange"] },
  cancel_proxy: { proxy_pending: ALL },
};

/** In these states a passed deadline only flags lateness; the merchant must still ship. */
const lateFlagStatuses: readonly TicketStatus[] = ["awaiting_reissue", "awaiting_exchange_ship"];

export const rejectReasonMaxLength = 200;
/** Waybill numbers: letters, digits and dashes, 6–40 characters (covers the supported carriers' formats). */
const waybillPattern = /^[A-Za-z0-9-]{6,40}$/;

function stateRefusal(action: LifecycleAction, ctx: RuleContext): Refusal | null {
  const { ticket, order, shop } = ctx;
  switch (action) {
    case "approve":
      return ticket.type === "refund_only" ? checkRefundAmount(ticket.requestedFen, order.paidFen) : null;
    case "refund":
    case "confirm_receipt":
      if (action === "confirm_receipt" && ticket.type === "exchange") return null;
      return checkRefundAmount(ticket.requestedFen, order.paidFen);
    case "reject":
      // Buyer refused / parcel coming back: agree the refund, never reject (seed 线下退货问题).
      if (ticket.type === "refund_only" && isParcelReturning(order)) return refuse("PARCEL_ALREADY_RETURNING");
      if (ticket.status === "awaiting_receipt" && ticket.returnStatus !== "signed") return refuse("RETURN_NOT_SIGNED");
      return null;
    case "request_evidence":
      return ticket.evidenceRequested ? refuse("EVIDENCE_ALREADY_REQUESTED") : null;
    case "request_interception": {
      if (ticket.interceptionFailed) return refuse("INTERCEPTION_ALREADY_FAILED");
      const failing = interceptionEligibility(ticket, order, shop).conditions.find((c) => !c.pass);
      return failing ? refuse("INTERCEPTION_NOT_ELIGIBLE", { condition: failing.code }) : null;
    }
    case "agree_refusal_refund":
      return refusalRefundParcelCheck(order) ?? checkRefundAmount(ticket.requestedFen, order.paidFen);
    case "cancel_proxy":
      return ticket.origin === "proxy" ? null : refuse("NOT_PROXY_TICKET");
    default:
      return null;
  }
}

/** Everything except the free input: what allowedActions reports. */
function availability(action: TicketAction, ctx: RuleContext): Refusal | null {
  const { ticket, member, now } = ctx;
  if (isMeta(action)) {
    // Notes, tags, messages and root cause stay open after the end (注册记录 classifies ended tickets; the buyer
    // may be told the refund arrived); assigning does not.
    return action === "assign" && terminalStatuses.includes(ticket.status) ? refuse("TICKET_ENDED") : null;
  }
  if (needsHandlerPermission.includes(action) && !canHandleAfterSales(member)) return refuse("NO_PERMISSION");
  if (terminalStatuses.includes(ticket.status)) return refuse("TICKET_ENDED");
  const types = where[action][ticket.status];
  if (!types) return refuse("NOT_ALLOWED_IN_STATUS", { status: ticket.status });
  if (!types.includes(ticket.type)) return refuse("NOT_ALLOWED_FOR_TYPE", { type: ticket.type });
  // Once the deadline has come, the platform timer owns the ticket (worker rule: deadlineAt <= now).
  if (!lateFlagStatuses.includes(ticket.status) && isDue(ticket.deadlineAt, now)) return refuse("DEADLINE_PASSED");
  return stateRefusal(action, ctx);
}

const blank = (s: string | undefined): boolean => (s ?? "").trim() === "";

function shippingInputRefusal(input: ActionInput): Refusal | null {
  if (blank(input.carrier)) return refuse("CARRIER_REQUIRED");
  if (blank(input.waybill)) return refuse("WAYBILL_REQUIRED");
  if (!waybillPattern.test((input.waybill ?? "").trim())) return refuse("WAYBILL_INVALID");
  return null;
}

function inputRefusal(action: LifecycleAction, ctx: RuleContext, input: ActionInput): Refusal | null {
  const { ticket, order } = ctx;
  const hasEvidence = (input.evidence ?? []).some((e) => e.trim() !== "");
  switch (action) {
    case "reject": {
      // A rejection always carries a reason (SPEC §3 Terminal).
      if (blank(input.rejectReason)) return refuse("REJECT_REASON_REQUIRED");
      if ((input.rejectReason ?? "").trim().length > rejectReasonMaxLength) {
        return refuse("REJECT_REASON_TOO_LONG", { max: rejectReasonMaxLength });
      }
      // Post-shipment 仅退款 (and 拒收后退款): proof that interception or recall failed. A failure already
      // recorded on the ticket (拦截中 timed out) counts as that proof.
      const postShipmentRefund =
        ticket.status === "refusal_refund" || (ticket.type === "refund_only" && isInTransitToBuyer(order));
      if (postShipmentRefund && !hasEvidence && !ticket.interceptionFailed) {
        return refuse("REJECT_NEEDS_INTERCEPTION_EVIDENCE");
      }
      if (ticket.status === "awaiting_receipt" && !hasEvidence) return refuse("REJECT_EVIDENCE_REQUIRED");
      return null;
    }
    case "upload_return_waybill":
    case "provide_reissue_waybill":
    case "ship_exchange":
      return shippingInputRefusal(input);
    default:
      return null;
  }
}

function transitionFor(action: LifecycleAction, ctx: RuleContext): Transition {
  const { ticket, shop, now } = ctx;
  const limits = shop.limits;
  const refundNow: Transition = { to: "refunded", deadline: null, refundFen: ticket.requestedFen };
  switch (action) {
    case "approve":
      return approvalTransition(ticket, limits, now);
    case "reject":
      return { to: "rejected", deadline: null };
    case "refund":
      return refundNow;
    case "request_evidence":
      return {
        to: "awaiting_evidence",
        deadline: deadlineIn(now, limits.evidenceMin, "back_to_review"),
        evidenceRequested: true,
      };
    case "confirm_receipt":
      return receiptTransition(ticket, limits, now);
    case "upload_return_waybill":
      // 帮买家上传退货单号: the ticket moves on as if the buyer had submitted it.
      return returnShippedTransition(ticket.type, limits, now);
    case "request_interception":
      return {
        to: "intercepting",
        deadline: deadlineIn(now, limits.interceptionMin, "back_to_review"),
      };
    case "agree_refusal_refund":
      return {
        to: "refusal_refund",
        deadline: deadlineIn(now, limits.refusalRefundMin, "auto_refund"),
      };
    case "provide_reissue_waybill":
    case "ship_exchange":
      // Shipping after the limit but before the timer ran still counts as 延迟发货.
      return isDue(ticket.deadlineAt, now)
        ? { to: "completed", deadline: null, lateFlag: true }
        : { to: "completed", deadline: null };
    case "cancel_proxy":
      return { to: "closed", deadline: null };
  }
}

/** Decide one action: a refusal with its reason, or the transition to apply plus the rules to show. */
export function evaluateAction(action: TicketAction, ctx: RuleContext, input: ActionInput = {}): Decision {
  const refusal = availability(action, ctx);
  if (refusal) return refusal;
  if (isMeta(action)) return { ok: true, transition: { to: ctx.ticket.status, deadline: "keep" }, hints: [] };
  const bad = inputRefusal(action, ctx, input);
  if (bad) return bad;
  const transition = transitionFor(action, ctx);
  return { ok: true, transition, hints: actionHints(action, ctx, transition.lateFlag === true) };
}

/** Every action with whether this member may take it now, and why not (free input is not required here). */
export function allowedActions(ctx: RuleContext): ActionAvailability[] {
  return ticketActions.map((action) => {
    const refusal = availability(action, ctx);
    if (!refusal) return { action, allowed: true };
    return refusal.params
      ? { action, allowed: false, code: refusal.code, params: refusal.params }
      : { action, allowed: false, code: refusal.code };
  });
}
