// 设置 → 成员与权限: who may not, on a real database. Without 设置权限: FORBIDDEN and nothing changed; no privilege
// escalation; never without an owner (also when two owners demote each other at once); a stale version is refused
// with nothing changed; another shop's members cannot be reached.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, user } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { DomainError } from "../errors";
import { createMember, createShop, type ShopFixture } from "../tickets/actions/test-fixtures";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: { userId: string }) => caller(m.userId, f.shopId);
const plain = { canHandleAfterSales: false, canManageStrategies: false, canManageSettings: false };
const ownerState = { role: "owner" as const, ...plain };

/** The shop's member rows as stored (role, permissions, version), to show a refusal changed nothing. */
const snapshot = async (shopId: string) =>
  db.select().from(members).where(eq(members.shopId, shopId)).orderBy(members.id);
const refusal = async (p: Promise<unknown>) => {
  const e = await trpcError(p);
  return { code: e.code, reason: e.cause instanceof DomainError ? e.cause.details.reason : undefined };
};

describe("without 设置权限", () => {
  it.each(["viewer", "handler", "lead"] as const)(
    "the %s is FORBIDDEN to add, change or remove; nothing changes",
    async (who) => {
      const f = await createShop(db);
      const api = as(f, f[who]);
      const before = await snapshot(f.shopId);
      const usersBefore = (await db.select({ id: user.id }).from(user)).length;
      const forbidden = { code: "FORBIDDEN", reason: "NO_SETTINGS_PERMISSION" };
      const add = {
        email: `x.${f.shopId}@example.com`,
        displayName: "X",
        password: "long-enough-1",
        role: "agent" as const,
        ...plain,
      };
      expect(await refusal(api.members.add(add))).toEqual(forbidden);
      const update = { memberId: f.viewer.id, version: 1, role: "agent" as const, ...plain, canManageSettings: true };
      expect(await refusal(api.members.update(update))).toEqual(forbidden);
      expect(await refusal(api.members.remove({ memberId: f.handler.id, version: 1 }))).toEqual(forbidden);
      // An unknown id gives the same answer: nothing is revealed before the permission check.
      expect(await refusal(api.members.remove({ memberId: "mem_nope", version: 1 }))).toEqual(forbidden);
      expect(await snapshot(f.shopId)).toEqual(before);
      expect((await db.select({ id: user.id }).from(user)).length).toBe(usersBefore);
      // Viewing stays open to every member.
      expect((await api.members.list()).members).toHaveLength(4);
    },
  );
});

describe("no privilege escalation", () => {
  it("a member given 设置权限 cannot make owners, touch owners, or grant what they lack", async () => {
    const f = await createShop(db);
    await as(f, f.owner).members.update({
      memberId: f.viewer.id,
      version: 1,
      role: "agent",
      ...plain,
      canManageSettings: true,
    });
    const admin = as(f, f.viewer); // an agent with 设置权限 only
    const before = await snapshot(f.shopId);
    const self = { memberId: f.viewer.id, version: 2, role: "agent" as const, ...plain, canManageSettings: true };
    expect(await refusal(admin.members.update({ ...self, role: "owner" }))).toEqual({
      code: "FORBIDDEN",
      reason: "OWNER_ROLE_OWNER_ONLY",
    });
    expect(await refusal(admin.members.update({ ...self, canManageStrategies: true }))).toEqual({
      code: "FORBIDDEN",
      reason: "GRANT_NOT_HELD",
    });
    expect(await refusal(admin.members.update({ ...self, memberId: f.handler.id, version: 1, role: "lead" }))).toEqual({
      code: "FORBIDDEN",
      reason: "GRANT_NOT_HELD",
    });
    expect(await refusal(admin.members.update({ ...ownerState, memberId: f.owner.id, version: 1 }))).toEqual({
      code: "FORBIDDEN",
      reason: "OWNER_EDIT_OWNER_ONLY",
    });
    expect(await refusal(admin.members.remove({ memberId: f.owner.id, version: 1 }))).toEqual({
      code: "FORBIDDEN",
      reason: "OWNER_EDIT_OWNER_ONLY",
    });
    const newOwner = { email: `o.${f.shopId}@example.com`, displayName: "O", password: "long-enough-1", ...ownerState };
    expect(await refusal(admin.members.add(newOwner))).toEqual({ code: "FORBIDDEN", reason: "OWNER_ROLE_OWNER_ONLY" });
    expect(await snapshot(f.shopId)).toEqual(before);
    // What they hold they may give: 设置权限 to a colleague.
    const given = await admin.members.update({
      ...self,
      memberId: f.handler.id,
      version: 1,
      canHandleAfterSales: true,
    });
    expect(given).toMatchObject({ canManageSettings: true, version: 2 });
  });
});

