// SPEC §3 "Lifecycle and platform time limits", fired through the clock on a real database: nothing happens a
// millisecond before the deadline; at it, the platform timer applies the table's action exactly once.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../tests/db";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  DAY,
  HOUR,
  inTransit,
  traces,
} from "../tickets/actions/test-fixtures";
import { applyDueDeadlines } from "./apply-due";

const { db } = await useTestDb();

/** A shop of its own per case, so the timer sees only this ticket. */
async function fire(ticket: Parameters<typeof createTicket>[3], order = {}) {
  const f = await createShop(db);
  const t = await createTicket(db, f, await createOrder(db, f, order), ticket);
  const due = t.deadlineAt ?? at(0);
  expect(await applyDueDeadlines(db, { now: new Date(due.getTime() - 1), shopId: f.shopId })).toBe(0);
  expect(await applyDueDeadlines(db, { now: due, shopId: f.shopId })).toBe(1);
  expect(await applyDueDeadlines(db, { now: due, shopId: f.shopId })).toBe(0); // applied once
  return { due, shopId: f.shopId, ...(await traces(db, t.id)) };
}

const timer = { actorKind: "platform_timer", actorId: null, actorName: "平台超时规则" };

describe("applyDueDeadlines: the §3 table", () => {
  it("48 h review, 退货退款 → auto-approved into 待买家退货 (10 d)", async () => {
    const { due, shopId, ticket, events, refunds } = await fire({
      type: "return_refund",
      deadlineAt: at(47 * HOUR),
      deadlineAction: "auto_approve_return",
    });
    expect(ticket).toMatchObject({
      status: "awaiting_return",
      deadlineAt: new Date(due.getTime() + 10 * DAY),
      deadlineAction: "auto_close",
      approvedAt: due,
      firstDecisionAt: due,
      handledBy: null,
      updatedByName: "平台超时规则",
    });
    expect(events[0]).toMatchObject({
      ...timer,
      action: "platform_timer.review_timeout",
      fromStatus: "pending_review",
      toStatus: "awaiting_return",
      why: "商家 48 小时内未处理，平台自动同意",
    });
    expect(refunds).toEqual([]);
    // The follow-on deadline runs from the moment the platform acted; the clock moves on and it fires too.
    expect(await applyDueDeadlines(db, { now: at(30 * DAY), shopId })).toBe(1);
    const later = await traces(db, ticket.id);
    expect(later.ticket.status).toBe("closed");
    expect(later.events[1]).toMatchObject({ action: "platform_timer.buyer_ship_timeout", at: at(30 * DAY) });
  });

  it("48 h review, 仅退款 → auto-refund, one refund row and one outbound refund", async () => {
    const { due, ticket, events, refunds, outbox } = await fire({ deadlineAt: at(47 * HOUR) });
    expect(ticket).toMatchObject({ status: "refunded", refundedFen: 9_900, endedAt: due, handledBy: "platform_timer" });
    expect(refunds).toMatchObject([{ amountFen: 9_900, by: "platform_timer", actorName: "平台超时规则", at: due }]);
    expect(events).toMatchObject([
      { ...timer, action: "platform_timer.review_timeout", why: "商家 48 小时内未处理，平台自动退款" },
    ]);
    expect(outbox).toMatchObject([{ action: "refund", payload: { amountFen: 9_900, externalId: ticket.externalId } }]);
  });

  it("10 d buyer ship → closed", async () => {
    const { ticket, events } = await fire({
      type: "return_refund",
      status: "awaiting_return",
      deadlineAt: at(10 * DAY),
      deadlineAction: "auto_close",
    });
    expect(ticket).toMatchObject({ status: "closed", deadlineAt: null, handledBy: "platform_timer" });
    expect(events).toMatchObject([
      { action: "platform_timer.buyer_ship_timeout", why: "买家 10 天内未退货，售后自动关闭" },
    ]);
  });

  it("10 d confirm receipt → refunded", async () => {
    const { ticket, refunds, events } = await fire(
      { type: "return_refund", status: "awaiting_receipt", deadlineAt: at(10 * DAY), returnStatus: "signed" },
      inTransit,
    );
    expect(ticket.status).toBe("refunded");
    expect(refunds).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "platform_timer.confirm_receipt_timeout" });
  });

  it("10 d confirm receipt on 换货 → auto-confirmed into 待换货发出, no money", async () => {
    const { ticket, refunds } = await fire(
      {
        type: "exchange",
        status: "awaiting_receipt",
        deadlineAt: at(10 * DAY),
        deadlineAction: "auto_confirm_receipt",
      },
      inTransit,
    );
    expect(ticket.status).toBe("awaiting_exchange_ship");
    expect(refunds).toEqual([]);
  });

  it("5 d 拒收后退款 → refunded", async () => {
    const { ticket, refunds } = await fire({ status: "refusal_refund", deadlineAt: at(5 * DAY) }, inTransit);
    expect(ticket.status).toBe("refunded");
    expect(refunds).toHaveLength(1);
  });

  it("24 h reissue → flagged late, stays in 待补发 with no deadline", async () => {
    const { ticket, events } = await fire({
      type: "reissue",
      reason: "missing_item",
      status: "awaiting_reissue",
      deadlineAt: at(24 * HOUR),
      deadlineAction: "flag_late",
    });
    expect(ticket).toMatchObject({
      status: "awaiting_reissue",
      lateFlag: true,
      deadlineAt: null,
      deadlineAction: null,
    });
    expect(events).toMatchObject([
      { action: "platform_timer.reissue_timeout", why: "24 小时内未提供补发单号，记为延迟发货" },
    ]);
  });

  it("48 h exchange reship → flagged late", async () => {
    const { ticket } = await fire({
      type: "exchange",
      status: "awaiting_exchange_ship",
      deadlineAt: at(48 * HOUR),
      deadlineAction: "flag_late",
    });
    expect(ticket).toMatchObject({ status: "awaiting_exchange_ship", lateFlag: true, deadlineAt: null });
  });

  it("24 h 代客发起 → expired (closed)", async () => {
    const { ticket, events } = await fire({
      status: "proxy_pending",
      origin: "proxy",
      deadlineAt: at(24 * HOUR),
      deadlineAction: "expire_proxy",
    });
    expect(ticket).toMatchObject({ status: "closed", handledBy: "platform_timer" });
    expect(events[0]).toMatchObject({
      action: "platform_timer.proxy_confirm_timeout",
      why: expect.stringContaining("已失效"),
    });
  });

  it("72 h interception → back to 待商家处理 with the failure noted and a fresh 48 h", async () => {
    const { due, ticket, events } = await fire(
      { status: "intercepting", deadlineAt: at(72 * HOUR), deadlineAction: "back_to_review" },
      inTransit,
    );
    expect(ticket).toMatchObject({
      status: "pending_review",
      interceptionFailed: true,
      deadlineAt: new Date(due.getTime() + 48 * HOUR),
      deadlineAction: "auto_refund",
    });
    expect(events).toMatchObject([
      {
        action: "platform_timer.interception_timeout",
        why: "物流拦截 72 小时内未成功，退回待商家处理",
        data: { rule: "interception_timeout", deadlineAction: "back_to_review" },
      },
    ]);
  });

  it("72 h evidence → back to 待商家处理", async () => {
    const { events } = await fire({
      status: "awaiting_evidence",
      evidenceRequested: true,
      deadlineAt: at(72 * HOUR),
      deadlineAction: "back_to_review",
    });
    expect(events[0]).toMatchObject({ action: "platform_timer.evidence_timeout", toStatus: "pending_review" });
  });

  it("a stray deadline no rule owns (平台介入中) is cleared, not claimed forever", async () => {
    const { ticket, events } = await fire({ status: "platform_intervention", deadlineAt: at(HOUR) });
    expect(ticket).toMatchObject({ status: "platform_intervention", deadlineAt: null });
    expect(events).toMatchObject([{ action: "platform_timer.no_rule" }]);
  });
});

describe("applyDueDeadlines: scope and batches", () => {
  it("walks several batches and only the given shop", async () => {
    const f = await createShop(db);
    const g = await createShop(db);
    const order = await createOrder(db, f);
    for (let i = 0; i < 7; i++) await createTicket(db, f, order, { deadlineAt: at(i * HOUR) });
    await createTicket(db, g, await createOrder(db, g), { deadlineAt: at(0) });
    expect(await applyDueDeadlines(db, { now: at(DAY), shopId: f.shopId, batchSize: 3 })).toBe(7);
    expect(await applyDueDeadlines(db, { now: at(DAY), shopId: f.shopId, batchSize: 3 })).toBe(0);
    expect(await applyDueDeadlines(db, { now: at(DAY), shopId: g.shopId })).toBe(1);
  });
});
