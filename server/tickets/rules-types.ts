// Inputs, outputs and codes of the pure lifecycle rules (SPEC §3–§4). No I/O here.
import type {
  DeadlineAction,
  LogisticsStatus,
  MemberRole,
  OrderKind,
  Reason,
  ReturnStatus,
  TicketStatus,
  TicketType,
  TimeLimits,
} from "./domain";

export const ticketActions = [
  "approve", // 同意 (仅退款 → refund; 退货退款/换货 → return; 补发 → reissue)
  "reject", // 拒绝
  "refund", // 退款 outside review (拒收后退款, 拦截中, 收货前, 补发改退款, 平台介入中)
  "request_evidence", // 请买家举证
  "confirm_receipt", // 确认收货
  "upload_return_waybill", // 帮买家上传退货单号
  "request_interception", // 物流拦截
  "agree_refusal_refund", // 同意拒收后退款
  "provide_reissue_waybill", // 填写补发单号
  "ship_exchange", // 换货发出
  "cancel_proxy", // 取消代客发起售后
  "assign",
  "tag",
  "note",
  "message", // 给买家发消息 (sent to the buyer through the platform; e.g. before a holiday, in a batch)
  "classify", // 注册记录 root cause
] as const;
export type TicketAction = (typeof ticketActions)[number];

/** Every reason, interception condition and hint the rules can return; text lives in messages/rules.ts. */
export const ruleCodes = [
  // refusals
  "NO_PERMISSION",
  "TICKET_ENDED",
  "NOT_ALLOWED_IN_STATUS",
  "NOT_ALLOWED_FOR_TYPE",
  "DEADLINE_PASSED",
  "AMOUNT_INVALID",
  "AMOUNT_EXCEEDS_PAID",
  "REJECT_REASON_REQUIRED",
  "REJECT_REASON_TOO_LONG",
  "REJECT_NEEDS_INTERCEPTION_EVIDENCE",
  "REJECT_EVIDENCE_REQUIRED",
  "RETURN_NOT_SIGNED",
  "PARCEL_ALREADY_RETURNING",
  "EVIDENCE_ALREADY_REQUESTED",
  "INTERCEPTION_NOT_ELIGIBLE",
  "INTERCEPTION_ALREADY_FAILED",
  "PARCEL_NOT_COLLECTED",
  "PARCEL_ALREADY_SIGNED",
  "CARRIER_REQUIRED",
  "WAYBILL_REQUIRED",
  "WAYBILL_INVALID",
  "NOT_PROXY_TICKET",
  "NOT_SHOP_MEMBER",
  "PROXY_ORDER_KIND_UNSUPPORTED",
  "PROXY_TYPE_UNSUPPORTED",
  // 物流拦截: the 8 conditions, in SPEC order
  "INTERCEPT_NOT_CROSS_BORDER",
  "INTERCEPT_CARRIER_SUPPORTED",
  "INTERCEPT_AGREEMENT_SIGNED",
  "INTERCEPT_ITEM_ALLOWED",
  "INTERCEPT_SINGLE_PACKAGE",
  "INTERCEPT_AMOUNT_UNDER_LIMIT",
  "INTERCEPT_KUAISHOU_EWAYBILL",
  "INTERCEPT_REFUND_ONLY_UNSIGNED",
  // hints: the rules surfaced at the moment of action
  "HINT_CONTACT_BUYER_BEFORE_SHIPPING",
  "HINT_INTERCEPT_DONT_REJECT",
  "HINT_PARCEL_RETURNING_AGREE",
  "HINT_FREE_SHIPPING_MERCHANT_PAYS_RETURN",
  "HINT_NO_COLLECTION_72H",
  "HINT_REQUEST_EVIDENCE_FIRST",
  "HINT_MISSING_ITEM_RULING",
  "HINT_WRONG_ITEM_RULING",
  "HINT_UNJUSTIFIED_REJECTION_RULING",
  "HINT_COMMUNICATE_BEFORE_REJECT",
  "HINT_RETURN_NOT_SIGNED_YET",
  "HINT_REFUSAL_CONTACT_WITHIN_3_DAYS",
  "HINT_LATE_SHIPMENT",
] as const;
export type RuleCode = (typeof ruleCodes)[number];
export type RuleParams = Record<string, string | number>;

export type RuleTicket = {
  type: TicketType;
  reason: Reason;
  status: TicketStatus;
  requestedFen: number; // integer 分
  appliedAt: Date; // buyer application time
  deadlineAt: Date | null;
  deadlineAction: DeadlineAction | null;
  returnWaybill: string | null;
  returnStatus: ReturnStatus;
  returnSignedAt: Date | null;
  origin: "buyer" | "proxy"; // proxy = 代客发起
  evidenceRequested: boolean; // merchant already asked for evidence once
  interceptionFailed: boolean; // an interception/recall was tried and failed
};

