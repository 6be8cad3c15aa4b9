// The 售后助手 page: every strategy of the shop (built-ins created on first sight) with on/off, its definition,
// matches and money today / 7 days, its last runs, plus the daily cap and whether this member may edit.
import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { products, strategyRuns } from "../../db/schema";
import { mayManageStrategies } from "../members/rules";
import type { StrategyCtx } from "./access";
import { strategyCapStatus } from "./daily-cap";
import { builtins, isBuiltin } from "./definitions";
import { shanghaiDay } from "./rules";
import { definitionOf, ensureBuiltins, listShopStrategies, type StrategyRow } from "./store";

export type StrategyStats = { todayN: number; todayFen: number; weekN: number; weekFen: number };
const noStats: StrategyStats = { todayN: 0, todayFen: 0, weekN: 0, weekFen: 0 };

/** Acted runs today and over the last 7 calendar days (Asia/Shanghai), from the acted-runs index. */
export async function strategyStats(db: DbOrTx, ids: string[], now: Date): Promise<Map<string, StrategyStats>> {
  if (ids.length === 0) return new Map();
  const today = shanghaiDay(now).start;
  const weekStart = new Date(today.getTime() - 6 * 86_400_000);
  const since = sql`${today.toISOString()}::timestamptz`;
  const rows = await db
    .select({
      id: strategyRuns.strategyId,
      todayN: sql<number>`(count(*) filter (where ${strategyRuns.at} >= ${since}))::int`,
      todayFen: sql<string>`coalesce(sum(${strategyRuns.amountFen}) filter (where ${strategyRuns.at} >= ${since}), 0)`,
      weekN: sql<number>`count(*)::int`,
      weekFen: sql<string>`coalesce(sum(${strategyRuns.amountFen}), 0)`,
    })
    .from(strategyRuns)
    .where(and(inArray(strategyRuns.strategyId, ids), eq(strategyRuns.acted, true), gte(strategyRuns.at, weekStart)))
    .groupBy(strategyRuns.strategyId);
  return new Map(
    rows.map((r) => [
      r.id,
      { todayN: r.todayN, todayFen: Number(r.todayFen), weekN: r.weekN, weekFen: Number(r.weekFen) },
    ]),
  );
}

const runColumns = {
  id: strategyRuns.id,
  strategyId: strategyRuns.strategyId,
  version: strategyRuns.version,
  ticketId: strategyRuns.ticketId,
  outcome: strategyRuns.outcome,
  amountFen: strategyRuns.amountFen,
  conditions: strategyRuns.conditions,
  why: strategyRuns.why,
  dueAt: strategyRuns.dueAt,
  at: strategyRuns.at,
};

/** The latest runs of one strategy, newest first. */
export function latestRuns(db: DbOrTx, strategyId: string, limit: number) {
  return db
    .select(runColumns)
    .from(strategyRuns)
    .where(eq(strategyRuns.strategyId, strategyId))
    .orderBy(desc(strategyRuns.at), desc(strategyRuns.id))
    .limit(limit);
}
export type RunView = Awaited<ReturnType<typeof latestRuns>>[number];

export function strategyView(s: StrategyRow, stats: StrategyStats | undefined, lastRuns: RunView[]) {
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    enabled: s.enabled,
    version: s.version,
    definition: definitionOf(s),
    maxFenLimit: isBuiltin(s.kind) ? builtins[s.kind].maxFenLimit : null,
    updatedAt: s.updatedAt,
    updatedBy: s.updatedBy,
    stats: stats ?? noStats,
    lastRuns,
  };
}
export type StrategyView = ReturnType<typeof strategyView>;

export async function strategiesOverview(db: Db, ctx: StrategyCtx) {
  await ensureBuiltins(db, ctx.shopId, ctx.now);
  const rows = await listShopStrategies(db, ctx.shopId);
  const [stats, runs, cap] = await Promise.all([
    strategyStats(
      db,
      rows.map((r) => r.id),
      ctx.now,
    ),
    Promise.all(rows.map((r) => latestRuns(db, r.id, 3))),
    strategyCapStatus(db, ctx.shopId, ctx.now),
  ]);
  return {
    strategies: rows.map((s, i) => strategyView(s, stats.get(s.id), runs[i] ?? [])),
    cap,
    canManage: mayManageStrategies(ctx.member),
    now: ctx.now,
  };
}

/** Products for the custom strategy's product condition (the shop's catalogue, by title). */
export function strategyProductOptions(db: DbOrTx, shopId: string) {
  return db
    .select({ id: products.id, title: products.title })
    .from(products)
    .where(eq(products.shopId, shopId))
    .orderBy(products.title)
    .limit(300);
}
