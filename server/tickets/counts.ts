import { and, eq, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { tickets } from "../../db/schema";
import { shopTimeLimits } from "../shops/settings";
import { terminalStatuses } from "./domain";
import { quickFilterCondition } from "./quick-filters";
import { type QuickFilterId, quickFilterIds } from "./schemas";

/** Live counts of every quick filter of SPEC §5, in one pass over the shop's open tickets. */
export async function quickFilterCounts(db: DbOrTx, shopId: string, now: Date): Promise<Record<QuickFilterId, number>> {
  const limits = await shopTimeLimits(db, shopId);
  const cols = Object.fromEntries(
    quickFilterIds.map((id) => [
      id,
      sql<number>`count(*) filter (where ${quickFilterCondition(id, now, limits)})`.mapWith(Number),
    ]),
  );
  // Every quick filter is about open tickets, so ended ones are never read.
  const [row] = await db
    .select(cols)
    .from(tickets)
    .where(and(eq(tickets.shopId, shopId), notInArray(tickets.status, [...terminalStatuses])));
  return row as Record<QuickFilterId, number>;
}
