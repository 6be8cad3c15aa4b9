// A cheap self-check of the rollups: per day, do the row counts of each source still match what the rollup
// counted? Catches rows that arrived with old dates (an import, a platform catching up after an outage) without
// waiting for the nightly full pass. Index-only scans on each source's (shop_id, day column) index.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { dayStart } from "./days";

/** Days before `beforeDay` whose source counts differ from the rollup, newest first, at most `limit`. */
export async function staleDays(db: DbOrTx, shopId: string, beforeDay: string, limit: number): Promise<string[]> {
  const before = dayStart(beforeDay).toISOString();
  const local = (col: string) => sql.raw(`(${col} at time zone 'Asia/Shanghai')::date`);
  const rows = await db.execute<{ day: string }>(sql`
    with src as (
      select ${local("applied_at")} as d, count(*) as tickets, 0 as refunds, 0 as ratings, 0 as conversations, 0 as orders
        from tickets where shop_id = ${shopId} and applied_at < ${before}::timestamptz group by 1
      union all
      select ${local("at")}, 0, count(*), 0, 0, 0 from refunds where shop_id = ${shopId} and at < ${before}::timestamptz group by 1
      union all
      select ${local("at")}, 0, 0, count(*), 0, 0 from ratings where shop_id = ${shopId} and at < ${before}::timestamptz group by 1
      union all
      select ${local("started_at")}, 0, 0, 0, count(*), 0 from conversations
        where shop_id = ${shopId} and started_at < ${before}::timestamptz group by 1
      union all
      select ${local("paid_at")}, 0, 0, 0, 0, count(*) from orders where shop_id = ${shopId} and paid_at < ${before}::timestamptz group by 1
    ),
    raw as (
      select d, sum(tickets) t, sum(refunds) f, sum(ratings) g, sum(conversations) c, sum(orders) o from src group by d
    ),
    rolled as (
      select day, tickets t, refunds f, ratings g, conversations c, orders o from metric_rollups
      where shop_id = ${shopId} and dim = 'all' and day < ${beforeDay}::date
    )
    select coalesce(raw.d, rolled.day)::text as day
    from raw full join rolled on rolled.day = raw.d
    where coalesce(raw.t, 0) <> coalesce(rolled.t, 0) or coalesce(raw.f, 0) <> coalesce(rolled.f, 0)
       or coalesce(raw.g, 0) <> coalesce(rolled.g, 0) or coalesce(raw.c, 0) <> coalesce(rolled.c, 0)
       or coalesce(raw.o, 0) <> coalesce(rolled.o, 0)
    order by 1 desc
    limit ${limit}`);
  return rows.map((r) => r.day);
}
