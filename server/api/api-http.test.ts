// The Open API over real HTTP: the app/api/v1 route handlers behind a node:http server, a real Postgres, API keys
// made by the key service. Each route's success, shop isolation and authentication. Refusals and bad input:
// api-http-errors.test.ts and api-http-never-500.test.ts; every verb's success: api-http-verbs.test.ts.
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { apiKeys, ticketEvents } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { createOrder, type ShopFixture } from "../tickets/actions/test-fixtures";
import { revokeApiKey } from "./keys";
import { createTestKey, freshTicket, useApiTestbed } from "./testing";

const { db } = await useTestDb();
const api = useApiTestbed(db);
const fresh = (f: ShopFixture, over: Parameters<typeof freshTicket>[2] = {}) => freshTicket(db, f, over);

describe("GET /api/v1/tickets", () => {
  test("lists the key's shop only, with workbench filters and a keyset cursor", async () => {
    const mine = [
      await fresh(api.a),
      await fresh(api.a),
      await fresh(api.a, { type: "return_refund", requestedFen: 5_000 }),
    ];
    const theirs = await fresh(api.b);
    const page1 = await api.call("/api/v1/tickets?sort=newest&limit=2", { key: api.readKey });
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api.call(`/api/v1/tickets?sort=newest&limit=2&cursor=${page1.body.nextCursor}`, {
      key: api.readKey,
    });
    expect(page2.status).toBe(200);
    const ids = [...page1.body.items, ...page2.body.items].map((t: { id: number }) => t.id);
    expect(ids.sort()).toEqual(mine.map((t) => t.id).sort());
    expect(ids).not.toContain(theirs.id);
    expect(page2.body.nextCursor).toBeNull();

    const filtered = await api.call("/api/v1/tickets?types=return_refund,exchange&amountMaxFen=6000", {
      key: api.readKey,
    });
    expect(filtered.body.items.map((t: { id: number }) => t.id)).toEqual([mine[2].id]);
    const quick = await api.call("/api/v1/tickets?quick=pendingReview", { key: api.readKey });
    expect(quick.body.items).toHaveLength(3);
    const byAmount = await api.call("/api/v1/tickets?unassigned=true&sort=amount&statuses=pending_review", {
      key: api.readKey,
    });
    expect(byAmount.body.items.map((t: { id: number }) => t.id)).toEqual([mine[1].id, mine[0].id, mine[2].id]);
  });
});

describe("GET /api/v1/tickets/{id}", () => {
  test("answers the ticket with its order and timeline; another shop's ticket is 404", async () => {
    const t = await fresh(api.a);
    await db.insert(ticketEvents).values({
      shopId: api.a.shopId,
      ticketId: t.id,
      at: new Date(),
      actorKind: "buyer",
      actorName: "买家",
      action: "apply",
      toStatus: "pending_review",
    });
    const r = await api.call(`/api/v1/tickets/${t.id}`, { key: api.actKey });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ id: t.id, status: "pending_review", version: t.version });
    expect(r.body.order.items).toHaveLength(1);
    expect(r.body.timeline.map((e: { action: string }) => e.action)).toEqual(["apply"]);
    expect(r.body.allowedActions.find((x: { action: string }) => x.action === "approve")).toEqual({
      action: "approve",
      allowed: true,
    });

    const other = await api.call(`/api/v1/tickets/${t.id}`, { key: api.keyOfB });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("NOT_FOUND");
  });

  test("a read-only key is told it may not act on anything", async () => {
    const t = await fresh(api.a);
    const r = await api.call(`/api/v1/tickets/${t.id}`, { key: api.readKey });
    expect(r.body.allowedActions.every((x: { allowed: boolean }) => !x.allowed)).toBe(true);
  });
});

