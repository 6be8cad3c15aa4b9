// The app clock (server/clock.ts runsInSandbox/shopNow): a shop the sandbox plays runs on the sandbox clock, any
// other shop on the wall clock — for requests (tRPC, the sandbox routes, the shell) and the worker alike.
import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { POST as clock } from "../../app/api/sandbox/clock/route";
import { sandboxClock, shops } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { postJson, signedInMember } from "../../tests/session";
import { routerCaller } from "../../tests/trpc";
import { advanceSandboxClock, sandboxNow, shopNow } from "../clock";
import { whoAmI } from "../members/session";
import { createOrder, createShop, createTicket, HOUR, MIN, traces } from "../tickets/actions/test-fixtures";
import { applyDueOnShopClocks } from "../timers/apply-due";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const sandboxShop = await createShop(db);
const realShop = await createShop(db);
await db.update(shops).set({ sandbox: false }).where(eq(shops.id, realShop.shopId));
const offset = async () => (await db.select().from(sandboxClock).where(eq(sandboxClock.id, "app")))[0]?.offsetMs ?? 0;
const near = (d: Date, expected: number) => expect(Math.abs(d.getTime() - expected)).toBeLessThan(60_000);

test("the clock route refuses a member of a shop on a real platform: 403, the clock does not move", async () => {
  const { cookie } = await signedInMember(db, realShop.shopId);
  const before = await offset();
  const res = await clock(postJson("/api/sandbox/clock", { advanceMinutes: 60 }, cookie));
  expect(res.status).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  expect(await offset()).toBe(before);
});

test("requests read one rule: the sandbox shop on the moved clock, the real shop on the wall clock", async () => {
  await advanceSandboxClock(db, 60);
  const moved = Date.now() + (await offset());
  near(await shopNow(db, { sandbox: true }), moved);
  near(await shopNow(db, { sandbox: false }), Date.now());
  const listNow = async (f: typeof sandboxShop) =>
    (await caller(f.owner.userId, f.shopId).tickets.list({ limit: 1 })).now;
  near(await listNow(sandboxShop), moved);
  near(await listNow(realShop), Date.now());
  // The shell offers the sandbox controls only where the routes answer.
  expect((await whoAmI(db, sandboxShop.owner.userId, sandboxShop.shopId)).shop?.sandboxControls).toBe(true);
  expect((await whoAmI(db, realShop.owner.userId, realShop.shopId)).shop?.sandboxControls).toBe(false);
});

test("POST /api/sandbox/clock +48 h, then the worker's deadline step: the platform timer fires on the sandbox shop's timeline only", async () => {
  const sandboxT0 = await sandboxNow(db);
  const mine = await createTicket(db, sandboxShop, await createOrder(db, sandboxShop), {
    appliedAt: new Date(sandboxT0.getTime() - HOUR),
    deadlineAt: new Date(sandboxT0.getTime() + 47 * HOUR),
  });
  // The real shop's review deadline is as far away on its own (wall) clock: 48 h of sandbox time must not touch it.
  const theirs = await createTicket(db, realShop, await createOrder(db, realShop), {
    deadlineAt: new Date(Date.now() + 47 * HOUR),
  });
  expect(await applyDueOnShopClocks(db)).toBe(0);
  const { cookie } = await signedInMember(db, sandboxShop.shopId);
  const res = await clock(postJson("/api/sandbox/clock", { advanceMinutes: 48 * 60 }, cookie));
  expect(res.status).toBe(200);
  expect(await applyDueOnShopClocks(db)).toBe(1);
  const { ticket, events } = await traces(db, mine.id);
  expect(ticket.status).toBe("refunded");
  expect(events).toMatchObject([
    { action: "platform_timer.review_timeout", actorKind: "platform_timer", fromStatus: "pending_review" },
  ]);
  expect(events[0]?.at.getTime()).toBeGreaterThanOrEqual(sandboxT0.getTime() + 48 * HOUR - MIN);
  const other = await traces(db, theirs.id);
  expect(other.ticket.status).toBe("pending_review");
  expect(other.events).toEqual([]);
});
