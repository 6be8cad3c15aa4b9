// SPEC §3 "Lifecycle and platform time limits": every action that moves a ticket, as a table.
import { describe, expect, it } from "vitest";
import type { TicketStatus } from "./domain";
import type { ActionInput, RuleOrder, TicketAction, Transition } from "./rules";
import { evaluateAction } from "./rules";
import {
  at,
  type CtxOverrides,
  ctx,
  DAY,
  HOUR,
  inState,
  inTransitOrder,
  MIN,
  NOW,
  signedOrder,
} from "./rules-fixtures";

const shipInput: ActionInput = { carrier: "圆通", waybill: "YT1234567890" };
// Every deadline here starts at NOW, so the limit it carries is its distance from NOW.
const deadline = (ms: number, action: NonNullable<Exclude<Transition["deadline"], "keep">>["action"]) => ({
  at: at(ms),
  action,
  min: ms / MIN,
});

type Row = {
  name: string;
  action: TicketAction;
  given?: CtxOverrides;
  order?: RuleOrder;
  input?: ActionInput;
  expect: Transition;
};

const rows: Row[] = [
  // 待商家处理 pending review
  {
    name: "仅退款 approve → 退款成功 with the requested amount",
    action: "approve",
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "退货退款 approve → 待买家退货, 10 d to ship, then auto-close",
    action: "approve",
    given: { ticket: { type: "return_refund", deadlineAction: "auto_approve_return" } },
    expect: { to: "awaiting_return", deadline: deadline(10 * DAY, "auto_close") },
  },
  {
    name: "换货 approve → 待买家退货",
    action: "approve",
    given: { ticket: { type: "exchange", reason: "wrong_item", requestedFen: 0 } },
    expect: { to: "awaiting_return", deadline: deadline(10 * DAY, "auto_close") },
  },
  {
    name: "补发 approve → 待补发, 24 h then flagged late",
    action: "approve",
    given: { ticket: { type: "reissue", reason: "missing_item", requestedFen: 0 } },
    expect: { to: "awaiting_reissue", deadline: deadline(24 * HOUR, "flag_late") },
  },
  {
    name: "approve while 待买家举证 (merchant concedes without waiting)",
    action: "approve",
    given: { ticket: inState.awaitingEvidence },
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "request evidence → 待买家举证, 72 h then back to review",
    action: "request_evidence",
    given: { ticket: { reason: "quality_issue" } },
    expect: {
      to: "awaiting_evidence",
      deadline: deadline(72 * HOUR, "back_to_review"),
      evidenceRequested: true,
    },
  },
  {
    name: "reject with a reason → 已拒绝",
    action: "reject",
    input: { rejectReason: "买家已与客服协商继续发货" },
    expect: { to: "rejected", deadline: null },
  },
  {
    name: "post-shipment 仅退款 reject with proof interception failed → 已拒绝",
    action: "reject",
    order: inTransitOrder,
    input: { rejectReason: "拦截失败，包裹已派送", evidence: ["intercept-failed.png"] },
    expect: { to: "rejected", deadline: null },
  },
  {
    name: "物流拦截 on an eligible parcel → 拦截中, 72 h then back to review",
    action: "request_interception",
    order: inTransitOrder,
    expect: { to: "intercepting", deadline: deadline(72 * HOUR, "back_to_review") },
  },
  {
    name: "同意拒收后退款 on a moving parcel → 拒收后退款, 5 d then auto-refund",
    action: "agree_refusal_refund",
    order: inTransitOrder,
    expect: { to: "refusal_refund", deadline: deadline(5 * DAY, "auto_refund") },
  },
  {
    name: "补发 refunds the missing value instead of reissuing (platform ruling)",
    action: "refund",
    given: { ticket: { type: "reissue", reason: "missing_item", requestedFen: 1_500 } },
    expect: { to: "refunded", deadline: null, refundFen: 1_500 },
  },
  // 待买家退货 awaiting return
  {
    name: "帮买家上传退货单号 → 待商家收货, 10 d then auto-refund",
    action: "upload_return_waybill",
    given: { ticket: inState.awaitingReturn },
    input: shipInput,
    expect: { to: "awaiting_receipt", deadline: deadline(10 * DAY, "auto_refund") },
  },
  {
    name: "换货 return waybill → 待商家收货",
    action: "upload_return_waybill",
    given: { ticket: { ...inState.awaitingReturn, type: "exchange" } },
    input: shipInput,
    expect: { to: "awaiting_receipt", deadline: deadline(10 * DAY, "auto_confirm_receipt") },
  },
  {
    name: "退货退款 refund before the goods come back",
    action: "refund",
    given: { ticket: inState.awaitingReturn },
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  // 待商家收货
  {
    name: "退货退款 confirm receipt → 退款成功",
    action: "confirm_receipt",
    given: { ticket: inState.awaitingReceipt },
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "换货 confirm receipt → 待换货发出, 48 h then flagged late",
    action: "confirm_receipt",
    given: { ticket: { ...inState.awaitingReceipt, type: "exchange" } },
    expect: { to: "awaiting_exchange_ship", deadline: deadline(48 * HOUR, "flag_late") },
  },
  {
    name: "退货退款 explicit refund while the return is in transit",
    action: "refund",
    given: { ticket: inState.awaitingReceipt },
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "reject a signed return with photos → 已拒绝",
    action: "reject",
    given: { ticket: { ...inState.awaitingReceipt, returnStatus: "signed", returnSignedAt: at(-HOUR) } },
    input: { rejectReason: "退回商品已被使用，影响二次销售", evidence: ["used.jpg"] },
    expect: { to: "rejected", deadline: null },
  },
  // 拒收后退款, 拦截中, 平台介入中
  {
    name: "拒收后退款 agree refund → 退款成功",
    action: "refund",
    given: { ticket: inState.refusalRefund },
    order: inTransitOrder,
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "拒收后退款 reject with recall-failed proof → 已拒绝",
    action: "reject",
    given: { ticket: inState.refusalRefund },
    order: inTransitOrder,
    input: { rejectReason: "召回失败，买家已同意收货", evidence: ["recall.png"] },
    expect: { to: "rejected", deadline: null },
  },
  {
    name: "拦截中 refund without waiting for the carrier",
    action: "refund",
    given: { ticket: inState.intercepting },
    order: inTransitOrder,
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  {
    name: "平台介入中 the merchant concedes with a refund",
    action: "refund",
    given: { ticket: inState.platformIntervention },
    order: signedOrder,
    expect: { to: "refunded", deadline: null, refundFen: 9_900 },
  },
  // 待补发, 待换货发出
  {
    name: "补发 waybill in time → 已完成",
    action: "provide_reissue_waybill",
    given: { ticket: inState.awaitingReissue },
    input: { carrier: "中通", waybill: "ZT000111222" },
    expect: { to: "completed", deadline: null },
  },
  {
    name: "补发 waybill after 24 h, before the timer ran → 已完成 and flagged late",
    action: "provide_reissue_waybill",
    given: { ticket: { ...inState.awaitingReissue, deadlineAt: at(-MIN) } },
    input: { carrier: "中通", waybill: "ZT000111222" },
    expect: { to: "completed", deadline: null, lateFlag: true },
  },
  {
    name: "补发 waybill after the timer already flagged it (no deadline) → 已完成, not flagged twice",
    action: "provide_reissue_waybill",
    given: { ticket: { ...inState.awaitingReissue, deadlineAt: null, deadlineAction: null } },
    input: { carrier: "中通", waybill: "ZT000111222" },
    expect: { to: "completed", deadline: null },
  },
  {
    name: "换货 shipped in time → 已完成",
    action: "ship_exchange",
    given: { ticket: inState.awaitingExchangeShip },
    input: shipInput,
    expect: { to: "completed", deadline: null },
  },
  {
    name: "换货 shipped exactly at the limit → flagged late",
    action: "ship_exchange",
    given: { ticket: { ...inState.awaitingExchangeShip, deadlineAt: NOW } },
    input: shipInput,
    expect: { to: "completed", deadline: null, lateFlag: true },
  },
  // 代客发起待确认
  {
    name: "agent cancels 代客发起 → 已关闭",
    action: "cancel_proxy",
    given: { ticket: inState.proxyPending },
    expect: { to: "closed", deadline: null },
  },
  // per-shop limits
  {
    name: "shop limits replace the defaults (buyer ship 7 d)",
    action: "approve",
    given: { ticket: { type: "return_refund" }, shop: { limits: { ...ctx().shop.limits, buyerShipMin: 7 * 24 * 60 } } },
    expect: { to: "awaiting_return", deadline: deadline(7 * DAY, "auto_close") },
  },
];

describe("evaluateAction: lifecycle transitions (SPEC §3)", () => {
  it.each(rows)("$name", (row) => {
    const decision = evaluateAction(row.action, ctx(row.given, row.order), row.input);
    expect(decision).toMatchObject({ ok: true });
    if (decision.ok) expect(decision.transition).toEqual(row.expect);
  });
});

const openStatuses: { status: TicketStatus; given: CtxOverrides["ticket"] }[] = [
  { status: "pending_review", given: {} },
  { status: "awaiting_return", given: inState.awaitingReturn },
  { status: "proxy_pending", given: inState.proxyPending },
  { status: "platform_intervention", given: inState.platformIntervention },
];

describe("assign / tag / note / message / classify never move the ticket", () => {
  const meta: TicketAction[] = ["assign", "tag", "note", "message", "classify"];
  const cases = meta.flatMap((action) => openStatuses.map((s) => ({ action, ...s })));
  it.each(cases)("$action in $status keeps status and deadline", ({ action, status, given }) => {
    const decision = evaluateAction(
      action,
      ctx({ ticket: given, member: { role: "agent", canHandleAfterSales: false } }),
    );
    expect(decision).toEqual({ ok: true, transition: { to: status, deadline: "keep" }, hints: [] });
  });

  it.each(["tag", "note", "message", "classify"] as const)("%s stays open on an ended ticket", (action) => {
    const decision = evaluateAction(action, ctx({ ticket: { status: "refunded", deadlineAt: null } }));
    expect(decision).toEqual({ ok: true, transition: { to: "refunded", deadline: "keep" }, hints: [] });
  });
});
