// Edits are versioned and audited (who changed what, when); only members with canManageStrategies change anything;
// built-in thresholds stay within the platform's limits; the tRPC surface takes the shop from the session.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { strategies, strategyChanges, strategyVersions } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { routerCaller, trpcError } from "../../tests/trpc";
import { domainError, MIN, T0 } from "../tickets/actions/test-fixtures";
import { builtins, templates } from "./definitions";
import { updateStrategy } from "./save";
import { builtinId, ensureBuiltins } from "./store";
import { createCustom, setCap, strategyShop } from "./test-helpers";
import { setStrategyEnabled } from "./toggle";

const { db } = await useTestDb();
const caller = await routerCaller(db);

const later = (min: number) => new Date(T0.getTime() + min * MIN);
const changesOf = (id: string) =>
  db.select().from(strategyChanges).where(eq(strategyChanges.strategyId, id)).orderBy(asc(strategyChanges.id));

describe("versions and audit", () => {
  it("create, edit, toggle: each edit is a new version with its snapshot; every change names who and when", async () => {
    const s = await strategyShop(db);
    const c = await createCustom(db, s, {
      name: "发货后自动退货退款",
      definition: templates.after_ship_return.definition,
    });
    expect(c).toMatchObject({ version: 1, enabled: false, kind: "custom" });
    const edited = await updateStrategy(db, s.ctx(later(1)), {
      id: c.id,
      version: 1,
      name: "发货后自动退货退款（买家原因）",
      definition: {
        ...templates.after_ship_return.definition,
        conditions: { ...templates.after_ship_return.definition.conditions, reasons: ["no_longer_wanted"] },
      },
    });
    expect(edited.version).toBe(2);
    await setStrategyEnabled(db, s.ctx(later(2)), { id: c.id, enabled: true });
    const versions = await db
      .select()
      .from(strategyVersions)
      .where(eq(strategyVersions.strategyId, c.id))
      .orderBy(asc(strategyVersions.version));
    expect(versions.map((v) => [v.version, (v.snapshot as { name: string }).name, v.changedByName])).toEqual([
      [1, "发货后自动退货退款", "店主老王"],
      [2, "发货后自动退货退款（买家原因）", "店主老王"],
    ]);
    const changes = await changesOf(c.id);
    expect(changes.map((x) => [x.change, x.version, x.memberName, x.at.toISOString()])).toEqual([
      ["create", 1, "店主老王", T0.toISOString()],
      ["edit", 2, "店主老王", later(1).toISOString()],
      ["enable", 2, "店主老王", later(2).toISOString()],
    ]);
    expect(changes[1]?.before).toMatchObject({ conditions: { reasons: [] } });
    expect(changes[1]?.after).toMatchObject({ conditions: { reasons: ["no_longer_wanted"] } });
  });

  it("saving what is already there is not a new version; a stale version is refused", async () => {
    const s = await strategyShop(db);
    const id = builtinId(s.shopId, "small_amount_refund");
    const same = await updateStrategy(db, s.ctx(), {
      id,
      version: 1,
      definition: builtins.small_amount_refund.definition,
    });
    expect(same.version).toBe(1);
    const lowered = {
      ...builtins.small_amount_refund.definition,
      conditions: { ...builtins.small_amount_refund.definition.conditions, maxFen: 1_500 },
    };
    expect((await updateStrategy(db, s.ctx(), { id, version: 1, definition: lowered })).version).toBe(2);
    const stale = await domainError(updateStrategy(db, s.ctx(), { id, version: 1, definition: lowered }));
    expect(stale.details.reason).toBe("STRATEGY_VERSION_CONFLICT");
    expect(stale.message).toContain("v2");
  });

  it("a built-in's threshold may be lowered, never raised past the platform limit, and its other conditions stay", async () => {
    const s = await strategyShop(db);
    const id = builtinId(s.shopId, "fast_refund");
    const preset = builtins.fast_refund.definition;
    const raised = { ...preset, conditions: { ...preset.conditions, maxFen: 30_001 } };
    const e = await domainError(updateStrategy(db, s.ctx(), { id, version: 1, definition: raised }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toContain("¥300.00");
    // Trying to widen the fixed conditions changes only the threshold.
    const sneaky = {
      ...preset,
      conditions: { ...preset.conditions, maxFen: 20_000, excludeVirtual: false, shipped: "any" as const },
    };
    const saved = await updateStrategy(db, s.ctx(), { id, version: 1, definition: sneaky });
    expect(saved.conditions).toEqual({ ...preset.conditions, maxFen: 20_000 });
  });

  it("only managers change strategies or the cap; others get FORBIDDEN and nothing changes", async () => {
    const s = await strategyShop(db);
    const id = builtinId(s.shopId, "small_amount_refund");
    const agentCtx = { shopId: s.shopId, member: { ...s.handler, canManageStrategies: false }, now: T0 };
    const e = await domainError(setStrategyEnabled(db, agentCtx, { id, enabled: true }));
    expect(e.code).toBe("FORBIDDEN");
    const [row] = await db.select().from(strategies).where(eq(strategies.id, id));
    expect(row?.enabled).toBe(false);
    await setCap(db, s, 5_000);
    expect((await changesOf(id)).length).toBe(0);
    const [cap] = await db.select().from(strategyChanges).where(eq(strategyChanges.change, "daily_cap"));
    expect(cap).toMatchObject({ shopId: s.shopId, after: { capFen: 5_000 }, memberName: "店主老王" });
  });

  it("built-ins are created once per shop, whatever the number of first sights", async () => {
    const s = await strategyShop(db);
    await Promise.all([ensureBuiltins(db, s.shopId, T0), ensureBuiltins(db, s.shopId, T0)]);
    const rows = await db.select().from(strategies).where(eq(strategies.shopId, s.shopId));
    expect(rows.map((r) => r.kind).sort()).toEqual(["fast_refund", "seven_day_return", "small_amount_refund"]);
  });
});

describe("strategies router", () => {
  const callerFor = (shopId: string, userId: string) => caller(userId, shopId);

  it("overview shows the built-ins and who may edit; an agent may view and dry-run but not toggle", async () => {
    const s = await strategyShop(db);
    const lead = callerFor(s.shopId, s.lead.userId);
    const o = await lead.strategies.overview();
    expect(o.strategies.map((x) => [x.kind, x.enabled, x.version])).toEqual([
      ["fast_refund", false, 1],
      ["small_amount_refund", false, 1],
      ["seven_day_return", false, 1],
    ]);
    expect(o.canManage).toBe(true);
    expect(o.cap).toMatchObject({ capFen: null, reached: false });
    const agent = callerFor(s.shopId, s.handler.userId);
    expect((await agent.strategies.overview()).canManage).toBe(false);
    const dry = await agent.strategies.dryRun({ definition: builtins.fast_refund.definition });
    expect(dry.matched).toBe(0);
    const id = builtinId(s.shopId, "fast_refund");
    expect((await trpcError(agent.strategies.setEnabled({ id, enabled: true }))).code).toBe("FORBIDDEN");
    expect((await lead.strategies.setEnabled({ id, enabled: true })).enabled).toBe(true);
  });

  it("another shop's strategy is not found; bad input is a BAD_REQUEST", async () => {
    const s = await strategyShop(db);
    const g = await strategyShop(db);
    const other = callerFor(g.shopId, g.owner.userId);
    const id = builtinId(s.shopId, "fast_refund");
    expect((await trpcError(other.strategies.detail({ id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(other.strategies.setEnabled({ id, enabled: true }))).code).toBe("NOT_FOUND");
    const bad = await trpcError(other.strategies.setDailyCap({ capFen: -5 }));
    expect(bad.code).toBe("BAD_REQUEST");
  });
});
