// Idempotency-Key over real HTTP: a retried POST answers the stored first answer and moves money once; the same
// key with another request is 422; concurrent retries run the action once.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { idempotencyKeys, refunds, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { createOrder, createShop, createTicket, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { pruneIdempotencyKeys, requestHash } from "./idempotency";
import { apiClient, createTestKey, startApiServer } from "./testing";

const { db } = await useTestDb();
let server: Awaited<ReturnType<typeof startApiServer>>;
let call: ReturnType<typeof apiClient>;
let f: ShopFixture;
let key: string;
let keyId: string;

const fresh = async () => {
  const order = await createOrder(db, f);
  return createTicket(db, f, order, { deadlineAt: new Date(Date.now() + 40 * HOUR) });
};
const refundCount = async (ticketId: number) =>
  (await db.select({ n: count() }).from(refunds).where(eq(refunds.ticketId, ticketId)))[0].n;
const approveEvents = async (ticketId: number) =>
  (
    await db
      .select({ n: count() })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.action, "approve")))
  )[0].n;
const approve = (ticketId: number, body: unknown, idem?: string, k = key) =>
  call(`/api/v1/tickets/${ticketId}/actions/approve`, {
    key: k,
    body,
    headers: idem ? { "idempotency-key": idem } : {},
  });

beforeAll(async () => {
  server = await startApiServer();
  call = apiClient(server.url);
  f = await createShop(db);
  ({ key, id: keyId } = await createTestKey(db, f.owner, "act"));
});
afterAll(() => server?.close());

describe("replay", () => {
  test("the same key and body answer the stored first answer; the refund happens once", async () => {
    const t = await fresh();
    const first = await approve(t.id, { version: t.version }, "order-1001-approve");
    expect(first.status).toBe(200);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await approve(t.id, { version: t.version }, "order-1001-approve");
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await refundCount(t.id)).toBe(1);
    expect(await approveEvents(t.id)).toBe(1);
  });

  test("the body's key order does not matter", async () => {
    const t = await fresh();
    await approve(t.id, { version: t.version, ticketId: t.id }, "order-order");
    const again = await approve(t.id, `{"ticketId":${t.id},"version":${t.version}}`, "order-order");
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  test("a refusal is the request's answer too: replayed as it was", async () => {
    const t = await fresh();
    const path = `/api/v1/tickets/${t.id}/actions/reject`;
    const headers = { "idempotency-key": "reject-no-reason" };
    const first = await call(path, { key, body: { version: t.version }, headers });
    expect(first.status).toBe(422);
    const again = await call(path, { key, body: { version: t.version }, headers });
    expect(again.status).toBe(422);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
  });

  test("without a key a retry is a new request: the stale version is a 409", async () => {
    const t = await fresh();
    expect((await approve(t.id, { version: t.version })).status).toBe(200);
    expect((await approve(t.id, { version: t.version })).status).toBe(409);
    expect(await refundCount(t.id)).toBe(1);
  });

  test("concurrent retries with one key run the action once and answer the same", async () => {
    const t = await fresh();
    const answers = await Promise.all(Array.from({ length: 5 }, () => approve(t.id, { version: t.version }, "burst")));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(4);
    for (const r of answers) expect(r.body).toEqual(answers[0].body);
    expect(await refundCount(t.id)).toBe(1);
  });

  test("代客发起 with a key creates one ticket however often it is retried", async () => {
    const order = await createOrder(db, f);
    const body = { orderId: order.id, type: "refund_only", reason: "quality_issue", amountFen: 1_000 };
    const headers = { "idempotency-key": `proxy-${order.id}` };
    const first = await call("/api/v1/tickets", { key, body, headers });
    const again = await call("/api/v1/tickets", { key, body, headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    const rows = await db.select({ n: count() }).from(tickets).where(eq(tickets.orderId, order.id));
    expect(rows[0].n).toBe(1);
  });
});

describe("mismatch", () => {
  test("the same key with another body is 422 and runs nothing", async () => {
    const t = await fresh();
    const tagPath = `/api/v1/tickets/${t.id}/actions/tag`;
    const headers = { "idempotency-key": "reused" };
    expect((await call(tagPath, { key, body: { version: t.version, add: ["a"] }, headers })).status).toBe(200);
    const other = await call(tagPath, { key, body: { version: t.version + 1, add: ["b"] }, headers });
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({
      code: "ACTION_NOT_ALLOWED",
      field: "Idempotency-Key",
      reason: "IDEMPOTENCY_KEY_REUSED",
    });
    const [row] = await db.select().from(tickets).where(eq(tickets.id, t.id));
    expect(row.tags).toEqual(["a"]);
  });

  test("the same key on another route is a mismatch too", async () => {
    const t = await fresh();
    expect((await approve(t.id, { version: t.version }, "cross-route")).status).toBe(200);
    const t2 = await fresh();
    expect((await approve(t2.id, { version: t2.version }, "cross-route")).status).toBe(422);
    expect(await refundCount(t2.id)).toBe(0);
  });

  test("keys are per API key: another key's identical Idempotency-Key runs on its own", async () => {
    const t = await fresh();
    const other = await createTestKey(db, f.owner, "act", "CRM");
    expect((await approve(t.id, { version: t.version }, "shared-name")).status).toBe(200);
    const second = await approve(t.id, { version: t.version }, "shared-name", other.key);
    expect(second.status).toBe(409);
  });

  test("a key whose first request has no answer yet is 409 IDEMPOTENCY_IN_PROGRESS, not a version conflict", async () => {
    const t = await fresh();
    const path = `/api/v1/tickets/${t.id}/actions/approve`;
    await db.insert(idempotencyKeys).values({
      apiKeyId: keyId,
      key: "still-running",
      requestHash: requestHash("POST", path, { version: t.version }),
    });
    const r = await approve(t.id, { version: t.version }, "still-running");
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: "IDEMPOTENCY_IN_PROGRESS", field: "Idempotency-Key" });
    expect(r.body.error.message).toContain("处理中");
    expect(await refundCount(t.id)).toBe(0);
  });

  test("a malformed Idempotency-Key is 400", async () => {
    const t = await fresh();
    for (const bad of ["x".repeat(256), "has space"]) {
      const r = await approve(t.id, { version: t.version }, bad);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe("Idempotency-Key");
    }
    expect(await refundCount(t.id)).toBe(0);
  });
});

test("stored answers older than 24 hours are pruned; newer ones stay", async () => {
  const t = await fresh();
  await approve(t.id, { version: t.version }, "old-one");
  const t2 = await fresh();
  await approve(t2.id, { version: t2.version }, "new-one");
  await db
    .update(idempotencyKeys)
    .set({ createdAt: new Date(Date.now() - 25 * HOUR) })
    .where(and(eq(idempotencyKeys.apiKeyId, keyId), eq(idempotencyKeys.key, "old-one")));
  expect(await pruneIdempotencyKeys(db)).toBe(1);
  const left = await db
    .select({ key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.apiKeyId, keyId));
  expect(left.map((r) => r.key)).toContain("new-one");
  expect(left.map((r) => r.key)).not.toContain("old-one");
});
