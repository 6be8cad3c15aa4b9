// One strategy with its history: every version as it was, the audit trail (who changed what, when) and its runs.
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { strategyChanges, strategyVersions } from "../../db/schema";
import { mayManageStrategies } from "../members/rules";
import type { StrategyCtx } from "./access";
import { latestRuns, strategyStats, strategyView } from "./overview";
import { ensureBuiltins, getStrategyInShop } from "./store";

export async function strategyDetail(db: Db, ctx: StrategyCtx, id: string) {
  await ensureBuiltins(db, ctx.shopId, ctx.now);
  const s = await getStrategyInShop(db, ctx.shopId, id);
  const [stats, runs, versions, changes] = await Promise.all([
    strategyStats(db, [s.id], ctx.now),
    latestRuns(db, s.id, 30),
    db
      .select()
      .from(strategyVersions)
      .where(eq(strategyVersions.strategyId, s.id))
      .orderBy(desc(strategyVersions.version)),
    db
      .select()
      .from(strategyChanges)
      .where(and(eq(strategyChanges.shopId, ctx.shopId), eq(strategyChanges.strategyId, s.id)))
      .orderBy(desc(strategyChanges.at), desc(strategyChanges.id))
      .limit(50),
  ]);
  return {
    strategy: strategyView(s, stats.get(s.id), runs),
    versions: versions.map((v) => ({
      version: v.version,
      snapshot: v.snapshot,
      changedByName: v.changedByName,
      changedAt: v.changedAt,
    })),
    changes: changes.map((c) => ({
      id: c.id,
      change: c.change,
      version: c.version,
      before: c.before,
      after: c.after,
      memberName: c.memberName,
      at: c.at,
    })),
    canManage: mayManageStrategies(ctx.member),
  };
}
