// The read caches behind a one-round-trip workbench list: who the member is (server/trpc.ts shopProcedure)
// and the shop's time limits (server/shops/settings.ts). A removed member loses reads at once in this
// process and within membershipCacheMs elsewhere, never keeps a write, and never sees another shop.
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { members, shopSettings } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller } from "../../tests/trpc";
import { forgetShopTimeLimits, timeLimitsCacheMs } from "../shops/settings";
import { createOrder, createShop, createTicket, HOUR, type ShopFixture } from "../tickets/actions/test-fixtures";
import { forgetMemberships, membershipCacheMs } from "./membership-cache";

const { db } = await useTestDb();
const callerFor = await routerCaller(db);

async function trpcCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
  return "OK";
}

/** Moves Date.now() forward (the caches' clock) without touching timers or the database. */
function later(ms: number) {
  const now = Date.now();
  vi.spyOn(Date, "now").mockReturnValue(now + ms);
}
afterEach(() => {
  vi.restoreAllMocks();
});

async function shopWithTicket(): Promise<ShopFixture & { ticketId: number }> {
  const f = await createShop(db);
  const t = await createTicket(db, f, await createOrder(db, f), { deadlineAt: new Date(Date.now() + 3 * HOUR) });
  return { ...f, ticketId: t.id };
}

const removeMember = (f: ShopFixture, m: ShopFixture["owner"]) =>
  db.delete(members).where(and(eq(members.id, m.id), eq(members.shopId, f.shopId)));

describe("membership cache", () => {
  it("a removed member is refused on the next request in this process (forgetMemberships)", async () => {
    const f = await shopWithTicket();
    const api = callerFor(f.viewer.userId, f.shopId);
    expect((await api.tickets.list({})).items.map((t) => t.id)).toEqual([f.ticketId]);
    await removeMember(f, f.viewer);
    forgetMemberships();
    expect(await trpcCode(api.tickets.list({}))).toBe("FORBIDDEN");
  });

  it("removed in another process: reads stop within membershipCacheMs, writes at once", async () => {
    const f = await shopWithTicket();
    const api = callerFor(f.handler.userId, f.shopId);
    await api.tickets.list({});
    await removeMember(f, f.handler); // no forgetMemberships(): as if another process removed them
    expect(await trpcCode(api.tickets.list({}))).toBe("OK"); // inside the window
    expect(await trpcCode(api.actions.approve({ ticketId: f.ticketId, version: 1 }))).toBe("FORBIDDEN");
    later(membershipCacheMs);
    expect(await trpcCode(api.tickets.list({}))).toBe("FORBIDDEN");
  });

  it("a revoked permission never reaches a write, even inside the window", async () => {
    const f = await shopWithTicket();
    const api = callerFor(f.handler.userId, f.shopId);
    await api.tickets.list({});
    await db.update(members).set({ canHandleAfterSales: false }).where(eq(members.id, f.handler.id));
    expect(await trpcCode(api.actions.approve({ ticketId: f.ticketId, version: 1 }))).toBe("FORBIDDEN");
  });

  it("is keyed by user and active shop: switching shops never answers with the other shop", async () => {
    const a = await shopWithTicket();
    const b = await shopWithTicket();
    await db.insert(members).values({
      id: `m_${a.owner.id}_b`,
      shopId: b.shopId,
      userId: a.owner.userId,
      displayName: a.owner.displayName,
      role: "agent",
    });
    expect((await callerFor(a.owner.userId, a.shopId).tickets.list({})).items.map((t) => t.id)).toEqual([a.ticketId]);
    expect((await callerFor(a.owner.userId, b.shopId).tickets.list({})).items.map((t) => t.id)).toEqual([b.ticketId]);
    // Another user of shop b is not answered from a's entries.
    expect((await callerFor(b.viewer.userId, b.shopId).tickets.list({})).items.map((t) => t.id)).toEqual([b.ticketId]);
  });

  it("someone added to a shop gets in at once (no membership is not cached)", async () => {
    const a = await shopWithTicket();
    const b = await shopWithTicket();
    const api = callerFor(b.viewer.userId, a.shopId);
    await removeMember(b, b.viewer);
    forgetMemberships();
    expect(await trpcCode(api.tickets.list({}))).toBe("FORBIDDEN");
    await db.insert(members).values({
      id: `m_${b.viewer.id}_a`,
      shopId: a.shopId,
      userId: b.viewer.userId,
      displayName: "新同事",
      role: "agent",
    });
    expect((await api.tickets.list({})).items.map((t) => t.id)).toEqual([a.ticketId]);
  });
});

describe("time limits cache", () => {
  it("a saved 即将超时 threshold is used by the next list (at once here, within timeLimitsCacheMs elsewhere)", async () => {
    const f = await shopWithTicket(); // deadline in 3 h; the default threshold is 6 h
    const api = callerFor(f.owner.userId, f.shopId);
    const aboutToTimeout = async () => (await api.tickets.list({ quick: "aboutToTimeout" })).items.length;
    expect(await aboutToTimeout()).toBe(1);
    await db.update(shopSettings).set({ aboutToTimeoutMin: 60 }).where(eq(shopSettings.shopId, f.shopId));
    forgetShopTimeLimits();
    expect(await aboutToTimeout()).toBe(0);
    // Changed by another process (no forget): seen once the window has passed.
    await db.update(shopSettings).set({ aboutToTimeoutMin: 240 }).where(eq(shopSettings.shopId, f.shopId));
    later(timeLimitsCacheMs);
    expect(await aboutToTimeout()).toBe(1);
  });
});
