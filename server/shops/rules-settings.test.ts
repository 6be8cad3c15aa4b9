// 设置 → 时限与规则 through the real tRPC router on a real database: save limits and flags, bad input and a stale
// page change nothing, only the owner and 设置权限 may save, another shop's member sees and changes only their own
// shop, and a new limit applies to deadlines that start after it — not to one already running (SPEC §3).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, shopSettings, shops, ticketEvents, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { forgetMemberships } from "../members/membership-cache";
import { appliedData, at, deliverAll, ev, orderCreatedData, T0 } from "../platform/testing";
import { createShop, type ShopFixture } from "../tickets/actions/test-fixtures";
import { defaultTimeLimits } from "../tickets/domain";
import { applyDueDeadlines } from "../timers/apply-due";
import { shopTimeLimits } from "./settings";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);
const H = 60;
const D = 24 * H;

const defaults = { limits: { ...defaultTimeLimits }, interceptionAgreement: true, isCrossBorder: false };

async function stored(shopId: string) {
  const [row] = await db
    .select({ settings: shopSettings, agreement: shops.interceptionAgreement, crossBorder: shops.isCrossBorder })
    .from(shops)
    .innerJoin(shopSettings, eq(shopSettings.shopId, shops.id))
    .where(eq(shops.id, shopId));
  return row;
}

