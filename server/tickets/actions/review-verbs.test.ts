// The review decisions (SPEC §3 待商家处理 and the post-shipment tools of §4), on a real database: state,
// deadline, timeline row, outbox row, and the refund row where money moves.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { agreeRefusalRefund } from "./agree-refusal-refund";
import { approve } from "./approve";
import { refund } from "./refund";
import { reject } from "./reject";
import { requestEvidence } from "./request-evidence";
import { requestInterception } from "./request-interception";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  ctxOf,
  DAY,
  domainError,
  HOUR,
  inTransit,
  T0,
  traces,
} from "./test-fixtures";

const { db } = await useTestDb();
const f = await createShop(db);
const ctx = ctxOf(f.handler);

describe("approve", () => {
  it("仅退款: refunded at once, one refund row, timeline and outbox", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    const r = await approve(db, ctx, { ticketId: t.id, version: 1 });
    expect(r.hints).toContain("HINT_CONTACT_BUYER_BEFORE_SHIPPING");
    const { ticket, events, refunds, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "refunded",
      deadlineAt: null,
      deadlineAction: null,
      version: 2,
      refundedFen: 9_900,
      refundedAt: T0,
      endedAt: T0,
      firstDecisionAt: T0,
      approvedAt: T0,
      handledBy: "agent",
      updatedByName: "客服小李",
    });
    expect(refunds).toMatchObject([{ amountFen: 9_900, by: "agent", actorName: "客服小李" }]);
    expect(events).toMatchObject([
      {
        action: "approve",
        actorKind: "agent",
        actorId: f.handler.id,
        fromStatus: "pending_review",
        toStatus: "refunded",
      },
    ]);
    expect(events[0].data).toMatchObject({ refundFen: 9_900 });
    expect(outbox).toMatchObject([{ action: "approve", payload: { amountFen: 9_900, externalId: t.externalId } }]);
  });

  it("退货退款: 待买家退货 with 10 days for the buyer, no money", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), {
      type: "return_refund",
      deadlineAction: "auto_approve_return",
    });
    await approve(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket, refunds, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "awaiting_return", deadlineAt: at(10 * DAY), deadlineAction: "auto_close" });
    expect(refunds).toEqual([]);
    expect(events.map((e) => e.toStatus)).toEqual(["awaiting_return"]);
    expect(outbox.map((o) => o.action)).toEqual(["approve"]);
  });

  it("补发: 待补发 with 24 h", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), {
      type: "reissue",
      reason: "missing_item",
      deadlineAction: "auto_approve_return",
    });
    await approve(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "awaiting_reissue",
      deadlineAt: at(24 * HOUR),
      deadlineAction: "flag_late",
    });
  });
});

describe("reject", () => {
  it("records the reason on the ticket, the timeline and the outbox", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    await reject(db, ctx, { ticketId: t.id, version: 1, rejectReason: "  买家已确认继续收货  " });
    const { ticket, events, outbox, refunds } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "rejected", rejectReason: "买家已确认继续收货", deadlineAt: null });
    expect(events).toMatchObject([{ action: "reject", why: "买家已确认继续收货", toStatus: "rejected" }]);
    expect(outbox).toMatchObject([{ action: "reject", payload: { reason: "买家已确认继续收货" } }]);
    expect(refunds).toEqual([]);
  });

  it("without a reason: refused with the rule's text, nothing written", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    const e = await domainError(reject(db, ctx, { ticketId: t.id, version: 1, rejectReason: " " }));
    expect(e).toMatchObject({ code: "ACTION_NOT_ALLOWED", message: "拒绝时必须填写拒绝原因" });
    expect(e.details.reason).toBe("REJECT_REASON_REQUIRED");
    const { ticket, events } = await traces(db, t.id);
    expect(ticket.version).toBe(1);
    expect(events).toEqual([]);
  });

  it("post-shipment 仅退款 without interception evidence: refused", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit));
    const e = await domainError(reject(db, ctx, { ticketId: t.id, version: 1, rejectReason: "已发货" }));
    expect(e.details.reason).toBe("REJECT_NEEDS_INTERCEPTION_EVIDENCE");
  });
});

describe("refund", () => {
  it("拒收后退款: agree now, one refund row", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      status: "refusal_refund",
      deadlineAt: at(3 * DAY),
    });
    await refund(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket, refunds, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "refunded", refundedFen: 9_900 });
    expect(refunds).toHaveLength(1);
    expect(events).toMatchObject([{ action: "refund", fromStatus: "refusal_refund", toStatus: "refunded" }]);
    expect(outbox).toMatchObject([{ action: "refund", payload: { amountFen: 9_900, from: "refusal_refund" } }]);
  });
});

describe("request evidence", () => {
  it("待买家举证 for 72 h, asked once", async () => {
    const t = await createTicket(db, f, await createOrder(db, f), { reason: "quality_issue" });
    await requestEvidence(db, ctx, { ticketId: t.id, version: 1, message: "请上传破损处照片" });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "awaiting_evidence",
      evidenceRequested: true,
      deadlineAt: at(72 * HOUR),
      deadlineAction: "back_to_review",
    });
    expect(events).toMatchObject([{ action: "request_evidence", why: "请上传破损处照片" }]);
    expect(outbox).toMatchObject([{ action: "request_evidence", payload: { message: "请上传破损处照片" } }]);
  });
});

describe("request interception (物流拦截)", () => {
  it("eligible: 拦截中 for 72 h, the carrier and waybill go out", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit));
    await requestInterception(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "intercepting",
      deadlineAt: at(72 * HOUR),
      deadlineAction: "back_to_review",
    });
    expect(events).toMatchObject([{ action: "request_interception", toStatus: "intercepting" }]);
    expect(outbox).toMatchObject([
      { action: "request_interception", payload: { carrier: "中通", waybill: "ZT7700112233" } },
    ]);
  });

  it("not eligible: the refusal names the failing condition", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, { ...inTransit, packageCount: 2 }));
    const e = await domainError(requestInterception(db, ctx, { ticketId: t.id, version: 1 }));
    expect(e.code).toBe("ACTION_NOT_ALLOWED");
    expect(e.message).toBe("该订单不满足物流拦截条件：非一单多包裹订单（当前 2 个包裹）");
    expect(e.details).toMatchObject({
      reason: "INTERCEPTION_NOT_ELIGIBLE",
      params: { condition: "INTERCEPT_SINGLE_PACKAGE" },
    });
  });
});

describe("agree refusal refund (同意拒收后退款)", () => {
  it("拒收后退款 for 5 days, auto-refund on silence", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit));
    const r = await agreeRefusalRefund(db, ctx, { ticketId: t.id, version: 1 });
    expect(r.hints).toContain("HINT_REFUSAL_CONTACT_WITHIN_3_DAYS");
    const { ticket, events, outbox, refunds } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "refusal_refund", deadlineAt: at(5 * DAY), deadlineAction: "auto_refund" });
    expect(events).toMatchObject([{ action: "agree_refusal_refund", toStatus: "refusal_refund" }]);
    expect(outbox.map((o) => o.action)).toEqual(["agree_refusal_refund"]);
    expect(refunds).toEqual([]);
  });

  it("parcel not collected yet: refused", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    const e = await domainError(agreeRefusalRefund(db, ctx, { ticketId: t.id, version: 1 }));
    expect(e.details.reason).toBe("PARCEL_NOT_COLLECTED");
  });
});