export type RuleOrder = {
  kind: OrderKind;
  paidFen: number;
  freeShipping: boolean;
  sevenDayEligible: boolean;
  isVirtual: boolean;
  isFresh: boolean;
  isVehicle: boolean;
  shippedAt: Date | null; // merchant handed over / printed the waybill
  collectedAt: Date | null; // carrier collection scan: "shipped" for the rules
  logisticsStatus: LogisticsStatus;
  carrier: string | null;
  eWaybill: boolean;
  packageCount: number;
};

export type RuleShop = { isCrossBorder: boolean; interceptionAgreement: boolean; limits: TimeLimits };
export type RuleMember = { role: MemberRole; canHandleAfterSales: boolean };
export type RuleContext = { ticket: RuleTicket; order: RuleOrder; shop: RuleShop; member: RuleMember; now: Date };

/** Free input some actions need; checked by evaluateAction, ignored by allowedActions. */
export type ActionInput = { rejectReason?: string; evidence?: string[]; carrier?: string; waybill?: string };

/** A new running deadline: when it passes, what the platform then does, and the limit (minutes) it was given. */
export type Deadline = { at: Date; action: DeadlineAction; min: number };

/**
 * What happens to the ticket's running deadline:
 * - `"keep"`: leave deadlineAt / deadlineAction / deadlineMin exactly as they are (assign, tag, note, classify);
 * - `null`: clear them (terminal states, flagged-late states);
 * - a Deadline: replace them with a new deadline.
 */
export type DeadlineChange = "keep" | null | Deadline;

export type Transition = {
  to: TicketStatus;
  deadline: DeadlineChange;
  /** Money to pay back now, integer 分; present only when this transition moves money. */
  refundFen?: number;
  /** Counted as 延迟发货 and flagged (待补发 24 h, 待换货发出). Never cleared by these rules: it is history. */
  lateFlag?: boolean;
  /** Record that the merchant has now asked for evidence (asked once only). */
  evidenceRequested?: boolean;
  /** Record that interception / recall failed ("failure noted", SPEC §3 拦截中). */
  interceptionFailed?: boolean;
};

export type Refusal = { ok: false; code: RuleCode; params?: RuleParams };
export type Decision = Refusal | { ok: true; transition: Transition; hints: RuleCode[] };
export type ActionAvailability = { action: TicketAction; allowed: boolean; code?: RuleCode; params?: RuleParams };

export const refuse = (code: RuleCode, params?: RuleParams): Refusal =>
  params ? { ok: false, code, params } : { ok: false, code };

export const addMinutes = (from: Date, minutes: number): Date => new Date(from.getTime() + minutes * 60_000);

/** The deadline `min` minutes after `from` (every deadline is made here, so each carries its limit). */
export const deadlineIn = (from: Date, min: number, action: DeadlineAction): Deadline => ({
  at: addMinutes(from, min),
  action,
  min,
});

/** A deadline is due once its moment has come: `deadlineAt <= now` (the worker's rule, SPEC §3). */
export const isDue = (deadlineAt: Date | null, now: Date): boolean =>
  deadlineAt !== null && deadlineAt.getTime() <= now.getTime();

const carrierCollected: readonly LogisticsStatus[] = [
  "collected",
  "in_transit",
  "out_for_delivery",
  "signed",
  "refused",
  "returned",
];

/** SPEC §3: "before/after shipment" is judged by the carrier's collection time, not by the merchant's ship click. */
export const isShipped = (order: RuleOrder): boolean =>
  order.collectedAt !== null || carrierCollected.includes(order.logisticsStatus);

/** Collected and moving normally towards the buyer: 同意拒收后退款 / 物流拦截 still make sense. */
export const isInTransitToBuyer = (order: RuleOrder): boolean =>
  isShipped(order) && order.logisticsStatus !== "signed" && !isParcelReturning(order);

/** The buyer refused the parcel or it is on its way back (物流显示拒收/退回). */
export const isParcelReturning = (order: RuleOrder): boolean =>
  order.logisticsStatus === "refused" || order.logisticsStatus === "returned";

/** SPEC §1: owner and lead always may; an agent needs 售后处理权限. */
export const canHandleAfterSales = (member: RuleMember): boolean =>
  member.role === "owner" || member.role === "lead" || member.canHandleAfterSales;

/** Money moved by a ticket must be a positive integer number of 分, at most what the buyer paid. */
export const checkRefundAmount = (amountFen: number, paidFen: number): Refusal | null => {
  if (!Number.isInteger(amountFen) || amountFen < 1) return refuse("AMOUNT_INVALID");
  if (amountFen > paidFen) return refuse("AMOUNT_EXCEEDS_PAID", { paidFen });
  return null;
};
