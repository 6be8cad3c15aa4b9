// Returns, reships and 代客发起售后 (SPEC §3 later states, §4 tools), on a real database.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../../tests/db";
import { cancelProxy } from "./cancel-proxy";
import { confirmReceipt } from "./confirm-receipt";
import { initiateForBuyer } from "./initiate-for-buyer";
import { provideReissueWaybill } from "./provide-reissue-waybill";
import { shipExchange } from "./ship-exchange";
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
import { uploadReturnWaybill } from "./upload-return-waybill";

const { db } = await useTestDb();
const f = await createShop(db);
const ctx = ctxOf(f.handler);
const signedReturn = {
  type: "return_refund" as const,
  status: "awaiting_receipt" as const,
  deadlineAt: at(5 * DAY),
  returnWaybill: "YT1234567890",
  returnStatus: "signed" as const,
};

describe("confirm receipt", () => {
  it("退货退款: refunded, one refund row", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), signedReturn);
    await confirmReceipt(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket, refunds, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "refunded", refundedFen: 9_900, deadlineAt: null });
    expect(refunds).toMatchObject([{ amountFen: 9_900, by: "agent" }]);
    expect(events).toMatchObject([{ action: "confirm_receipt", fromStatus: "awaiting_receipt", toStatus: "refunded" }]);
    expect(outbox).toMatchObject([{ action: "confirm_receipt", payload: { amountFen: 9_900 } }]);
  });

  it("换货: 待换货发出 with 48 h, no money", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), { ...signedReturn, type: "exchange" });
    await confirmReceipt(db, ctx, { ticketId: t.id, version: 1 });
    const { ticket, refunds } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "awaiting_exchange_ship",
      deadlineAt: at(48 * HOUR),
      deadlineAction: "flag_late",
    });
    expect(refunds).toEqual([]);
  });
});

describe("upload return waybill (帮买家上传退货单号)", () => {
  const awaitingReturn = {
    status: "awaiting_return" as const,
    deadlineAt: at(5 * DAY),
    deadlineAction: "auto_close" as const,
  };

  it("moves on as if the buyer had submitted it; allowed without 售后处理权限", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      type: "return_refund",
      ...awaitingReturn,
    });
    await uploadReturnWaybill(db, ctxOf(f.viewer), {
      ticketId: t.id,
      version: 1,
      carrier: "圆通",
      waybill: " YT9988776655 ",
    });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "awaiting_receipt",
      deadlineAt: at(10 * DAY),
      deadlineAction: "auto_refund",
      returnCarrier: "圆通",
      returnWaybill: "YT9988776655",
      returnStatus: "shipped",
      returnShippedAt: T0,
    });
    expect(events).toMatchObject([{ action: "upload_return_waybill", actorName: "客服小赵" }]);
    expect(outbox).toMatchObject([{ action: "upload_return_waybill", payload: { waybill: "YT9988776655" } }]);
  });

  it("换货: the receipt deadline auto-confirms instead of refunding", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), { type: "exchange", ...awaitingReturn });
    await uploadReturnWaybill(db, ctx, { ticketId: t.id, version: 1, carrier: "圆通", waybill: "YT9988776655" });
    expect((await traces(db, t.id)).ticket.deadlineAction).toBe("auto_confirm_receipt");
  });

  it("a malformed waybill is refused with the rule's text", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      type: "return_refund",
      ...awaitingReturn,
    });
    const e = await domainError(
      uploadReturnWaybill(db, ctx, { ticketId: t.id, version: 1, carrier: "圆通", waybill: "号码" }),
    );
    expect(e).toMatchObject({ code: "ACTION_NOT_ALLOWED", message: expect.stringContaining("运单号格式不正确") });
  });
});

