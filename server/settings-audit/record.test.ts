// 设置变更记录 through the real tRPC router on a real database: every settings mutation of every area records exactly
// one row, in its own transaction, with the summary a merchant reads and no secret in it; a refused change (bad
// input, a stale compare-and-set, no permission) and a change to nothing record nothing.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { settingsChanges, shops } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { secretFingerprint } from "../platform/connection";
import { createShop, type ShopFixture } from "../tickets/actions/test-fixtures";

const { db } = await useTestDb();
const caller = await routerCaller(db);
const as = (f: ShopFixture, m: ShopFixture["owner"]) => caller(m.userId, f.shopId);
const changesOf = (shopId: string) =>
  db.select().from(settingsChanges).where(eq(settingsChanges.shopId, shopId)).orderBy(asc(settingsChanges.id));
/** Runs a change and answers the rows it recorded. */
async function recorded(f: ShopFixture, change: () => Promise<unknown>) {
  const before = (await changesOf(f.shopId)).length;
  await change();
  return (await changesOf(f.shopId)).slice(before);
}
/** Runs a refused change and checks it recorded nothing. */
async function refusedWithoutRecord(f: ShopFixture, change: () => Promise<unknown>) {
  const before = (await changesOf(f.shopId)).length;
  const e = await trpcError(change());
  expect((await changesOf(f.shopId)).length).toBe(before);
  return e;
}
const agent = {
  role: "agent",
  canHandleAfterSales: true,
  canManageStrategies: false,
  canManageSettings: false,
} as const;
const versionOf = async (f: ShopFixture, id: string) =>
  (await as(f, f.owner).members.list()).members.find((m) => m.id === id)?.version ?? 0;

describe("成员与权限", () => {
  it("adding, changing role and permissions, and removing each record one row naming the member", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const [added] = await recorded(f, () =>
      owner.members.add({
        email: `zhou.${f.shopId}@example.com`,
        displayName: "小周",
        password: "init-pass-123",
        ...agent,
      }),
    );
    expect(added).toMatchObject({
      area: "members",
      action: "member.add",
      actorMemberId: f.owner.id,
      actorName: "店主老王",
      summary: "添加了成员 小周（客服，售后处理）",
    });
    expect(JSON.stringify(added?.data)).not.toContain("init-pass-123");

    const v = await versionOf(f, f.handler.id);
    const role = await recorded(f, () =>
      owner.members.update({ memberId: f.handler.id, version: v, ...agent, role: "lead", canManageSettings: true }),
    );
    expect(role.map((r) => r.summary)).toEqual([
      "将 客服小李 的角色由 客服 改为 售后主管；为 客服小李 开启了「设置权限」",
    ]);
    expect(role[0]?.data).toMatchObject({
      before: { role: "agent" },
      after: { role: "lead", canManageSettings: true },
    });
    const perms = await recorded(f, async () =>
      owner.members.update({
        memberId: f.handler.id,
        version: await versionOf(f, f.handler.id),
        ...agent,
        role: "lead",
        canHandleAfterSales: false,
      }),
    );
    expect(perms.map((r) => [r.action, r.summary])).toEqual([
      ["member.permissions", "关闭了 客服小李 的「售后处理」、「设置权限」"],
    ]);

    const removed = await recorded(f, async () =>
      owner.members.remove({ memberId: f.viewer.id, version: await versionOf(f, f.viewer.id) }),
    );
    expect(removed.map((r) => r.summary)).toEqual(["将 客服小赵（客服）移出了本店"]);
  });

  it("a refusal (no 设置权限, stale version, last owner) and a change to nothing record nothing", async () => {
    const f = await createShop(db);
    const v = await versionOf(f, f.viewer.id);
    const e = await refusedWithoutRecord(f, () =>
      as(f, f.handler).members.update({ memberId: f.viewer.id, version: v, ...agent }),
    );
    expect(e.code).toBe("FORBIDDEN");
    const stale = await refusedWithoutRecord(f, () =>
      as(f, f.owner).members.update({ memberId: f.viewer.id, version: v + 1, ...agent }),
    );
    expect(stale.code).toBe("CONFLICT");
    const owner = await versionOf(f, f.owner.id);
    await refusedWithoutRecord(f, () => as(f, f.owner).members.remove({ memberId: f.owner.id, version: owner }));
    // The same role and permissions again: saved (the version moves on), nothing to record.
    const same = await recorded(f, () =>
      as(f, f.owner).members.update({ memberId: f.viewer.id, version: v, ...agent, canHandleAfterSales: false }),
    );
    expect(same).toEqual([]);
  });
});

