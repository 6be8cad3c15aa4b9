// SPEC §3 "Rules from the seeds that the workbench must surface at the moment of action".
import type { Reason } from "./domain";
import { terminalStatuses } from "./domain";
import type { RuleCode, RuleContext, TicketAction } from "./rules-types";
import { isInTransitToBuyer, isParcelReturning, isShipped } from "./rules-types";

/** 72 h without a collection scan after the merchant shipped (SPEC §2 长时间未揽收). */
export const noCollectionHintMin = 72 * 60;

/** Reasons a merchant usually cannot judge without photos: ask for evidence before rejecting. */
export const reasonsNeedingProof: readonly Reason[] = [
  "quality_issue",
  "wrong_item",
  "missing_item",
  "damaged",
  "not_as_described",
  "transit_damage",
];

type HintContext = Pick<RuleContext, "ticket" | "order" | "now">;

/** The rules that apply to this ticket right now; empty once the ticket has ended. */
export function ruleHints({ ticket, order, now }: HintContext): RuleCode[] {
  if (terminalStatuses.includes(ticket.status)) return [];
  const hints: RuleCode[] = [];
  if (ticket.type === "refund_only") {
    // Before shipment is judged by the carrier's collection time: contact the buyer before shipping anyway.
    if (!isShipped(order)) hints.push("HINT_CONTACT_BUYER_BEFORE_SHIPPING");
    // After shipment: recall, intercept or ask the buyer to refuse; do not simply reject.
    else if (isInTransitToBuyer(order)) hints.push("HINT_INTERCEPT_DONT_REJECT");
    // Buyer refused / parcel coming back: agree the refund (seed 线下退货问题).
    else if (isParcelReturning(order)) hints.push("HINT_PARCEL_RETURNING_AGREE");
  }
  // 包邮: the merchant pays return freight; rejecting "buyer must pay freight" is ruled against the merchant.
  if (order.freeShipping && (ticket.type === "return_refund" || ticket.type === "exchange")) {
    hints.push("HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN");
  }
  const shippedMs = order.shippedAt?.getTime();
  const noScanFor72h = shippedMs !== undefined && now.getTime() - shippedMs >= noCollectionHintMin * 60_000;
  if (ticket.reason === "not_collected" || (!isShipped(order) && noScanFor72h)) hints.push("HINT_NO_COLLECTION_72H");
  // Do not reject straight away when proof is needed: request evidence, then review.
  if (ticket.status === "pending_review" && !ticket.evidenceRequested && reasonsNeedingProof.includes(ticket.reason)) {
    hints.push("HINT_REQUEST_EVIDENCE_FIRST");
  }
  if (ticket.reason === "missing_item") hints.push("HINT_MISSING_ITEM_RULING");
  if (ticket.reason === "wrong_item") hints.push("HINT_WRONG_ITEM_RULING");
  return hints;
}

const decisionActions: readonly TicketAction[] = [
  "approve",
  "reject",
  "refund",
  "request_evidence",
  "request_interception",
  "agree_refusal_refund",
];

/** Hints to show with a successful action: the general rules for decisions, plus what this action implies. */
export function actionHints(action: TicketAction, ctx: RuleContext, late: boolean): RuleCode[] {
  const hints = decisionActions.includes(action) ? ruleHints(ctx) : [];
  if (action === "reject") hints.push("HINT_COMMUNICATE_BEFORE_REJECT", "HINT_UNJUSTIFIED_REJECTION_RULING");
  if (action === "confirm_receipt" && ctx.ticket.returnStatus !== "signed") hints.push("HINT_RETURN_NOT_SIGNED_YET");
  if (action === "agree_refusal_refund") hints.push("HINT_REFUSAL_CONTACT_WITHIN_3_DAYS");
  if (late) hints.push("HINT_LATE_SHIPMENT");
  return hints;
}
