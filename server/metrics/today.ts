// The team lead's phone home (issue 7): today's key numbers against yesterday, and the live queues behind them.
// Today is live (query.ts); yesterday comes from its rollup.
import type { DbOrTx } from "../../db/client";
import { quickFilterCounts } from "../tickets/counts";
import { addDays, dayOf } from "./days";
import { type MetricId, metricValue } from "./definitions";
import { emptyFacts } from "./facts";
import { liveDay, rolledByDay } from "./query";

export const todayMetricIds = [
  "satisfaction",
  "handlingTime",
  "refundOnlyTime",
  "disputeRate",
  "replyIn3mRate",
  "shipOnTimeRate",
] as const satisfies readonly MetricId[];

export async function leadToday(db: DbOrTx, ctx: { shopId: string; now: Date }) {
  const today = dayOf(ctx.now);
  const yesterday = addDays(today, -1);
  const [live, rolled, queues] = await Promise.all([
    liveDay(db, ctx.shopId, today, ctx.now),
    rolledByDay(db, ctx.shopId, { from: yesterday, to: yesterday }),
    quickFilterCounts(db, ctx.shopId, ctx.now),
  ]);
  const t = live.get("all", "") ?? emptyFacts();
  const y = rolled.get(yesterday) ?? emptyFacts();
  return {
    today,
    now: ctx.now,
    applied: { today: t.c.tickets, yesterday: y.c.tickets },
    refundFen: { today: t.c.refundFen, yesterday: y.c.refundFen },
    metrics: todayMetricIds.map((id) => ({
      id,
      today: metricValue(id, t),
      yesterday: metricValue(id, y).value,
    })),
    queues: {
      pendingReview: queues.pendingReview,
      aboutToTimeout: queues.aboutToTimeout,
      overdue: queues.overdue,
      returnSignedPending: queues.returnSignedPending,
      platformIntervention: queues.platformIntervention,
    },
  };
}
