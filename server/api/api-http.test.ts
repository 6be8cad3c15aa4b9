// The Open API over real HTTP: the app/api/v1 route handlers behind a node:http server, a real Postgres, API keys
// made by the key service. Each route's success, shop isolation, scopes, revocation, conflicts and bad input.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiKeys, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import {
  createOrder,
  createShop,
  createTicket,
  HOUR,
  inTransit,
  type ShopFixture,
} from "../tickets/actions/test-fixtures";
import { revokeApiKey } from "./keys";
import { apiClient, createTestKey, startApiServer } from "./testing";

const { db } = await useTestDb();
let server: Awaited<ReturnType<typeof startApiServer>>;
let call: ReturnType<typeof apiClient>;
let a: ShopFixture;
let b: ShopFixture;
let actKey: string;
let readKey: string;
let keyOfB: string;

// Tickets live on the app clock (the fixture shops are sandbox shops at offset 0, i.e. the wall clock).
const fresh = async (f: ShopFixture, over: Parameters<typeof createTicket>[3] = {}) => {
  const order = await createOrder(db, f, { paidAt: new Date(Date.now() - 3 * 24 * HOUR) });
  return createTicket(db, f, order, {
    appliedAt: new Date(Date.now() - HOUR),
    updatedAt: new Date(Date.now() - HOUR),
    deadlineAt: new Date(Date.now() + 47 * HOUR),
    ...over,
  });
};

beforeAll(async () => {
  server = await startApiServer();
  call = apiClient(server.url);
  a = await createShop(db);
  b = await createShop(db);
  actKey = (await createTestKey(db, a.owner, "act")).key;
  readKey = (await createTestKey(db, a.owner, "read", "CRM 只读")).key;
  keyOfB = (await createTestKey(db, b.owner, "act")).key;
});
afterAll(() => server?.close());

describe("GET /api/v1/tickets", () => {
  test("lists the key's shop only, with workbench filters and a keyset cursor", async () => {
    const mine = [await fresh(a), await fresh(a), await fresh(a, { type: "return_refund", requestedFen: 5_000 })];
    const theirs = await fresh(b);
    const page1 = await call("/api/v1/tickets?sort=newest&limit=2", { key: readKey });
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await call(`/api/v1/tickets?sort=newest&limit=2&cursor=${page1.body.nextCursor}`, { key: readKey });
    expect(page2.status).toBe(200);
    const ids = [...page1.body.items, ...page2.body.items].map((t: { id: number }) => t.id);
    expect(ids.sort()).toEqual(mine.map((t) => t.id).sort());
    expect(ids).not.toContain(theirs.id);
    expect(page2.body.nextCursor).toBeNull();

    const filtered = await call("/api/v1/tickets?types=return_refund,exchange&amountMaxFen=6000", { key: readKey });
    expect(filtered.body.items.map((t: { id: number }) => t.id)).toEqual([mine[2].id]);
    const quick = await call("/api/v1/tickets?quick=pendingReview", { key: readKey });
    expect(quick.body.items).toHaveLength(3);
    const byAmount = await call("/api/v1/tickets?unassigned=true&sort=amount&statuses=pending_review", {
      key: readKey,
    });
    expect(byAmount.body.items.map((t: { id: number }) => t.id)).toEqual([mine[1].id, mine[0].id, mine[2].id]);
  });

  test("a bad or unknown query parameter is 400 naming it, never a 500", async () => {
    for (const [q, field] of [
      ["quick=nope", "quick"],
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["statuses=pending_review,bogus", "statuses.1"],
      ["cursor=not-a-cursor", "cursor"],
      ["appliedFrom=yesterday", "appliedFrom"],
      ["colour=red", "colour"],
    ]) {
      const r = await call(`/api/v1/tickets?${q}`, { key: readKey });
      expect(r.status, q).toBe(400);
      expect(r.body.error).toMatchObject({ code: "INVALID_INPUT", field });
      expect(r.body.error.message).toEqual(expect.any(String));
    }
  });
});