describe("设置 → 时限与规则", () => {
  it("every member reads the shop's limits and flags; only the owner and 设置权限 get the controls", async () => {
    const f = await createShop(db);
    expect(await as(f, f.owner).shopRules.get()).toEqual({ ...defaults, canEdit: true });
    expect(await as(f, f.viewer).shopRules.get()).toEqual({ ...defaults, canEdit: false });
    expect((await as(f, f.lead).shopRules.get()).canEdit).toBe(false);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.viewer.id));
    forgetMemberships(); // as 设置 → 成员与权限 does when it grants a permission
    expect((await as(f, f.viewer).shopRules.get()).canEdit).toBe(true);
  });

  it("the owner saves limits and both flags; the lists use the new thresholds at once", async () => {
    const f = await createShop(db);
    expect((await shopTimeLimits(db, f.shopId)).aboutToTimeoutMin).toBe(6 * H);
    const next = {
      limits: { ...defaultTimeLimits, reviewMin: 24 * H, buyerShipMin: 7 * D, aboutToTimeoutMin: 12 * H },
      interceptionAgreement: false,
      isCrossBorder: true,
    };
    const saved = await as(f, f.owner).shopRules.save({ previous: defaults, next });
    expect(saved).toEqual({ ...next, canEdit: true });
    const row = await stored(f.shopId);
    expect(row?.settings).toMatchObject({ reviewMin: 24 * H, buyerShipMin: 7 * D, aboutToTimeoutMin: 12 * H });
    expect(row).toMatchObject({ agreement: false, crossBorder: true });
    expect(await as(f, f.viewer).shopRules.get()).toEqual({ ...next, canEdit: false });
    expect((await shopTimeLimits(db, f.shopId)).aboutToTimeoutMin).toBe(12 * H);
    // 恢复默认: the defaults saved back.
    await as(f, f.owner).shopRules.save({ previous: next, next: defaults });
    expect((await stored(f.shopId))?.settings).toMatchObject(defaultTimeLimits);
  });

  it("a shop with no settings row (platform defaults) gets one on its first save", async () => {
    const f = await createShop(db);
    await db.delete(shopSettings).where(eq(shopSettings.shopId, f.shopId));
    expect(await as(f, f.owner).shopRules.get()).toEqual({ ...defaults, canEdit: true });
    const next = { ...defaults, limits: { ...defaultTimeLimits, evidenceMin: 48 * H } };
    await as(f, f.owner).shopRules.save({ previous: defaults, next });
    expect((await stored(f.shopId))?.settings.evidenceMin).toBe(48 * H);
  });

  it("bad input is refused with a message naming the limit, and changes nothing", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const before = await stored(f.shopId);
    const save = (limits: Partial<typeof defaultTimeLimits>, flags = {}) =>
      trpcError(
        owner.shopRules.save({
          previous: defaults,
          next: { ...defaults, ...flags, limits: { ...defaultTimeLimits, ...limits } },
        }),
      );
    const tooShort = await save({ reviewMin: 30 }, { isCrossBorder: true });
    expect(tooShort.code).toBe("BAD_REQUEST");
    expect(tooShort.message).toBe("「待商家处理」最短 1 小时，最长 7 天");
    expect(tooShort.cause).toMatchObject({ details: { reason: "LIMIT_OUT_OF_RANGE", field: "next.limits.reviewMin" } });
    expect((await save({ buyerShipMin: 31 * D })).message).toBe("「待买家退货」最短 1 天，最长 30 天");
    expect((await save({ evidenceMin: 90.5 })).message).toBe("「待买家举证」请填写数字（最多两位小数）");
    const waybill = await save({ buyerShipMin: 2 * D, awaitingWaybillMin: 2 * D });
    expect(waybill.message).toMatch(/^「待买家上传单号」须短于买家退货时限（当前 2 天）/);
    // Not even the shape: a string for minutes, a flag missing.
    const wrongType = await trpcError(
      owner.shopRules.save({
        previous: defaults,
        next: { ...defaults, limits: { ...defaultTimeLimits, reviewMin: "48" } },
      } as never),
    );
    expect(wrongType.code).toBe("BAD_REQUEST");
    const missing = await trpcError(
      owner.shopRules.save({ previous: defaults, next: { limits: defaultTimeLimits } } as never),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    expect(await stored(f.shopId)).toEqual(before);
  });

  it("an agent without 设置权限 (and a lead) is FORBIDDEN with a clear message; nothing changes", async () => {
    const f = await createShop(db);
    const next = { ...defaults, isCrossBorder: true };
    for (const m of [f.viewer, f.handler, f.lead]) {
      const e = await trpcError(as(f, m).shopRules.save({ previous: defaults, next }));
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).toBe("只有店主或有设置权限的成员可以修改时限与规则");
    }
    expect((await stored(f.shopId))?.crossBorder).toBe(false);
    // Given 设置权限, the same agent may.
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.viewer.id));
    await as(f, f.viewer).shopRules.save({ previous: defaults, next });
    expect((await stored(f.shopId))?.crossBorder).toBe(true);
  });

  it("a save on a stale page is refused (已被他人修改), whether after or at the same time as the other", async () => {
    const f = await createShop(db);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.handler.id));
    const mine = { ...defaults, limits: { ...defaultTimeLimits, reviewMin: 36 * H } };
    const theirs = { ...defaults, interceptionAgreement: false };
    await as(f, f.owner).shopRules.save({ previous: defaults, next: mine });
    const stale = await trpcError(as(f, f.handler).shopRules.save({ previous: defaults, next: theirs }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/^已被他人修改/);
    expect(await as(f, f.owner).shopRules.get()).toEqual({ ...mine, canEdit: true });

    // Two admins saving at once from the same page: one wins, the other is told; nothing is half-written.
    const g = await createShop(db);
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, g.handler.id));
    const results = await Promise.allSettled([
      as(g, g.owner).shopRules.save({ previous: defaults, next: mine }),
      as(g, g.handler).shopRules.save({ previous: defaults, next: theirs }),
    ]);
    const won = results.findIndex((r) => r.status === "fulfilled");
    const lost = results.find((r) => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await as(g, g.owner).shopRules.get()).toEqual({ ...[mine, theirs][won], canEdit: true });
  });

  it("another shop's member reads and saves only their own shop", async () => {
    const f = await createShop(db);
    const g = await createShop(db, { isCrossBorder: true, interceptionAgreement: false });
    const theirs = { ...defaults, interceptionAgreement: false, isCrossBorder: true };
    expect(await as(g, g.owner).shopRules.get()).toEqual({ ...theirs, canEdit: true });
    const before = await stored(f.shopId);
    await as(g, g.owner).shopRules.save({
      previous: theirs,
      next: { ...theirs, limits: { ...defaultTimeLimits, reviewMin: 2 * H } },
    });
    expect(await stored(f.shopId)).toEqual(before);
    // Naming g as the active shop gets f's owner nothing of g: the shop is one the user is a member of (f).
    expect(await caller(f.owner.userId, g.shopId).shopRules.get()).toEqual({ ...defaults, canEdit: true });
    expect(await as(g, g.owner).shopRules.get()).toMatchObject({ limits: { reviewMin: 2 * H } });
  });

  it("a new limit applies to deadlines that start after it; a running deadline keeps its time", async () => {
    const f = await createShop(db);
    const shop = { id: f.shopId, connectorSecret: "test-secret-0123456789" };
    const apply = (n: string, minutes: number) => [
      ev(shop, "order.created", orderCreatedData(`o_${n}`), minutes - 60),
      ev(shop, "ticket.applied", appliedData(`o_${n}`, `as_${n}`, { appliedAt: at(minutes) }), minutes),
    ];
    const ticket = async (externalId: string) => {
      const [t] = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.shopId, f.shopId), eq(tickets.externalId, externalId)));
      if (!t) throw new Error(`no ticket ${externalId}`);
      return t;
    };
    await deliverAll(db, shop, apply("running", 0));
    expect((await ticket("as_running")).deadlineAt).toEqual(new Date(T0.getTime() + 48 * 3_600_000));

    await as(f, f.owner).shopRules.save({
      previous: defaults,
      next: { ...defaults, limits: { ...defaultTimeLimits, reviewMin: 24 * H } },
    });
    await deliverAll(db, shop, apply("after", 60));
    expect((await ticket("as_after")).deadlineAt).toEqual(new Date(T0.getTime() + 25 * 3_600_000));
    expect((await ticket("as_running")).deadlineAt).toEqual(new Date(T0.getTime() + 48 * 3_600_000));

    // 30 h on: the platform timer acts on the new one (仅退款: auto-refund), not on the one still inside its 48 h.
    await applyDueDeadlines(db, { now: new Date(T0.getTime() + 30 * 3_600_000), shopId: f.shopId });
    expect((await ticket("as_after")).status).toBe("refunded");
    expect((await ticket("as_running")).status).toBe("pending_review");
    await applyDueDeadlines(db, { now: new Date(T0.getTime() + 48 * 3_600_000), shopId: f.shopId });
    expect((await ticket("as_running")).status).toBe("refunded");
    // Each timeline says the limit that deadline was given, not the shop's limit now.
    const why = async (externalId: string) => {
      const [e] = await db
        .select({ why: ticketEvents.why })
        .from(ticketEvents)
        .where(
          and(eq(ticketEvents.ticketId, (await ticket(externalId)).id), eq(ticketEvents.actorKind, "platform_timer")),
        );
      return e?.why;
    };
    expect(await why("as_after")).toBe("商家 24 小时内未处理，平台自动退款");
    expect(await why("as_running")).toBe("商家 48 小时内未处理，平台自动退款");
  });
});
