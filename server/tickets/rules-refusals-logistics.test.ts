// Refusals of the parcel, evidence, interception and waybill actions, and edge values that pass.
import { describe, expect, it } from "vitest";
import type { ActionInput, RuleCode, RuleOrder, RuleParams, TicketAction } from "./rules";
import { evaluateAction, rejectReasonMaxLength } from "./rules";
import { at, type CtxOverrides, ctx, inState, inTransitOrder, MIN, signedOrder } from "./rules-fixtures";

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

const rows: Row[] = [
  {
    name: "同意拒收后退款 on a 退货退款",
    action: "agree_refusal_refund",
    given: { ticket: { type: "return_refund" } },
    order: inTransitOrder,
    code: "NOT_ALLOWED_FOR_TYPE",
  },
  {
    name: "upload waybill after the 10 d buyer-ship limit",
    action: "upload_return_waybill",
    given: { ticket: { ...inState.awaitingReturn, deadlineAt: at(-MIN) } },
    input: { carrier: "圆通", waybill: "YT1234567890" },
    code: "DEADLINE_PASSED",
  },
  {
    name: "同意拒收后退款 on a returned parcel",
    action: "agree_refusal_refund",
    order: { ...inTransitOrder, logisticsStatus: "returned" },
    code: "PARCEL_ALREADY_RETURNING",
  },
  { name: "同意拒收后退款 before collection", action: "agree_refusal_refund", code: "PARCEL_NOT_COLLECTED" },
  {
    name: "同意拒收后退款 shipped but not collected",
    action: "agree_refusal_refund",
    order: { ...inTransitOrder, collectedAt: null, logisticsStatus: "shipped_not_collected" },
    code: "PARCEL_NOT_COLLECTED",
  },
  {
    name: "同意拒收后退款 on a signed parcel",
    action: "agree_refusal_refund",
    order: signedOrder,
    code: "PARCEL_ALREADY_SIGNED",
  },
  {
    name: "request evidence a second time",
    action: "request_evidence",
    given: { ticket: { evidenceRequested: true } },
    code: "EVIDENCE_ALREADY_REQUESTED",
  },
  {
    name: "物流拦截 before shipment",
    action: "request_interception",
    code: "INTERCEPTION_NOT_ELIGIBLE",
    params: { condition: "INTERCEPT_CARRIER_SUPPORTED" },
  },
  {
    name: "物流拦截 of ¥500",
    action: "request_interception",
    given: { ticket: { requestedFen: 50_000 } },
    order: { ...inTransitOrder, paidFen: 60_000 },
    code: "INTERCEPTION_NOT_ELIGIBLE",
    params: { condition: "INTERCEPT_AMOUNT_UNDER_LIMIT" },
  },
  {
    name: "物流拦截 on a 退货退款",
    action: "request_interception",
    given: { ticket: { type: "return_refund" } },
    order: inTransitOrder,
    code: "INTERCEPTION_NOT_ELIGIBLE",
    params: { condition: "INTERCEPT_REFUND_ONLY_UNSIGNED" },
  },
  {
    name: "物流拦截 again after it failed",
    action: "request_interception",
    given: { ticket: { interceptionFailed: true } },
    order: inTransitOrder,
    code: "INTERCEPTION_ALREADY_FAILED",
  },
  {
    name: "upload waybill without carrier",
    action: "upload_return_waybill",
    given: { ticket: inState.awaitingReturn },
    input: { waybill: "YT1234567890" },
    code: "CARRIER_REQUIRED",
  },
  {
    name: "upload waybill without number",
    action: "upload_return_waybill",
    given: { ticket: inState.awaitingReturn },
    input: { carrier: "圆通", waybill: " " },
    code: "WAYBILL_REQUIRED",
  },
  {
    name: "waybill of 5 characters",
    action: "upload_return_waybill",
    given: { ticket: inState.awaitingReturn },
    input: { carrier: "圆通", waybill: "YT123" },
    code: "WAYBILL_INVALID",
  },
  {
    name: "waybill of 41 characters",
    action: "provide_reissue_waybill",
    given: { ticket: inState.awaitingReissue },
    input: { carrier: "中通", waybill: "9".repeat(41) },
    code: "WAYBILL_INVALID",
  },
  {
    name: "waybill with an inner space",
    action: "ship_exchange",
    given: { ticket: inState.awaitingExchangeShip },
    input: { carrier: "中通", waybill: "ZT 1234567" },
    code: "WAYBILL_INVALID",
  },
  {
    name: "waybill with Chinese characters",
    action: "ship_exchange",
    given: { ticket: inState.awaitingExchangeShip },
    input: { carrier: "中通", waybill: "单号1234567" },
    code: "WAYBILL_INVALID",
  },
  {
    name: "cancel_proxy on a buyer ticket in 代客 state",
    action: "cancel_proxy",
    given: { ticket: { ...inState.proxyPending, origin: "buyer" } },
    code: "NOT_PROXY_TICKET",
  },
  {
    name: "assign an ended ticket",
    action: "assign",
    given: { ticket: { status: "closed", deadlineAt: null } },
    code: "TICKET_ENDED",
  },
];