describe("GET /api/v1/tickets/{id}", () => {
  test("answers the ticket with its order and timeline; another shop's ticket is 404", async () => {
    const t = await fresh(a);
    await db.insert(ticketEvents).values({
      shopId: a.shopId,
      ticketId: t.id,
      at: new Date(),
      actorKind: "buyer",
      actorName: "买家",
      action: "apply",
      toStatus: "pending_review",
    });
    const r = await call(`/api/v1/tickets/${t.id}`, { key: actKey });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ id: t.id, status: "pending_review", version: t.version });
    expect(r.body.order.items).toHaveLength(1);
    expect(r.body.timeline.map((e: { action: string }) => e.action)).toEqual(["apply"]);
    expect(r.body.allowedActions.find((x: { action: string }) => x.action === "approve")).toEqual({
      action: "approve",
      allowed: true,
    });

    const other = await call(`/api/v1/tickets/${t.id}`, { key: keyOfB });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("NOT_FOUND");
  });

  test("a read-only key is told it may not act on anything", async () => {
    const t = await fresh(a);
    const r = await call(`/api/v1/tickets/${t.id}`, { key: readKey });
    expect(r.body.allowedActions.every((x: { allowed: boolean }) => !x.allowed)).toBe(true);
  });

  test("a malformed or out-of-range id is 400, an unknown one 404", async () => {
    for (const id of ["abc", "0", "-1", "1.5", "99999999999999999999"]) {
      const r = await call(`/api/v1/tickets/${id}`, { key: readKey });
      expect(r.status, id).toBe(400);
      expect(r.body.error.field).toBe("id");
    }
    expect((await call("/api/v1/tickets/987654321", { key: readKey })).status).toBe(404);
  });
});

describe("POST /api/v1/tickets/{id}/actions/{action}", () => {
  test("approve refunds a refund-only ticket once, on the timeline as the key", async () => {
    const t = await fresh(a);
    const r = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: { version: t.version } });
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ id: t.id, status: "refunded", refundedFen: 9_900, version: t.version + 1 });
    const [event] = await db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, t.id));
    expect(event).toMatchObject({ action: "approve", actorName: "开放接口·ERP", actorId: a.owner.id });
  });

  test("the other verbs work through the same engine: note, tag, request_evidence, reject", async () => {
    const t = await fresh(a, { reason: "quality_issue", responsibility: "merchant" });
    let v = t.version;
    const note = await call(`/api/v1/tickets/${t.id}/actions/note`, { key: actKey, body: { text: "ERP 已登记" } });
    expect(note.status).toBe(200);
    const tag = await call(`/api/v1/tickets/${t.id}/actions/tag`, { key: actKey, body: { version: v, add: ["ERP"] } });
    expect(tag.body.ticket.tags).toEqual(["ERP"]);
    v = tag.body.ticket.version;
    const ev = await call(`/api/v1/tickets/${t.id}/actions/request_evidence`, { key: actKey, body: { version: v } });
    expect(ev.body.ticket.status).toBe("awaiting_evidence");
    const t2 = await fresh(a);
    const rej = await call(`/api/v1/tickets/${t2.id}/actions/reject`, {
      key: actKey,
      body: { version: t2.version, rejectReason: "商品已使用，不支持退款" },
    });
    expect(rej.status).toBe(200);
    expect(rej.body.ticket).toMatchObject({ status: "rejected", rejectReason: "商品已使用，不支持退款" });
  });

  test("a read-scoped key cannot act: 403 and nothing changes", async () => {
    const t = await fresh(a);
    const r = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: readKey, body: { version: t.version } });
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: "FORBIDDEN", field: "Authorization" });
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row).toMatchObject({ status: "pending_review", version: t.version, refundedFen: 0 });
  });

  test("a key of shop B gets 404 for shop A's ticket and changes nothing", async () => {
    const t = await fresh(a);
    const r = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: keyOfB, body: { version: t.version } });
    expect(r.status).toBe(404);
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row.status).toBe("pending_review");
  });

  test("a stale version is 409 with who acted and when", async () => {
    const t = await fresh(a);
    const first = await call(`/api/v1/tickets/${t.id}/actions/tag`, {
      key: actKey,
      body: { version: t.version, add: ["x"] },
    });
    expect(first.status).toBe(200);
    const stale = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: { version: t.version } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("TICKET_VERSION_CONFLICT");
    expect(stale.body.error.message).toMatch(/^已被 开放接口·ERP 于 \d{2}:\d{2} 处理，请查看最新状态$/);
    expect(stale.body.error.params).toMatchObject({ version: t.version + 1 });
  });

  test("the rules' refusals are 422 with the rule code; bad bodies are 400 naming the field", async () => {
    const t = await fresh(a);
    const noReason = await call(`/api/v1/tickets/${t.id}/actions/reject`, {
      key: actKey,
      body: { version: t.version },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: "ACTION_NOT_ALLOWED", reason: "REJECT_REASON_REQUIRED" });
    const noVersion = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: {} });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error).toMatchObject({ code: "INVALID_INPUT", field: "version" });
    const notJson = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: "{version:" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.field).toBe("body");
    const array = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: "[1]" });
    expect(array.status).toBe(400);
    const huge = await call(`/api/v1/tickets/${t.id}/actions/note`, {
      key: actKey,
      body: { text: "x", pad: "y".repeat(70_000) },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.field).toBe("body");
    const wrongType = await call(`/api/v1/tickets/${t.id}/actions/approve`, { key: actKey, body: { version: "1" } });
    expect(wrongType.status).toBe(400);
    const unknown = await call(`/api/v1/tickets/${t.id}/actions/launch`, { key: actKey, body: { version: 1 } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe("action");
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row.version).toBe(t.version);
  });

  test("the rules still apply to the key: 物流拦截 says which condition fails", async () => {
    const order = await createOrder(db, a, { ...inTransit, carrier: "邮政" });
    const t = await createTicket(db, a, order, { deadlineAt: new Date(Date.now() + 40 * HOUR) });
    const r = await call(`/api/v1/tickets/${t.id}/actions/request_interception`, {
      key: actKey,
      body: { version: t.version },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.reason).toBe("INTERCEPTION_NOT_ELIGIBLE");
    expect(r.body.error.message).toContain("快递为中通");
  });
});