describe("时限与规则", () => {
  it("one save records one row listing each limit and flag changed; a refused save records nothing", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const previous = await owner.shopRules.get();
    const next = {
      limits: { ...previous.limits, reviewMin: 24 * 60, aboutToTimeoutMin: 4 * 60 },
      interceptionAgreement: false,
      isCrossBorder: true,
    };
    const rows = await recorded(f, () => owner.shopRules.save({ previous, next }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      area: "rules",
      action: "rules.update",
      summary:
        "「待商家处理」时限 48 小时 → 24 小时；「即将超时」提醒 6 小时 → 4 小时；取消了「已签署物流拦截协议」；设为跨境店铺",
    });
    // The page's copy is stale now; out of range; no 设置权限.
    expect((await refusedWithoutRecord(f, () => owner.shopRules.save({ previous, next }))).code).toBe("CONFLICT");
    const bad = { ...next, limits: { ...next.limits, reviewMin: 1 } };
    await refusedWithoutRecord(f, () => owner.shopRules.save({ previous: next, next: bad }));
    expect(
      (await refusedWithoutRecord(f, () => as(f, f.lead).shopRules.save({ previous: next, next: previous }))).code,
    ).toBe("FORBIDDEN");
    // Saving what is already there changes nothing.
    expect(await recorded(f, () => owner.shopRules.save({ previous: next, next }))).toEqual([]);
  });
});

describe("假期与报备", () => {
  it("adding and removing a holiday or a filing each record one row; bad dates record nothing", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    let id = "";
    const added = await recorded(f, async () => {
      id = (
        await owner.settingsCalendar.addHoliday({
          name: "国庆节",
          startsOn: "2024-10-01",
          endsOn: "2024-10-07",
          shipDelayDays: 3,
        })
      ).id;
    });
    expect(added.map((r) => [r.area, r.summary])).toEqual([
      ["calendar", "添加了假期「国庆节」（2024-10-01 至 2024-10-07，顺延 3 天）"],
    ]);
    const removed = await recorded(f, () => owner.settingsCalendar.removeHoliday({ id }));
    expect(removed.map((r) => r.summary)).toEqual(["删除了假期「国庆节」（2024-10-01 至 2024-10-07）"]);
    await refusedWithoutRecord(f, () =>
      owner.settingsCalendar.addHoliday({ name: "错", startsOn: "2024-10-07", endsOn: "2024-10-01", shipDelayDays: 1 }),
    );
    await refusedWithoutRecord(f, () => owner.settingsCalendar.removeHoliday({ id }));

    const filed = await recorded(f, async () => {
      id = (
        await owner.settingsCalendar.addFiling({
          reason: "暴雨导致快递停运",
          coversFrom: new Date("2024-07-01T02:00:00Z"),
          coversTo: new Date("2024-07-02T02:00:00Z"),
        })
      ).id;
    });
    expect(filed.map((r) => r.summary)).toEqual([
      "提交了报备「暴雨导致快递停运」（承诺发货 2024/07/01 10:00 至 2024/07/02 10:00）",
    ]);
    const unfiled = await recorded(f, () => owner.settingsCalendar.removeFiling({ id }));
    expect(unfiled.map((r) => [r.action, r.summary])).toEqual([["filing.remove", "删除了报备「暴雨导致快递停运」"]]);
  });
});

