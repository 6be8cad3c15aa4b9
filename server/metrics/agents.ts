// 客服 (SPEC §6): per agent over the range — tickets handled, median handling time, 3分钟回复率, 客服好评率,
// 售后满意度 — and the current workload (open tickets assigned to them, live).
import { and, count, eq, inArray, isNotNull, notInArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { formerMembers, members, tickets } from "../../db/schema";
import { createReadCache } from "../shops/read-cache";
import { terminalStatuses } from "../tickets/domain";
import { type MetricId, metricDefs, metricValue } from "./definitions";
import { emptyFacts, type HistFact } from "./facts";
import { periodByKey } from "./query";
import { resolveRange } from "./range";
import { type RangeInput, rangeInput } from "./schemas";

const agentMetrics = ["handlingTime", "replyIn3mRate", "avgReplyTime", "agentGoodRate", "satisfaction"] as const;
// Only the histograms these metrics take percentiles of are read (处理时长's), not all five.
const agentHists = agentMetrics.flatMap((id: MetricId) => metricDefs[id].hist ?? []) as HistFact[];

// 当前工作量 is live state, not history: counting it reads every open assigned ticket (≈5 ms at 30,000 in a
// 1,000,000-ticket shop, 0.6 ms at 3,000), so it is cached for a few seconds per shop; an assignment made in this
// process drops the cache at once (forgetWorkload).
const workloadCache = createReadCache<{ id: string | null; n: number }[]>("agent-workload", { ttlMs: 5_000 });
export const forgetWorkload = () => workloadCache.forget();

/** Open tickets per assignee, through tickets_shop_open_assignee_idx (assigned open tickets only). */
function openWorkload(db: DbOrTx, shopId: string) {
  return workloadCache.get(db, shopId, async () =>
    db
      .select({ id: tickets.assigneeId, n: count() })
      .from(tickets)
      .where(
        and(
          eq(tickets.shopId, shopId),
          isNotNull(tickets.assigneeId),
          notInArray(tickets.status, [...terminalStatuses]),
        ),
      )
      .groupBy(tickets.assigneeId),
  );
}

/** Members removed from the shop among `ids` (keys of the range's facts): their history stays theirs, by name. */
export function formerAgents(db: DbOrTx, shopId: string, ids: string[]) {
  const keys = ids.filter(Boolean);
  if (!keys.length) return Promise.resolve([]);
  return db
    .select({ id: formerMembers.id, name: formerMembers.displayName, role: formerMembers.role })
    .from(formerMembers)
    .where(and(eq(formerMembers.shopId, shopId), inArray(formerMembers.id, keys)));
}

export async function agentsView(db: DbOrTx, ctx: { shopId: string; now: Date }, input: RangeInput) {
  const range = resolveRange(rangeInput.parse(input), ctx.now);
  const [byAgent, team, load] = await Promise.all([
    periodByKey(db, ctx.shopId, range, ctx.now, "agent", agentHists),
    db
      .select({ id: members.id, name: members.displayName, role: members.role, canHandle: members.canHandleAfterSales })
      .from(members)
      .where(eq(members.shopId, ctx.shopId))
      .orderBy(members.displayName),
    openWorkload(db, ctx.shopId),
  ]);
  const workload = new Map(load.map((r) => [r.id, r.n]));
  const current = new Set(team.map((m) => m.id));
  const former = await formerAgents(
    db,
    ctx.shopId,
    [...byAgent.keys()].filter((id) => !current.has(id)),
  );
  const people = [...team.map((m) => ({ ...m, former: false })), ...former.map((m) => ({ ...m, former: true }))];
  const rows = people.map((m) => {
    const f = byAgent.get(m.id) ?? emptyFacts();
    const handling = metricValue("handlingTime", f);
    return {
      memberId: m.id,
      name: m.name,
      role: m.role,
      /** Removed from the shop since: their rows in the range still count, and are still theirs. */
      former: m.former,
      handled: f.c.tickets,
      handlingP50: handling.p50 ?? null,
      handlingMean: handling.value,
      replyIn3mRate: metricValue("replyIn3mRate", f),
      avgReplyTime: metricValue("avgReplyTime", f),
      agentGoodRate: metricValue("agentGoodRate", f),
      satisfaction: metricValue("satisfaction", f),
      conversations: f.c.conversations,
      workload: workload.get(m.id) ?? 0,
    };
  });
  // Tickets no agent touched: ended by a strategy, the platform timer or the buyer before anyone acted.
  const none = byAgent.get("") ?? emptyFacts();
  return { range, rows, withoutAgent: none.c.tickets };
}
