// Turning a strategy on or off (owner / lead), audited. Turning on lets the worker judge the 待商家处理 tickets this
// version has not judged yet; turning off stops it at once (the worker only reads enabled strategies).
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { strategies, strategyChanges } from "../../db/schema";
import { parseInput } from "../tickets/actions/context";
import { type StrategyCtx, assertCanManageStrategies } from "./access";
import { setEnabledInput } from "./schemas";
import { getStrategyInShop, type StrategyRow } from "./store";

export async function setStrategyEnabled(db: Db, ctx: StrategyCtx, raw: unknown): Promise<StrategyRow> {
  assertCanManageStrategies(ctx);
  const input = parseInput(setEnabledInput, raw);
  return db.transaction(async (tx) => {
    const row = await getStrategyInShop(tx, ctx.shopId, input.id, true);
    if (row.enabled === input.enabled) return row;
    const [updated] = await tx
      .update(strategies)
      .set({ enabled: input.enabled, updatedAt: ctx.now, updatedBy: ctx.member.displayName })
      .where(eq(strategies.id, row.id))
      .returning();
    await tx.insert(strategyChanges).values({
      shopId: ctx.shopId,
      strategyId: row.id,
      change: input.enabled ? "enable" : "disable",
      version: row.version,
      before: { enabled: row.enabled },
      after: { enabled: input.enabled },
      memberId: ctx.member.id,
      memberName: ctx.member.displayName,
      at: ctx.now,
    });
    return updated;
  });
}