describe("预警阈值 and 每日自动退款上限", () => {
  it("each save records one row with the values before and after; out of range records nothing", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const set = await recorded(f, () =>
      owner.warnings.updateThresholds({ thresholds: { satisfaction: 0.8, disputeRate: null } }),
    );
    expect(set.map((r) => [r.area, r.summary])).toEqual([
      [
        "warnings",
        "「售后满意度」预警阈值 85.0%（默认） → 80.0%；「纠纷率（平台介入率）」预警阈值 2.0%（默认） → 不预警",
      ],
    ]);
    const reset = await recorded(f, () => owner.warnings.updateThresholds({ reset: ["satisfaction"] }));
    expect(reset.map((r) => r.summary)).toEqual(["「售后满意度」预警阈值 80.0% → 85.0%（默认）"]);
    await refusedWithoutRecord(f, () => owner.warnings.updateThresholds({ thresholds: { satisfaction: 7 } }));

    const cap = await recorded(f, () => owner.strategies.setDailyCap({ capFen: 500_000 }));
    expect(cap.map((r) => [r.area, r.summary])).toEqual([["strategies", "每日自动退款上限 不限 → ¥5,000.00"]]);
    expect(await recorded(f, () => owner.strategies.setDailyCap({ capFen: 500_000 }))).toEqual([]);
    await refusedWithoutRecord(f, () => as(f, f.viewer).strategies.setDailyCap({ capFen: null }));
  });
});

describe("平台连接 and 开放接口", () => {
  it("rotating the secret records the fingerprints, never a secret; a stale rotation records nothing", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    const old = "test-secret-0123456789";
    const rows = await recorded(f, () =>
      owner.platformConnection.rotateSecret({ fingerprint: secretFingerprint(old) }),
    );
    const [shop] = await db.select({ secret: shops.connectorSecret }).from(shops).where(eq(shops.id, f.shopId));
    expect(rows.map((r) => [r.area, r.action, r.summary])).toEqual([
      ["platform", "platform.rotate_secret", "更换了平台签名密钥"],
    ]);
    expect(rows[0]?.data).toEqual({
      before: { fingerprint: secretFingerprint(old) },
      after: { fingerprint: secretFingerprint(shop?.secret ?? "") },
    });
    expect(JSON.stringify(rows)).not.toContain(old);
    expect(JSON.stringify(rows)).not.toContain(shop?.secret);
    await refusedWithoutRecord(f, () => owner.platformConnection.rotateSecret({ fingerprint: secretFingerprint(old) }));
  });

  it("API keys and webhook addresses: created and removed once each, no key, secret or query string kept", async () => {
    const f = await createShop(db);
    const owner = as(f, f.owner);
    let key = { id: "", key: "" };
    const created = await recorded(f, async () => {
      key = await owner.apiSettings.createKey({ name: "ERP 对接", scope: "act" });
    });
    expect(created.map((r) => [r.area, r.summary])).toEqual([["api", "创建了 API 密钥「ERP 对接」（可操作）"]]);
    expect(JSON.stringify(created)).not.toContain(key.key.slice(0, 12));
    const revoked = await recorded(f, () => owner.apiSettings.revokeKey({ id: key.id }));
    expect(revoked.map((r) => r.summary)).toEqual(["吊销了 API 密钥「ERP 对接」"]);
    expect(await recorded(f, () => owner.apiSettings.revokeKey({ id: key.id }))).toEqual([]);

    let hook = { id: "", secret: "" };
    const url = "https://erp.example.com/hooks/shouhou?token=tok_0123456789";
    const added = await recorded(f, async () => {
      hook = await owner.apiSettings.createWebhook({ url, events: ["ticket.created", "ticket.refunded"] });
    });
    expect(added.map((r) => r.summary)).toEqual([
      "添加了推送地址 https://erp.example.com/hooks/shouhou（新售后单、退款成功）",
    ]);
    for (const secret of [hook.secret, "tok_0123456789"]) expect(JSON.stringify(added)).not.toContain(secret);
    const removed = await recorded(f, () => owner.apiSettings.removeWebhook({ id: hook.id }));
    expect(removed.map((r) => r.summary)).toEqual(["删除了推送地址 https://erp.example.com/hooks/shouhou"]);
    expect(await recorded(f, () => owner.apiSettings.removeWebhook({ id: hook.id }))).toEqual([]);
    // No 设置权限; bad input.
    await refusedWithoutRecord(f, () => as(f, f.lead).apiSettings.createKey({ name: "x", scope: "read" }));
    await refusedWithoutRecord(f, () =>
      owner.apiSettings.createWebhook({ url: "ftp://x", events: ["ticket.created"] }),
    );
  });
});
