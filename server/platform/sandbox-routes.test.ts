// /api/sandbox/clock and /api/sandbox/activity through their route handlers: signed-in member, real database.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";

import { POST as activity } from "../../app/api/sandbox/activity/route";
import { POST as clock } from "../../app/api/sandbox/clock/route";
import { tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { postJson, signedInMember } from "../../tests/session";
import { sandboxNow } from "../clock";
import { createTestShop, type TestShop } from "./testing";

const { db } = await useTestDb();
let shop: TestShop;
let cookie = "";
beforeAll(async () => {
  shop = await createTestShop(db);
  ({ cookie } = await signedInMember(db, shop.id));
});

const req = (path: string, body: unknown, withCookie = true) => postJson(path, body, withCookie ? cookie : undefined);

describe("POST /api/sandbox/clock", () => {
  test("not signed in → 401", async () => {
    expect((await clock(req("/api/sandbox/clock", { advanceMinutes: 60 }, false))).status).toBe(401);
  });

  test("moves the app clock forward and answers the new time", async () => {
    const before = await sandboxNow(db);
    const res = await clock(req("/api/sandbox/clock", { advanceMinutes: 48 * 60 }));
    expect(res.status).toBe(200);
    const { now } = (await res.json()) as { now: string };
    const moved = new Date(now).getTime() - before.getTime();
    expect(moved).toBeGreaterThanOrEqual(48 * 3_600_000);
    expect(moved).toBeLessThan(48 * 3_600_000 + 60_000);
  });

  test("a bad amount is 400 naming the field, and the clock does not move", async () => {
    for (const body of [
      { advanceMinutes: 0 },
      { advanceMinutes: -5 },
      { advanceMinutes: 60 * 24 * 60 + 1 },
      { minutes: 5 },
    ]) {
      const before = await sandboxNow(db);
      const res = await clock(req("/api/sandbox/clock", body));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { field: string } }).error.field).toBe("advanceMinutes");
      expect((await sandboxNow(db)).getTime() - before.getTime()).toBeLessThan(5_000);
    }
    expect((await clock(req("/api/sandbox/clock", "{oops"))).status).toBe(400);
  });
});

describe("POST /api/sandbox/activity", () => {
  test("not signed in → 401", async () => {
    expect((await activity(req("/api/sandbox/activity", { count: 3 }, false))).status).toBe(401);
  });

  test("generates activity for the member's shop and applies it", async () => {
    const res = await activity(req("/api/sandbox/activity", { count: 12, seed: 5 }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { activities: number; events: number; failed: number };
    expect(body).toMatchObject({ activities: 12, failed: 0 });
    const [n] = await db.select({ n: count() }).from(tickets).where(eq(tickets.shopId, shop.id));
    expect(n?.n).toBeGreaterThan(0);
  });

  test("count out of range is 400", async () => {
    const res = await activity(req("/api/sandbox/activity", { count: 1000 }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe("count");
  });
});