describe("POST /api/v1/tickets (代客发起售后)", () => {
  test("creates a proxy ticket: 201; a coupon-pack order is refused with the rule", async () => {
    const order = await createOrder(db, a);
    const r = await call("/api/v1/tickets", {
      key: actKey,
      body: { orderId: order.id, type: "refund_only", reason: "quality_issue", amountFen: 5_000 },
    });
    expect(r.status).toBe(201);
    expect(r.body.ticket).toMatchObject({ orderId: order.id, status: "proxy_pending", origin: "proxy" });
    const coupon = await createOrder(db, a, { kind: "coupon_pack" });
    const refused = await call("/api/v1/tickets", {
      key: actKey,
      body: { orderId: coupon.id, type: "refund_only", reason: "quality_issue", amountFen: 100 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.reason).toBe("PROXY_ORDER_KIND_UNSUPPORTED");
    const ofB = await createOrder(db, b);
    const cross = await call("/api/v1/tickets", {
      key: actKey,
      body: { orderId: ofB.id, type: "refund_only", reason: "quality_issue", amountFen: 100 },
    });
    expect(cross.status).toBe(404);
  });
});

describe("authentication", () => {
  test("no key, a malformed key or an unknown key is 401", async () => {
    const none = await call("/api/v1/tickets");
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: "UNAUTHORIZED", field: "Authorization" });
    expect((await call("/api/v1/tickets", { headers: { authorization: "Basic abc" } })).status).toBe(401);
    expect((await call("/api/v1/tickets", { key: "shk_short" })).status).toBe(401);
    expect((await call("/api/v1/tickets", { key: `shk_${"x".repeat(40)}` })).status).toBe(401);
  });

  test("a revoked key is 401 at once", async () => {
    const k = await createTestKey(db, a.owner, "act", "临时");
    expect((await call("/api/v1/tickets", { key: k.key })).status).toBe(200);
    await revokeApiKey(db, { shopId: a.shopId, member: { ...a.owner, canManageSettings: true } }, { id: k.id });
    const r = await call("/api/v1/tickets", { key: k.key });
    expect(r.status).toBe(401);
    expect(r.body.error.message).toContain("吊销");
  });

  test("a key whose creator left the shop is 401", async () => {
    const k = await createTestKey(db, a.lead, "read", "主管的密钥");
    await db.update(apiKeys).set({ createdBy: "m_gone" }).where(eq(apiKeys.id, k.id));
    expect((await call("/api/v1/tickets", { key: k.key })).status).toBe(401);
  });

  test("answers carry the rate-limit headers and record last use", async () => {
    const k = await createTestKey(db, a.owner, "read", "计数");
    const r = await call("/api/v1/tickets", { key: k.key });
    expect(r.headers.get("x-ratelimit-limit")).toBe("120");
    expect(r.headers.get("x-ratelimit-remaining")).toBe("119");
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, k.id));
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });
});

test("an unknown /api/v1 path is a JSON 404, and openapi.json needs no key", async () => {
  const r = await call("/api/v1/orders", { key: readKey });
  expect(r.status).toBe(404);
  expect(r.body.error.code).toBe("NOT_FOUND");
  const doc = await call("/api/v1/openapi.json");
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe("3.1.0");
});