describe("evaluateAction: refusals (logistics, evidence, waybills)", () => {
  it.each(rows)("$name → $code", (row) => {
    const decision = evaluateAction(row.action, ctx(row.given, row.order), row.input);
    expect(decision).toMatchObject({ ok: false, code: row.code, ...(row.params ? { params: row.params } : {}) });
  });
});

describe("edge values that pass", () => {
  const ok: Omit<Row, "code">[] = [
    { name: "approve 1 ms before the deadline", action: "approve", given: { ticket: { deadlineAt: at(1) } } },
    {
      name: "approve 仅退款 of exactly the paid amount",
      action: "approve",
      given: { ticket: { requestedFen: 9_900 } },
    },
    { name: "approve 仅退款 of 1 分", action: "approve", given: { ticket: { requestedFen: 1 } } },
    {
      name: "reject reason of exactly the limit",
      action: "reject",
      input: { rejectReason: "很".repeat(rejectReasonMaxLength) },
    },
    {
      name: "reject post-shipment 仅退款 after a recorded interception failure",
      action: "reject",
      order: inTransitOrder,
      given: { ticket: { interceptionFailed: true } },
      input: reason,
    },
    { name: "reject pre-shipment 仅退款 with a reason only", action: "reject", input: reason },
    {
      name: "reject 仅退款 on a signed parcel with a reason only (interception no longer applies)",
      action: "reject",
      order: signedOrder,
      input: reason,
    },
    {
      name: "waybill of 6 characters",
      action: "upload_return_waybill",
      given: { ticket: inState.awaitingReturn },
      input: { carrier: "圆通", waybill: "YT1234" },
    },
    {
      name: "waybill of 40 characters with dashes, padded",
      action: "upload_return_waybill",
      given: { ticket: inState.awaitingReturn },
      input: { carrier: "圆通", waybill: ` ${"A-".repeat(20)} ` },
    },
    {
      name: "物流拦截 of ¥499.99",
      action: "request_interception",
      given: { ticket: { requestedFen: 49_999 } },
      order: { ...inTransitOrder, paidFen: 60_000 },
    },
    {
      name: "同意拒收后退款 out for delivery",
      action: "agree_refusal_refund",
      order: { ...inTransitOrder, logisticsStatus: "out_for_delivery" },
    },
    {
      name: "换货 confirm receipt has no money check",
      action: "confirm_receipt",
      given: { ticket: { ...inState.awaitingReceipt, type: "exchange", requestedFen: 0 } },
    },
  ];
  it.each(ok)("$name", (row) => {
    expect(evaluateAction(row.action, ctx(row.given, row.order), row.input)).toMatchObject({ ok: true });
  });
});
