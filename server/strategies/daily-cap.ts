// The daily cap on auto-refunded money per shop (SPEC §4: "A daily cap on auto-refunded money (assumption: off by
// default) protects the shop"). The day is the Asia/Shanghai calendar day; the money is what strategies refunded.
import { and, count, eq, gte, lt, sql, sum } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "../../db/client";
import { refunds, shopSettings, strategyChanges, strategyRuns } from "../../db/schema";
import { actorOf } from "../settings-audit/areas";
import { describeDailyCap } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import { type StrategyCtx, assertCanManageStrategies } from "./access";
import { shanghaiDay } from "./rules";
import { setDailyCapInput } from "./schemas";

export type CapStatus = {
  capFen: number | null;
  spentFen: number;
  remainingFen: number | null;
  /** Strategies stopped refunding today: the cap is used up, or a refund was held back for a person. */
  reached: boolean;
  /** Tickets a strategy matched today but left for a person because of the cap. */
  heldToday: number;
  day: string;
};

async function capOf(db: DbOrTx, shopId: string): Promise<number | null> {
  const [row] = await db
    .select({ cap: shopSettings.dailyAutoRefundCapFen })
    .from(shopSettings)
    .where(eq(shopSettings.shopId, shopId));
  return row?.cap ?? null;
}

/** Money strategies refunded in the shop on `now`'s day, from the refunds ledger (one row per refund). */
export async function autoRefundedToday(db: DbOrTx, shopId: string, now: Date): Promise<number> {
  const day = shanghaiDay(now);
  const [row] = await db
    .select({ total: sum(refunds.amountFen) })
    .from(refunds)
    .where(
      and(eq(refunds.shopId, shopId), eq(refunds.by, "strategy"), gte(refunds.at, day.start), lt(refunds.at, day.end)),
    );
  return Number(row?.total ?? 0);
}

/**
 * For 预警中心 and the page: the cap, today's auto-refunded money and whether strategies stopped refunding.
 * Cheap at any size: today's refunds by (shop, at) and today's held runs by (shop, at) where capped.
 */
export async function strategyCapStatus(db: DbOrTx, shopId: string, now: Date): Promise<CapStatus> {
  const day = shanghaiDay(now);
  const [capFen, spentFen, held] = await Promise.all([
    capOf(db, shopId),
    autoRefundedToday(db, shopId, now),
    db
      .select({ n: count() })
      .from(strategyRuns)
      .where(
        and(
          eq(strategyRuns.shopId, shopId),
          eq(strategyRuns.outcome, "capped"),
          gte(strategyRuns.at, day.start),
          lt(strategyRuns.at, day.end),
        ),
      ),
  ]);
  const heldToday = held[0]?.n ?? 0;
  return {
    capFen,
    spentFen,
    remainingFen: capFen === null ? null : Math.max(0, capFen - spentFen),
    reached: capFen !== null && (spentFen >= capFen || heldToday > 0),
    heldToday,
    day: day.key,
  };
}

/**
 * Serialises auto-refund decisions of one shop until the caller's transaction ends, then reads the cap and today's
 * spend: two workers can never both squeeze under the cap. Without a cap nothing is locked.
 */
export async function lockCapForRefund(tx: Tx, shopId: string, now: Date) {
  const capFen = await capOf(tx, shopId);
  if (capFen === null) return { capFen, spentFen: 0 };
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`strategy-cap:${shopId}`}, 0))`);
  return { capFen, spentFen: await autoRefundedToday(tx, shopId, now) };
}

/** Sets or clears the cap (owner / lead), audited like a strategy edit. */
export async function setDailyCap(db: Db, ctx: StrategyCtx, raw: unknown): Promise<CapStatus> {
  assertCanManageStrategies(ctx);
  const input = parseInput(setDailyCapInput, raw);
  await db.transaction(async (tx) => {
    const before = await capOf(tx, ctx.shopId);
    if (before === input.capFen) return;
    await tx
      .insert(shopSettings)
      .values({ shopId: ctx.shopId, dailyAutoRefundCapFen: input.capFen })
      .onConflictDoUpdate({ target: shopSettings.shopId, set: { dailyAutoRefundCapFen: input.capFen } });
    await tx.insert(strategyChanges).values({
      shopId: ctx.shopId,
      strategyId: null,
      change: "daily_cap",
      before: { capFen: before },
      after: { capFen: input.capFen },
      memberId: ctx.member.id,
      memberName: ctx.member.displayName,
      at: ctx.now,
    });
    // A shop setting too (shop_settings): 设置 → 变更记录 lists it with the others.
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "strategies",
      action: "daily_cap.update",
      summary: describeDailyCap(before, input.capFen),
      data: { before: { capFen: before }, after: { capFen: input.capFen } },
    });
  });
  return strategyCapStatus(db, ctx.shopId, ctx.now);
}
