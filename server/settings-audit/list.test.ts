// 设置 → 变更记录's list through the real tRPC router on a real database: newest first, by area, keyset pages that
// neither skip nor repeat a row (rows of one transaction share their time), one shop's rows never in another's list,
// read by the owner and 设置权限 only, and a removed member's changes kept under their name.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { forgetMemberships } from "../members/membership-cache";
import { createShop, type ShopFixture } from "../tickets/actions/test-fixtures";
import type { SettingsArea } from "./areas";
import { recordSettingsChange } from "./record";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);

/** `n` records in one transaction (one `at`), named "<prefix> 1"…"<prefix> n". */
async function record(f: ShopFixture, n: number, prefix: string, area: SettingsArea = "rules") {
  await db.transaction(async (tx) => {
    for (let i = 1; i <= n; i++) {
      await recordSettingsChange(tx, {
        shopId: f.shopId,
        actor: { memberId: f.owner.id, name: f.owner.displayName },
        area,
        action: "test",
        summary: `${prefix} ${i}`,
      });
    }
  });
}

describe("the list", () => {
  it("pages newest first with 加载更多's cursor, without skipping or repeating a row", async () => {
    const f = await createShop(db);
    await record(f, 4, "first");
    await record(f, 3, "second", "members");
    const owner = as(f, f.owner);
    const seen: string[] = [];
    let cursor: number | undefined;
    const sizes: number[] = [];
    do {
      const page = await owner.settingsChanges.list({ limit: 3, cursor });
      sizes.push(page.items.length);
      seen.push(...page.items.map((c) => c.summary));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(["second 3", "second 2", "second 1", "first 4", "first 3", "first 2", "first 1"]);

    const all = await owner.settingsChanges.list({});
    expect(all.nextCursor).toBeNull();
    expect(all.items[0]).toMatchObject({ area: "members", actorName: "店主老王", actorMemberId: f.owner.id });
    expect(all.items[0]?.at).toBeInstanceOf(Date);
  });

  it("filters by area, and pages within it", async () => {
    const f = await createShop(db);
    await record(f, 2, "rule");
    await record(f, 3, "key", "api");
    await record(f, 1, "rule again");
    const owner = as(f, f.owner);
    const api = await owner.settingsChanges.list({ area: "api", limit: 2 });
    expect(api.items.map((c) => c.summary)).toEqual(["key 3", "key 2"]);
    const rest = await owner.settingsChanges.list({ area: "api", limit: 2, cursor: api.nextCursor ?? undefined });
    expect(rest).toMatchObject({ items: [{ summary: "key 1" }], nextCursor: null });
    const rules = await owner.settingsChanges.list({ area: "rules" });
    expect(rules.items.map((c) => c.summary)).toEqual(["rule again 1", "rule 2", "rule 1"]);
    expect((await owner.settingsChanges.list({ area: "calendar" })).items).toEqual([]);
    expect((await trpcError(owner.settingsChanges.list({ area: "tickets" as never }))).code).toBe("BAD_REQUEST");
  });

  it("a shop sees only its own changes, even with another shop's cursor", async () => {
    const a = await createShop(db);
    const b = await createShop(db);
    await record(a, 3, "A");
    await as(a, a.owner).shopRules.save({
      previous: await as(a, a.owner).shopRules.get(),
      next: { ...(await as(a, a.owner).shopRules.get()), isCrossBorder: true },
    });
    const ofA = await as(a, a.owner).settingsChanges.list({});
    expect(ofA.items).toHaveLength(4);
    expect(await as(b, b.owner).settingsChanges.list({})).toEqual({ items: [], nextCursor: null });
    await record(b, 1, "B");
    const cursor = ofA.items[0]?.id;
    expect((await as(b, b.owner).settingsChanges.list({ cursor })).items).toEqual([]);
    expect((await as(b, b.owner).settingsChanges.list({})).items.map((c) => c.summary)).toEqual(["B 1"]);
  });
});

describe("who may read it", () => {
  it("the owner and 设置权限; an agent or a lead without 设置权限 is FORBIDDEN with the reason", async () => {
    const f = await createShop(db);
    await record(f, 1, "x");
    for (const m of [f.viewer, f.handler, f.lead]) {
      const e = await trpcError(as(f, m).settingsChanges.list({}));
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).toBe("只有店主或有设置权限的成员可以查看设置变更记录");
    }
    await db.update(members).set({ canManageSettings: true }).where(eq(members.id, f.viewer.id));
    forgetMemberships();
    expect((await as(f, f.viewer).settingsChanges.list({})).items).toHaveLength(1);
  });

  it("a removed member's changes stay, under the name they had", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const list = await owner.members.list();
    const lead = list.members.find((m) => m.id === f.lead.id);
    await owner.members.update({
      memberId: f.lead.id,
      version: lead?.version ?? 1,
      role: "lead",
      canHandleAfterSales: false,
      canManageStrategies: false,
      canManageSettings: true,
    });
    const rules = await as(f, f.lead).shopRules.get();
    await as(f, f.lead).shopRules.save({ previous: rules, next: { ...rules, interceptionAgreement: false } });
    const fresh = (await owner.members.list()).members.find((m) => m.id === f.lead.id);
    await owner.members.remove({ memberId: f.lead.id, version: fresh?.version ?? 1 });
    const items = (await owner.settingsChanges.list({})).items;
    expect(items.map((c) => [c.actorName, c.summary])).toEqual([
      ["店主老王", "将 主管阿芳（售后主管）移出了本店"],
      ["主管阿芳", "取消了「已签署物流拦截协议」"],
      ["店主老王", "为 主管阿芳 开启了「设置权限」"],
    ]);
    expect(items[1]?.actorMemberId).toBe(f.lead.id);
  });
});
