// GET /api/v1/metrics over real HTTP: the SPEC §6 metrics of the key's shop, from the 数据 page's own service.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestDb } from "../../tests/db";
import { createOrder, createShop, createTicket, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { refreshToday } from "../metrics/today-store";
import { apiClient, createTestKey, startApiServer } from "./testing";

const { db } = await useTestDb();
let server: Awaited<ReturnType<typeof startApiServer>>;
let call: ReturnType<typeof apiClient>;
let a: ShopFixture;
let readKey: string;

const fresh = async (f: ShopFixture, over: Parameters<typeof createTicket>[3] = {}) => {
  const order = await createOrder(db, f, { paidAt: new Date(Date.now() - 3 * 24 * HOUR) });
  return createTicket(db, f, order, { deadlineAt: new Date(Date.now() + 47 * HOUR), ...over });
};

beforeAll(async () => {
  server = await startApiServer();
  call = apiClient(server.url);
  a = await createShop(db);
  readKey = (await createTestKey(db, a.owner, "read")).key;
  for (let i = 0; i < 3; i++) await fresh(a, { appliedAt: new Date(Date.now() - 1_000) });
});
afterAll(() => server?.close());

describe("GET /api/v1/metrics", () => {
  test("the SPEC §6 metrics of the key's shop over a range, from the 数据 page's service", async () => {
    const c = await createShop(db);
    const key = (await createTestKey(db, c.owner, "act")).key;
    const now = Date.now();
    const [t1] = [
      await fresh(c, { appliedAt: new Date(now - 1_000) }),
      await fresh(c, { appliedAt: new Date(now - 1_000) }),
    ];
    await call(`/api/v1/tickets/${t1.id}/actions/approve`, { key, body: { version: t1.version } });
    const r = await call("/api/v1/metrics?preset=today", { key });
    expect(r.status).toBe(200);
    expect(r.body.range).toMatchObject({ days: 1 });
    expect(r.body.counts).toMatchObject({ tickets: 2, refunds: 1, refundFen: 9_900 });
    expect(r.body.metrics.handlingTime).toMatchObject({ name: "售后处理时长", unit: "seconds", sample: 1 });
    expect(r.body.metrics.refundRate.unit).toBe("ratio");
    const week = await call("/api/v1/metrics", { key });
    expect(week.body.range.days).toBe(7);
    // Today live on this request (no worker has stored it): no "as of"; once stored, the time it is as of.
    expect(r.body.todayAsOf).toBeNull();
    await refreshToday(db, c.shopId, new Date());
    const stored = await call("/api/v1/metrics?preset=today", { key });
    expect(Date.parse(stored.body.todayAsOf)).toBeGreaterThan(now - 60_000);
    expect(stored.body.counts).toEqual(r.body.counts);
    // Each key sees its own shop's numbers only.
    const ofA = await call("/api/v1/metrics?preset=today", { key: readKey });
    expect(ofA.body.counts).toMatchObject({ tickets: 3, refunds: 0 });
  });

  test("a bad range is 400 naming the field", async () => {
    for (const [q, field] of [
      ["preset=year", "preset"],
      ["preset=custom", "from"],
      ["preset=custom&from=2025-01-10&to=2025-01-01", "from"],
      ["preset=custom&from=2025-01-01&to=2999-01-01", "to"],
      ["from=yesterday", "from"],
    ]) {
      const r = await call(`/api/v1/metrics?${q}`, { key: readKey });
      expect(r.status, q).toBe(400);
      expect(r.body.error.field, q).toBe(field);
    }
  });
});