describe("the shop keeps an owner", () => {
  it("the last owner cannot demote or remove themselves; with a second owner they can", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const lastOwner = { code: "UNPROCESSABLE_CONTENT", reason: "LAST_OWNER" };
    expect(await refusal(owner.members.update({ memberId: f.owner.id, version: 1, role: "lead", ...plain }))).toEqual(
      lastOwner,
    );
    expect(await refusal(owner.members.remove({ memberId: f.owner.id, version: 1 }))).toEqual(lastOwner);
    await owner.members.update({ memberId: f.lead.id, version: 1, ...ownerState });
    expect(await owner.members.update({ memberId: f.owner.id, version: 1, role: "lead", ...plain })).toMatchObject({
      role: "lead",
    });
    // Now the former lead is the only owner.
    expect(await refusal(as(f, f.lead).members.remove({ memberId: f.lead.id, version: 2 }))).toEqual(lastOwner);
  });

  it("two owners demoting each other at the same moment: one wins, the shop keeps an owner", async () => {
    // Many shops at once, so the two changes of a shop really overlap (each is a few milliseconds).
    const shops = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const f = await createShop(db);
        return { f, second: await createMember(db, f.shopId, "二号店主", "owner", false) };
      }),
    );
    const demote = (f: ShopFixture, by: { userId: string }, id: string) =>
      as(f, by).members.update({ memberId: id, version: 1, role: "agent", ...plain });
    const outcomes = await Promise.all(
      shops.map(({ f, second }) => Promise.allSettled([demote(f, f.owner, second.id), demote(f, second, f.owner.id)])),
    );
    for (const [i, results] of outcomes.entries()) {
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const owners = (await snapshot(shops[i]?.f.shopId ?? "")).filter((m) => m.role === "owner");
      expect(owners).toHaveLength(1);
    }
  });
});

describe("two admins editing the same member", () => {
  it("the second change, made on the version both read, is refused and changes nothing", async () => {
    const f = await createShop(db);
    await as(f, f.owner).members.update({
      memberId: f.lead.id,
      version: 1,
      role: "lead",
      ...plain,
      canManageSettings: true,
    });
    const [read] = (await as(f, f.owner).members.list()).members.filter((m) => m.id === f.viewer.id);
    const [alsoRead] = (await as(f, f.lead).members.list()).members.filter((m) => m.id === f.viewer.id);
    expect(read?.version).toBe(1);
    expect(alsoRead?.version).toBe(1);
    await as(f, f.owner).members.update({
      memberId: f.viewer.id,
      version: 1,
      role: "agent",
      ...plain,
      canHandleAfterSales: true,
    });
    const stale = { memberId: f.viewer.id, version: 1, role: "agent" as const, ...plain, canManageSettings: true };
    const e = await trpcError(as(f, f.lead).members.update(stale));
    expect(e.code).toBe("CONFLICT");
    expect(e.cause).toMatchObject({ code: "MEMBER_VERSION_CONFLICT", details: { reason: "MEMBER_VERSION_CONFLICT" } });
    expect(e.message).toContain("已被他人修改");
    expect((await trpcError(as(f, f.lead).members.remove({ memberId: f.viewer.id, version: 1 }))).code).toBe(
      "CONFLICT",
    );
    const [row] = await db.select().from(members).where(eq(members.id, f.viewer.id));
    expect(row).toMatchObject({ canHandleAfterSales: true, canManageSettings: false, version: 2 });
  });

  it("at the same moment: exactly one of two changes on one version is saved", async () => {
    const f = await createShop(db);
    const change = (grant: "canHandleAfterSales" | "canManageStrategies") =>
      as(f, f.owner).members.update({ memberId: f.viewer.id, version: 1, role: "agent", ...plain, [grant]: true });
    const results = await Promise.allSettled([change("canHandleAfterSales"), change("canManageStrategies")]);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const [row] = await db.select().from(members).where(eq(members.id, f.viewer.id));
    expect(row?.version).toBe(2);
    expect(Number(row?.canHandleAfterSales) + Number(row?.canManageStrategies)).toBe(1);
  });
});

describe("shop isolation", () => {
  it("the owner of shop B cannot list, change or remove shop A's members", async () => {
    const a = await createShop(db);
    const b = await createShop(db);
    const before = await snapshot(a.shopId);
    for (const active of [b.shopId, a.shopId]) {
      // Their session names shop B, or (forged) shop A where they are no member: both act in shop B.
      const api = caller(b.owner.userId, active);
      expect((await api.members.list()).members.map((m) => m.id)).not.toContain(a.owner.id);
      const update = { memberId: a.viewer.id, version: 1, ...ownerState };
      expect(await refusal(api.members.update(update))).toEqual({ code: "NOT_FOUND", reason: "MEMBER_NOT_FOUND" });
      expect(await refusal(api.members.remove({ memberId: a.owner.id, version: 1 }))).toEqual({
        code: "NOT_FOUND",
        reason: "MEMBER_NOT_FOUND",
      });
    }
    expect(await snapshot(a.shopId)).toEqual(before);
  });
});
