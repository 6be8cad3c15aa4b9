// 售后单详情: the facts, the timeline, and what the rules allow this member to do now.
import { describe, expect, it } from "vitest";
import { logisticsScans, ratings } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { approve } from "./actions/approve";
import { assign } from "./actions/assign";
import {
  at,
  createOrder,
  createShop,
  createTicket,
  ctxOf,
  domainError,
  HOUR,
  inTransit,
} from "./actions/test-fixtures";
import { getTicketDetail } from "./detail";

const { db } = await useTestDb();
const f = await createShop(db);

describe("getTicketDetail", () => {
  it("order and items, scans both ways, timeline, assignee, allowed actions, hints and interception", async () => {
    const order = await createOrder(db, f, inTransit);
    const t = await createTicket(db, f, order);
    await assign(db, ctxOf(f.lead), { ticketId: t.id, version: 1, assigneeId: f.handler.id });
    const scan = { shopId: f.shopId, orderId: order.id, carrier: "中通", waybill: "ZT7700112233", description: "" };
    await db.insert(logisticsScans).values([
      { ...scan, direction: "forward", status: "in_transit", at: at(-2 * HOUR) },
      { ...scan, direction: "forward", status: "collected", at: at(-20 * HOUR) },
      {
        ...scan,
        direction: "return",
        ticketId: t.id,
        waybill: "YT1",
        carrier: "圆通",
        status: "shipped",
        at: at(-HOUR),
      },
    ]);
    const d = await getTicketDetail(db, ctxOf(f.handler), t.id);
    expect(d.ticket).toMatchObject({ id: t.id, version: 2 });
    expect(d.order).toMatchObject({ id: order.id, items: [{ title: "纯棉T恤 白色 L", qty: 1 }] });
    expect(d.forwardScans.map((s) => s.status)).toEqual(["collected", "in_transit"]);
    expect(d.returnScans.map((s) => s.waybill)).toEqual(["YT1"]);
    expect(d.timeline.map((e) => e.action)).toEqual(["assign"]);
    expect(d.assignee).toEqual({ id: f.handler.id, displayName: "客服小李" });
    expect(d.refund).toBeNull();
    const allowed = d.allowedActions.filter((x) => x.allowed).map((x) => x.action);
    expect(allowed).toEqual(
      expect.arrayContaining(["approve", "reject", "request_interception", "agree_refusal_refund"]),
    );
    expect(d.hints).toContain("HINT_INTERCEPT_DONT_REJECT");
    expect(d.interception.eligible).toBe(true);
    expect(d.interception.conditions).toHaveLength(8);
  });

  it("for an agent without 售后处理权限 the decisions are disabled with the reason", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    const d = await getTicketDetail(db, ctxOf(f.viewer), t.id);
    expect(d.allowedActions.find((x) => x.action === "approve")).toMatchObject({
      allowed: false,
      code: "NO_PERMISSION",
    });
    expect(d.allowedActions.find((x) => x.action === "note")).toMatchObject({ allowed: true });
    expect(d.interception.conditions.find((c) => !c.pass)?.code).toBe("INTERCEPT_CARRIER_SUPPORTED");
  });

  it("after the end: the refund row and the rating", async () => {
    const t = await createTicket(db, f, await createOrder(db, f));
    await approve(db, ctxOf(f.handler), { ticketId: t.id, version: 1 });
    await db.insert(ratings).values({ ticketId: t.id, shopId: f.shopId, stars: 5, at: at(HOUR) });
    const d = await getTicketDetail(db, ctxOf(f.handler), t.id);
    expect(d.refund).toMatchObject({ amountFen: 9_900, by: "agent" });
    expect(d.rating).toMatchObject({ stars: 5 });
    expect(d.hints).toEqual([]);
  });

  it("another shop's ticket is not found", async () => {
    const other = await createShop(db);
    const t = await createTicket(db, other, await createOrder(db, other));
    expect((await domainError(getTicketDetail(db, ctxOf(f.owner), t.id))).code).toBe("NOT_FOUND");
  });
});
