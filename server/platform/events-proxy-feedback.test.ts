// 代客发起 confirm/reject (SPEC §4), 售后评价 and 客服会话 events.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { conversations, members, ratings, refunds, ticketEvents, user } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import type { Ticket } from "../tickets/transition";
import {
  appliedData,
  at,
  createTestShop,
  deliverAll,
  ev,
  forceTicket,
  orderCreatedData,
  type TestShop,
  ticketOf,
} from "./testing";

const { db } = await useTestDb();
let shop: TestShop;
beforeAll(async () => {
  shop = await createTestShop(db);
});

let n = 0;
/** A 代客发起 card waiting for the buyer (set up directly: the agent's side is not this module's). */
async function proxyCard(over: Parameters<typeof appliedData>[2]): Promise<Ticket> {
  n++;
  await deliverAll(db, shop, [
    ev(shop, "order.created", orderCreatedData(`o_p${n}`)),
    ev(shop, "ticket.applied", appliedData(`o_p${n}`, `px_${n}`, over)),
  ]);
  const t = await ticketOf(db, shop, `px_${n}`);
  await forceTicket(db, t.id, {
    status: "proxy_pending",
    origin: "proxy",
    deadlineAt: new Date(at(1440)),
    deadlineAction: "expire_proxy",
  });
  return ticketOf(db, shop, `px_${n}`);
}
const ref = (t: Ticket) => ({ externalId: t.externalId, orderId: t.orderId });

describe("proxy.confirmed", () => {
  test("仅退款 with a buyer reason: refunded at once, no second review", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "wrong_order", requestedFen: 9_900 });
    await deliverAll(db, shop, [ev(shop, "proxy.confirmed", ref(t), 30)]);
    const after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({ status: "refunded", refundedFen: 9_900, handledBy: "platform" });
    expect(after.firstDecisionAt?.toISOString()).toBe(at(30));
    const actions = (await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, t.id))).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["buyer.proxy_confirm", "platform.proxy_auto_approve"]);
    expect(await db.select().from(refunds).where(eq(refunds.ticketId, t.id))).toHaveLength(1);
  });

  test("仅退款 with a merchant reason: 待商家处理 with the review deadline from the confirm", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "quality_issue" });
    await deliverAll(db, shop, [ev(shop, "proxy.confirmed", ref(t), 30)]);
    const after = await ticketOf(db, shop, t.externalId);
    expect(after).toMatchObject({ status: "pending_review", deadlineAction: "auto_refund", refundedFen: 0 });
    expect(after.deadlineAt?.toISOString()).toBe(at(30 + 48 * 60));
  });

  test("the buyer's edits apply before the outcome is decided", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "no_longer_wanted", requestedFen: 9_900 });
    const changes = { type: "return_refund", reason: "not_as_described", requestedFen: 12_000 } as const;
    await deliverAll(db, shop, [ev(shop, "proxy.confirmed", { ...ref(t), changes }, 30)]);
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({
      status: "pending_review",
      type: "return_refund",
      reason: "not_as_described",
      responsibility: "merchant",
      requestedFen: 12_000,
      deadlineAction: "auto_approve_return",
    });
  });

  test("an edited amount above the paid amount is refused", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "no_longer_wanted" });
    const r = await deliverAll(db, shop, [
      ev(shop, "proxy.confirmed", { ...ref(t), changes: { requestedFen: 50_000 } }, 30),
    ]);
    expect(r.failed).toBe(1);
    expect(await ticketOf(db, shop, t.externalId)).toMatchObject({ status: "proxy_pending" });
  });
});

test("proxy.rejected: the card is closed by the buyer", async () => {
  const t = await proxyCard({ type: "refund_only", reason: "no_longer_wanted" });
  await deliverAll(db, shop, [ev(shop, "proxy.rejected", ref(t), 30)]);
  expect(await ticketOf(db, shop, t.externalId)).toMatchObject({ status: "closed", handledBy: "buyer" });
});

describe("rating.created", () => {
  test("one rating on an ended ticket; a repeat changes nothing", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "wrong_order" });
    await deliverAll(db, shop, [
      ev(shop, "proxy.confirmed", ref(t), 30),
      ev(shop, "rating.created", { ...ref(t), stars: 5, comment: "退款很快" }, 60),
      ev(shop, "rating.created", { ...ref(t), stars: 1 }, 61),
    ]);
    const rows = await db.select().from(ratings).where(eq(ratings.ticketId, t.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ stars: 5, comment: "退款很快", shopId: shop.id });
  });

  test("a rating on an open ticket is refused", async () => {
    const t = await proxyCard({ type: "refund_only", reason: "wrong_order" });
    const r = await deliverAll(db, shop, [ev(shop, "rating.created", { ...ref(t), stars: 4 }, 60)]);
    expect(r.failed).toBe(1);
    expect(await db.select().from(ratings).where(eq(ratings.ticketId, t.id))).toHaveLength(0);
  });
});

describe("conversation.created", () => {
  test("stores the conversation with its agent; again with the same id updates it", async () => {
    const userId = randomUUID();
    await db.insert(user).values({ id: userId, name: "客服小美", email: `${userId}@example.com` });
    const [m] = await db
      .insert(members)
      .values({ id: `m_${userId}`, shopId: shop.id, userId, displayName: "客服小美", role: "agent" })
      .returning();
    await deliverAll(db, shop, [ev(shop, "order.created", orderCreatedData("o_conv"))]);
    const data = { id: "cv_1", buyerId: "b_o_conv", agentMemberId: m?.id, startedAt: at(0), firstReplyAt: at(2) };
    await deliverAll(db, shop, [ev(shop, "conversation.created", data, 2)]);
    await deliverAll(db, shop, [ev(shop, "conversation.created", { ...data, rating: 5 }, 30)]);
    const rows = await db.select().from(conversations).where(eq(conversations.id, "cv_1"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ agentId: m?.id, buyerId: "b_o_conv", rating: 5 });
    expect(rows[0]?.firstReplyAt?.toISOString()).toBe(at(2));
  });

  test("an agent who is not a member of the shop is refused", async () => {
    const r = await deliverAll(db, shop, [
      ev(shop, "conversation.created", { id: "cv_2", agentMemberId: "m_nobody", startedAt: at(0) }),
    ]);
    expect(r.failed).toBe(1);
    expect(await db.select().from(conversations).where(eq(conversations.id, "cv_2"))).toHaveLength(0);
  });
});
