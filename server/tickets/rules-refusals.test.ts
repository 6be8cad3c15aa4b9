// Refusals of the review decisions: status, type, deadline, amount and rejection rules.
import { describe, expect, it } from "vitest";
import type { ActionInput, RuleCode, RuleOrder, RuleParams, TicketAction } from "./rules";
import { evaluateAction, rejectReasonMaxLength } from "./rules";
import { at, type CtxOverrides, ctx, HOUR, inState, inTransitOrder, NOW } from "./rules-fixtures";

type Row = {
  name: string;
  action: TicketAction;
  given?: CtxOverrides;
  order?: RuleOrder;
  input?: ActionInput;
  code: RuleCode;
  params?: RuleParams;
};

const reason = { rejectReason: "与买家协商一致" };
const signedReturn = { ...inState.awaitingReceipt, returnStatus: "signed" as const, returnSignedAt: at(-HOUR) };

const rows: Row[] = [
  {
    name: "approve in 待买家退货",
    action: "approve",
    given: { ticket: inState.awaitingReturn },
    code: "NOT_ALLOWED_IN_STATUS",
    params: { status: "awaiting_return" },
  },
  {
    name: "confirm receipt before any return",
    action: "confirm_receipt",
    code: "NOT_ALLOWED_IN_STATUS",
    params: { status: "pending_review" },
  },
  {
    name: "reject while 拦截中 (wait for the carrier)",
    action: "reject",
    given: { ticket: inState.intercepting },
    order: inTransitOrder,
    input: reason,
    code: "NOT_ALLOWED_IN_STATUS",
  },
  {
    name: "reject while 平台介入中 (the platform decides)",
    action: "reject",
    given: { ticket: inState.platformIntervention },
    input: reason,
    code: "NOT_ALLOWED_IN_STATUS",
  },
  {
    name: "reject while 待买家举证",
    action: "reject",
    given: { ticket: inState.awaitingEvidence },
    input: reason,
    code: "NOT_ALLOWED_IN_STATUS",
  },
  { name: "cancel_proxy on a buyer ticket in review", action: "cancel_proxy", code: "NOT_ALLOWED_IN_STATUS" },
  {
    name: "request_interception once already intercepting",
    action: "request_interception",
    given: { ticket: inState.intercepting },
    order: inTransitOrder,
    code: "NOT_ALLOWED_IN_STATUS",
  },
  {
    name: "仅退款 refund in review (use approve)",
    action: "refund",
    code: "NOT_ALLOWED_FOR_TYPE",
    params: { type: "refund_only" },
  },
  {
    name: "换货 cannot be refunded",
    action: "refund",
    given: { ticket: { ...inState.awaitingReturn, type: "exchange" } },
    code: "NOT_ALLOWED_FOR_TYPE",
  },
  {
    name: "approve exactly at the 48 h deadline",
    action: "approve",
    given: { ticket: { deadlineAt: NOW } },
    code: "DEADLINE_PASSED",
  },
  {
    name: "cancel 代客 after the 24 h confirm window",
    action: "cancel_proxy",
    given: { ticket: { ...inState.proxyPending, deadlineAt: at(-1) } },
    code: "DEADLINE_PASSED",
  },
  { name: "approve 仅退款 of 0 分", action: "approve", given: { ticket: { requestedFen: 0 } }, code: "AMOUNT_INVALID" },
  {
    name: "approve 仅退款 of a fractional 分",
    action: "approve",
    given: { ticket: { requestedFen: 99.5 } },
    code: "AMOUNT_INVALID",
  },
  {
    name: "approve 仅退款 above the paid amount",
    action: "approve",
    given: { ticket: { requestedFen: 9_901 } },
    code: "AMOUNT_EXCEEDS_PAID",
    params: { paidFen: 9_900 },
  },
  {
    name: "confirm receipt on a 退货退款 above the paid amount",
    action: "confirm_receipt",
    given: { ticket: { ...inState.awaitingReceipt, requestedFen: 10_000 } },
    code: "AMOUNT_EXCEEDS_PAID",
  },
  {
    name: "补发 refund with no missing value",
    action: "refund",
    given: { ticket: { ...inState.awaitingReissue, requestedFen: 0 } },
    code: "AMOUNT_INVALID",
  },
  { name: "reject with no reason", action: "reject", code: "REJECT_REASON_REQUIRED" },
  {
    name: "reject with a blank reason",
    action: "reject",
    input: { rejectReason: "  \n " },
    code: "REJECT_REASON_REQUIRED",
  },
  {
    name: "reject with a reason over the limit",
    action: "reject",
    input: { rejectReason: "很".repeat(rejectReasonMaxLength + 1) },
    code: "REJECT_REASON_TOO_LONG",
    params: { max: 200 },
  },
  {
    name: "reject post-shipment 仅退款 without interception proof",
    action: "reject",
    order: inTransitOrder,
    input: reason,
    code: "REJECT_NEEDS_INTERCEPTION_EVIDENCE",
  },
  {
    name: "reject post-shipment 仅退款 with only blank evidence",
    action: "reject",
    order: inTransitOrder,
    input: { ...reason, evidence: [" "] },
    code: "REJECT_NEEDS_INTERCEPTION_EVIDENCE",
  },
  {
    name: "reject collected (not yet in transit) 仅退款 without proof",
    action: "reject",
    order: { ...inTransitOrder, logisticsStatus: "collected" },
    input: reason,
    code: "REJECT_NEEDS_INTERCEPTION_EVIDENCE",
  },
  {
    name: "reject 拒收后退款 without recall proof",
    action: "reject",
    given: { ticket: inState.refusalRefund },
    order: inTransitOrder,
    input: reason,
    code: "REJECT_NEEDS_INTERCEPTION_EVIDENCE",
  },
  {
    name: "reject a signed return without photos",
    action: "reject",
    given: { ticket: signedReturn },
    input: reason,
    code: "REJECT_EVIDENCE_REQUIRED",
  },
  {
    name: "reject a return still in transit",
    action: "reject",
    given: { ticket: inState.awaitingReceipt },
    input: { ...reason, evidence: ["x.jpg"] },
    code: "RETURN_NOT_SIGNED",
  },
  {
    name: "reject 仅退款 the buyer refused",
    action: "reject",
    order: { ...inTransitOrder, logisticsStatus: "refused" },
    input: { ...reason, evidence: ["x.jpg"] },
    code: "PARCEL_ALREADY_RETURNING",
  },
  {
    name: "reject 拒收后退款 once the parcel is returning",
    action: "reject",
    given: { ticket: inState.refusalRefund },
    order: { ...inTransitOrder, logisticsStatus: "returned" },
    input: { ...reason, evidence: ["x.jpg"] },
    code: "PARCEL_ALREADY_RETURNING",
  },
];

describe("evaluateAction: refusals", () => {
  it.each(rows)("$name → $code", (row) => {
    const decision = evaluateAction(row.action, ctx(row.given, row.order), row.input);
    expect(decision).toMatchObject({ ok: false, code: row.code, ...(row.params ? { params: row.params } : {}) });
  });
});
