// 预警中心 list: active warnings (unacknowledged first) and the ones cleared in the last 7 days.
import { and, desc, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { metricRollupState, warnings } from "../../db/schema";

const CLEARED_DAYS = 7;

export async function listWarnings(db: DbOrTx, ctx: { shopId: string; now: Date }) {
  const since = new Date(ctx.now.getTime() - CLEARED_DAYS * 24 * 3600_000);
  const [active, cleared, [state]] = await Promise.all([
    db
      .select()
      .from(warnings)
      .where(and(eq(warnings.shopId, ctx.shopId), isNull(warnings.clearedAt)))
      .orderBy(sql`${warnings.acknowledgedAt} is not null`, desc(warnings.firstSeenAt)),
    db
      .select()
      .from(warnings)
      .where(and(eq(warnings.shopId, ctx.shopId), isNotNull(warnings.clearedAt), gte(warnings.clearedAt, since)))
      .orderBy(desc(warnings.clearedAt))
      .limit(20),
    db
      .select({ at: metricRollupState.warningsAt })
      .from(metricRollupState)
      .where(eq(metricRollupState.shopId, ctx.shopId)),
  ]);
  return { active, cleared, evaluatedAt: state?.at ?? null, now: ctx.now };
}