describe("POST /api/v1/tickets/{id}/actions/{action}", () => {
  test("approve refunds a refund-only ticket once, on the timeline as the key", async () => {
    const t = await fresh(api.a);
    const r = await api.call(`/api/v1/tickets/${t.id}/actions/approve`, {
      key: api.actKey,
      body: { version: t.version },
    });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ id: t.id, status: "refunded", refundedFen: 9_900, version: t.version + 1 });
    const [event] = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, t.id));
    expect(event).toMatchObject({ action: "approve", actorName: "开放接口·ERP", actorId: api.a.owner.id });
  });

  test("the other verbs work through the same engine: note, message, tag, request_evidence, reject", async () => {
    const t = await fresh(api.a, { reason: "quality_issue", responsibility: "merchant" });
    let v = t.version;
    const note = await api.call(`/api/v1/tickets/${t.id}/actions/note`, {
      key: api.actKey,
      body: { version: v, text: "已登记" },
    });
    expect(note.status).toBe(200);
    const message = await api.call(`/api/v1/tickets/${t.id}/actions/message`, {
      key: api.actKey,
      body: { version: v, text: "您好，已为您登记，预计明天处理" },
    });
    expect(message.status).toBe(200);
    expect(message.body.ticket.version).toBe(v);
    const blank = await api.call(`/api/v1/tickets/${t.id}/actions/message`, {
      key: api.actKey,
      body: { version: v, text: "  " },
    });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain("消息不能为空");
    const tag = await api.call(`/api/v1/tickets/${t.id}/actions/tag`, {
      key: api.actKey,
      body: { version: v, add: ["ERP"] },
    });
    expect(tag.body.ticket.tags).toEqual(["ERP"]);
    v = tag.body.ticket.version;
    const ev = await api.call(`/api/v1/tickets/${t.id}/actions/request_evidence`, {
      key: api.actKey,
      body: { version: v },
    });
    expect(ev.body.ticket.status).toBe("awaiting_evidence");
    const t2 = await fresh(api.a);
    const rej = await api.call(`/api/v1/tickets/${t2.id}/actions/reject`, {
      key: api.actKey,
      body: { version: t2.version, rejectReason: "商品已使用，不支持退款" },
    });
    expect(rej.status).toBe(200);
    expect(rej.body.ticket).toMatchObject({ status: "rejected", rejectReason: "商品已使用，不支持退款" });
  });
});

describe("POST /api/v1/tickets (代客发起售后)", () => {
  test("creates a proxy ticket: 201; a coupon-pack order is refused with the rule", async () => {
    const order = await createOrder(db, api.a);
    const r = await api.call("/api/v1/tickets", {
      key: api.actKey,
      body: { orderId: order.id, type: "refund_only", reason: "quality_issue", amountFen: 5_000 },
    });
    expect(r.status).toBe(201);
    expect(r.body.ticket).toMatchObject({ orderId: order.id, status: "proxy_pending", origin: "proxy" });
    const coupon = await createOrder(db, api.a, { kind: "coupon_pack" });
    const refused = await api.call("/api/v1/tickets", {
      key: api.actKey,
      body: { orderId: coupon.id, type: "refund_only", reason: "quality_issue", amountFen: 100 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.reason).toBe("PROXY_ORDER_KIND_UNSUPPORTED");
    const ofB = await createOrder(db, api.b);
    const cross = await api.call("/api/v1/tickets", {
      key: api.actKey,
      body: { orderId: ofB.id, type: "refund_only", reason: "quality_issue", amountFen: 100 },
    });
    expect(cross.status).toBe(404);
  });
});

describe("authentication", () => {
  test("no key, a malformed key or an unknown key is 401", async () => {
    const none = await api.call("/api/v1/tickets");
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: "UNAUTHORIZED", field: "Authorization" });
    expect((await api.call("/api/v1/tickets", { headers: { authorization: "Basic abc" } })).status).toBe(401);
    expect((await api.call("/api/v1/tickets", { key: "shk_short" })).status).toBe(401);
    expect((await api.call("/api/v1/tickets", { key: `shk_${"x".repeat(40)}` })).status).toBe(401);
  });

  test("a revoked key is 401 at once", async () => {
    const k = await createTestKey(db, api.a.owner, "act", "临时");
    expect((await api.call("/api/v1/tickets", { key: k.key })).status).toBe(200);
    await revokeApiKey(db, { shopId: api.a.shopId, member: { ...api.a.owner, canManageSettings: true } }, { id: k.id });
    const r = await api.call("/api/v1/tickets", { key: k.key });
    expect(r.status).toBe(401);
    expect(r.body.error.message).toContain("吊销");
  });

  test("a key whose creator left the shop is 401", async () => {
    const k = await createTestKey(db, api.a.lead, "read", "主管的密钥");
    await db.update(apiKeys).set({ createdBy: "m_gone" }).where(eq(apiKeys.id, k.id));
    expect((await api.call("/api/v1/tickets", { key: k.key })).status).toBe(401);
  });

  test("answers carry the rate-limit headers and record last use", async () => {
    const k = await createTestKey(db, api.a.owner, "read", "计数");
    const r = await api.call("/api/v1/tickets", { key: k.key });
    expect(r.headers.get("x-ratelimit-limit")).toBe("120");
    expect(r.headers.get("x-ratelimit-remaining")).toBe("119");
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, k.id));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });
});

test("an unknown /api/v1 path is a JSON 404, and openapi.json needs no key", async () => {
  const r = await api.call("/api/v1/orders", { key: api.readKey });
  expect(r.status).toBe(404);
  expect(r.body.error.code).toBe("NOT_FOUND");
  const doc = await api.call("/api/v1/openapi.json");
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe("3.1.0");
});