describe("reissue and exchange reship", () => {
  it("补发 within 24 h: completed, not late", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      type: "reissue",
      reason: "missing_item",
      status: "awaiting_reissue",
      deadlineAt: at(HOUR),
      deadlineAction: "flag_late",
    });
    await provideReissueWaybill(db, ctx, { ticketId: t.id, version: 1, carrier: "中通", waybill: "ZT5566778899" });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({
      status: "completed",
      lateFlag: false,
      reshipCarrier: "中通",
      reshipWaybill: "ZT5566778899",
      deadlineAt: null,
      handledBy: "agent",
    });
    expect(events).toMatchObject([{ action: "provide_reissue_waybill", toStatus: "completed" }]);
    expect(outbox.map((o) => o.action)).toEqual(["provide_reissue_waybill"]);
  });

  it("补发 after 24 h: completed and counted as 延迟发货", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      type: "reissue",
      reason: "missing_item",
      status: "awaiting_reissue",
      deadlineAt: at(-HOUR),
      deadlineAction: "flag_late",
    });
    const r = await provideReissueWaybill(db, ctx, {
      ticketId: t.id,
      version: 1,
      carrier: "中通",
      waybill: "ZT5566778899",
    });
    expect(r.hints).toContain("HINT_LATE_SHIPMENT");
    expect((await traces(db, t.id)).ticket).toMatchObject({ status: "completed", lateFlag: true });
  });

  it("换货发出: completed with the reship waybill", async () => {
    const t = await createTicket(db, f, await createOrder(db, f, inTransit), {
      type: "exchange",
      status: "awaiting_exchange_ship",
      deadlineAt: at(HOUR),
      deadlineAction: "flag_late",
    });
    await shipExchange(db, ctx, { ticketId: t.id, version: 1, carrier: "顺丰", waybill: "SF1234567890" });
    const { ticket, events, outbox } = await traces(db, t.id);
    expect(ticket).toMatchObject({ status: "completed", reshipCarrier: "顺丰", reshipWaybill: "SF1234567890" });
    expect(events).toMatchObject([{ action: "ship_exchange" }]);
    expect(outbox).toMatchObject([{ action: "ship_exchange", payload: { carrier: "顺丰" } }]);
  });
});

describe("代客发起售后 and its cancel", () => {
  it("an agent without 售后处理权限 initiates: 代客发起待确认 for 24 h, origin proxy", async () => {
    const order = await createOrder(db, f, inTransit);
    const r = await initiateForBuyer(db, ctxOf(f.viewer), {
      orderId: order.id,
      type: "refund_only",
      reason: "no_longer_wanted",
      amountFen: 5_000,
      statement: "买家电话里说不要了",
    });
    const { ticket, events, outbox } = await traces(db, r.ticket.id);
    expect(ticket).toMatchObject({
      shopId: f.shopId,
      orderId: order.id,
      status: "proxy_pending",
      origin: "proxy",
      requestedFen: 5_000,
      responsibility: "buyer",
      deadlineAt: at(24 * HOUR),
      deadlineAction: "expire_proxy",
      appliedAt: T0,
      carrier: "中通",
      orderLogisticsStatus: "in_transit",
      assigneeId: f.viewer.id,
      version: 1,
    });
    expect(events).toMatchObject([
      { action: "initiate_for_buyer", actorName: "客服小赵", fromStatus: null, toStatus: "proxy_pending" },
    ]);
    expect(outbox).toMatchObject([{ action: "initiate_for_buyer", payload: { amountFen: 5_000, orderId: order.id } }]);
  });

  it("not for 券包 orders, not above the paid amount, not twice for one order", async () => {
    const coupon = await createOrder(db, f, { kind: "coupon_pack" });
    const input = {
      orderId: coupon.id,
      type: "refund_only" as const,
      reason: "no_longer_wanted" as const,
      amountFen: 100,
    };
    const e1 = await domainError(initiateForBuyer(db, ctx, input));
    expect(e1.details.reason).toBe("PROXY_ORDER_KIND_UNSUPPORTED");
    const order = await createOrder(db, f);
    const e2 = await domainError(initiateForBuyer(db, ctx, { ...input, orderId: order.id, amountFen: 9_901 }));
    expect(e2.details.reason).toBe("AMOUNT_EXCEEDS_PAID");
    await initiateForBuyer(db, ctx, { ...input, orderId: order.id });
    const e3 = await domainError(initiateForBuyer(db, ctx, { ...input, orderId: order.id }));
    expect(e3).toMatchObject({ code: "ACTION_NOT_ALLOWED", details: { reason: "OPEN_TICKET_EXISTS" } });
  });

  it("another shop's order is not found", async () => {
    const other = await createShop(db);
    const order = await createOrder(db, other);
    const input = { orderId: order.id, type: "refund_only" as const, reason: "wrong_order" as const, amountFen: 100 };
    expect((await domainError(initiateForBuyer(db, ctx, input))).code).toBe("NOT_FOUND");
  });

  it("cancel: closed, the buyer is told", async () => {
    const order = await createOrder(db, f);
    const r = await initiateForBuyer(db, ctxOf(f.viewer), {
      orderId: order.id,
      type: "return_refund",
      reason: "seven_day_no_reason",
      amountFen: 9_900,
    });
    await cancelProxy(db, ctxOf(f.viewer), { ticketId: r.ticket.id, version: 1 });
    const { ticket, events, outbox } = await traces(db, r.ticket.id);
    expect(ticket).toMatchObject({ status: "closed", deadlineAt: null, endedAt: T0, handledBy: "agent" });
    expect(events.map((e) => e.action)).toEqual(["initiate_for_buyer", "cancel_proxy"]);
    expect(events[1].why).toBe("商家已取消代客发起售后");
    expect(outbox.map((o) => o.action)).toEqual(["initiate_for_buyer", "cancel_proxy"]);
  });
});
