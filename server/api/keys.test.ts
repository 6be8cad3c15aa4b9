// The key service (shown once, hash only, owner only, one shop) and the per-key token bucket (429 + Retry-After).
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apiKeys } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { assertCanManageCalendar } from "../calendar/permissions";
import { createShop, domainError, type ShopFixture } from "../tickets/actions/test-fixtures";
import { createApiKey, listApiKeys, maxActiveKeys, revokeApiKey } from "./keys";
import { retryAfterSeconds } from "./rate-limit";
import { apiClient, createTestKey, startApiServer } from "./testing";

const { db } = await useTestDb();
let f: ShopFixture;
let g: ShopFixture;
const owner = () => ({ shopId: f.shopId, member: { ...f.owner, canManageSettings: true } });

beforeAll(async () => {
  f = await createShop(db);
  g = await createShop(db);
});

describe("key service", () => {
  test("the key is returned once; only its SHA-256 and a short prefix are stored", async () => {
    const created = await createApiKey(db, owner(), { name: " 旺店通 ERP ", scope: "act" });
    expect(created.key).toMatch(/^shk_[A-Za-z0-9_-]{40}$/);
    expect(created.name).toBe("旺店通 ERP");
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row.keyHash).toBe(createHash("sha256").update(created.key).digest("hex"));
    expect(row.prefix).toBe(created.key.slice(0, 12));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await listApiKeys(db, owner());
    const mine = listed.find((k) => k.id === created.id);
    expect(mine).toMatchObject({ name: "旺店通 ERP", scope: "act", prefix: row.prefix, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(JSON.stringify(listed)).not.toContain(row.keyHash);
  });

  test("only a member who manages settings may create, list or revoke keys", async () => {
    const lead = { shopId: f.shopId, member: f.lead };
    expect((await domainError(createApiKey(db, lead, { name: "x", scope: "read" }))).code).toBe("FORBIDDEN");
    expect((await domainError(listApiKeys(db, lead))).code).toBe("FORBIDDEN");
    expect((await domainError(revokeApiKey(db, lead, { id: "key_x" }))).code).toBe("FORBIDDEN");
  });

  test("the same rule as the calendar: the owner by role, or a member given 设置权限", async () => {
    const cases = [
      { member: { ...f.owner, canManageSettings: false }, allowed: true },
      { member: { ...f.lead, canManageSettings: true }, allowed: true },
      { member: { ...f.handler, canManageSettings: false }, allowed: false },
    ];
    for (const { member, allowed } of cases) {
      const ctx = { shopId: f.shopId, member };
      const listed = listApiKeys(db, ctx).then(
        () => true,
        (e) => (e.code === "FORBIDDEN" ? false : Promise.reject(e)),
      );
      expect(await listed, member.role).toBe(allowed);
      let calendar = true;
      try {
        assertCanManageCalendar(member);
      } catch {
        calendar = false;
      }
      expect(calendar, member.role).toBe(allowed);
    }
  });

  test("a name and a scope are required", async () => {
    const e = await domainError(createApiKey(db, owner(), { name: "  ", scope: "read" }));
    expect(e).toMatchObject({ code: "INVALID_INPUT", details: { field: "name" } });
    const s = await domainError(createApiKey(db, owner(), { name: "x", scope: "admin" as "read" }));
    expect(s.details.field).toBe("scope");
  });

  test("another shop's key cannot be revoked (not found) and revoking twice keeps the first time", async () => {
    const k = await createApiKey(db, owner(), { name: "一次性", scope: "read" });
    const other = { shopId: g.shopId, member: { ...g.owner, canManageSettings: true } };
    expect((await domainError(revokeApiKey(db, other, { id: k.id }))).code).toBe("NOT_FOUND");
    const first = await revokeApiKey(db, owner(), { id: k.id });
    const second = await revokeApiKey(db, owner(), { id: k.id });
    expect(second.revokedAt).toEqual(first.revokedAt);
  });

  test(`at most ${maxActiveKeys} active keys per shop`, async () => {
    const shop = await createShop(db);
    const ctx = { shopId: shop.shopId, member: { ...shop.owner, canManageSettings: true } };
    for (let i = 0; i < maxActiveKeys; i++) await createApiKey(db, ctx, { name: `k${i}`, scope: "read" });
    expect((await domainError(createApiKey(db, ctx, { name: "one more", scope: "read" }))).code).toBe(
      "ACTION_NOT_ALLOWED",
    );
  });

  test("12 creates at once with 4 keys left: exactly 4 are made, the rest refused", async () => {
    const shop = await createShop(db);
    const ctx = { shopId: shop.shopId, member: { ...shop.owner, canManageSettings: true } };
    for (let i = 0; i < maxActiveKeys - 4; i++) await createApiKey(db, ctx, { name: `k${i}`, scope: "read" });
    const all = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => createApiKey(db, ctx, { name: `at once ${i}`, scope: "read" })),
    );
    expect(all.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    expect((await listApiKeys(db, ctx)).filter((k) => !k.revokedAt)).toHaveLength(maxActiveKeys);
  });
});

describe("rate limit (token bucket per key, in Postgres)", () => {
  let server: Awaited<ReturnType<typeof startApiServer>>;
  let call: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    server = await startApiServer();
    call = apiClient(server.url);
  });
  afterAll(() => server?.close());

  test("past the limit the answer is 429 with Retry-After; other keys are not affected; it refills", async () => {
    const k = await createTestKey(db, f.owner, "read", "限流");
    await db.update(apiKeys).set({ ratePerMinute: 3 }).where(eq(apiKeys.id, k.id));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call("/api/v1/tickets", { key: k.key })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call("/api/v1/tickets", { key: k.key });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    const retry = Number(limited.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(20);

    const other = await createTestKey(db, f.owner, "read", "不受影响");
    expect((await call("/api/v1/tickets", { key: other.key })).status).toBe(200);

    // Twenty seconds later (at 3 per minute) one token is back.
    await db
      .update(apiKeys)
      .set({ rateRefilledAt: new Date(Date.now() - 21_000) })
      .where(eq(apiKeys.id, k.id));
    expect((await call("/api/v1/tickets", { key: k.key })).status).toBe(200);
    expect((await call("/api/v1/tickets", { key: k.key })).status).toBe(429);
  });

  test("concurrent requests share one bucket: exactly the capacity gets through", async () => {
    const k = await createTestKey(db, f.owner, "read", "并发");
    await db.update(apiKeys).set({ ratePerMinute: 5 }).where(eq(apiKeys.id, k.id));
    const answers = await Promise.all(Array.from({ length: 12 }, () => call("/api/v1/tickets", { key: k.key })));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(7);
  });

  test("Retry-After is the time until one whole token", () => {
    expect(retryAfterSeconds({ available: 0, ratePerMinute: 60 })).toBe(1);
    expect(retryAfterSeconds({ available: 0, ratePerMinute: 3 })).toBe(20);
    expect(retryAfterSeconds({ available: 0.5, ratePerMinute: 3 })).toBe(10);
    expect(retryAfterSeconds({ available: 0.999, ratePerMinute: 120 })).toBe(1);
  });
});
