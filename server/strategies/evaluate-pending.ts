// Which 待商家处理 tickets an enabled strategy still has to judge: new ones, ones that changed (new ticket version or
// forward-logistics move), ones a new strategy version has not seen, and ones whose delay is now due. strategy_runs is
// the record. Three probes, all on indexes: the sweep walks the shop's (shop, status, deadline) index over 待商家处理
// only, with unique-key run lookups per ticket and strategy; the new-ticket probe reads the primary key past a cursor;
// the due probe reads waiting runs by (shop, due_at).
import { eq, type SQL, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { strategies } from "../../db/schema";
import { evaluateTicket } from "./evaluate";

/** A strategy that is on, as the probes need it. */
export type OnStrategy = { id: string; version: number };

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Some strategy that is on has no run for this ticket as it is now (or only a waiting one that came due) and never
 * acted on it. The strategies come in as a VALUES list and both lookups are LATERAL … LIMIT 1 on a unique index —
 * (ticket, strategy, version, ticket version, logistics) and (strategy, ticket) where acted — so they run per ticket
 * and stay index lookups whatever the table statistics say: never a scan of a strategy's runs per ticket, never a
 * hash of every run of every shop (both seen on the 1,000,000-ticket benchmark with the plain NOT EXISTS form).
 */
function unjudged(on: OnStrategy[], now: Date): SQL {
  const list = sql.join(
    on.map((s) => sql`(${s.id}::text, ${s.version}::int)`),
    sql`, `,
  );
  return sql`exists (
    select 1 from (values ${list}) as s(id, version)
    left join lateral (
      select 1 as hit from strategy_runs r
      where r.ticket_id = t.id and r.strategy_id = s.id and r.version = s.version and r.ticket_version = t.version
        and r.order_logistics = t.order_logistics_status::text and (r.outcome <> 'waiting' or r.due_at > ${iso(now)})
      limit 1) judged on true
    left join lateral (
      select 1 as hit from strategy_runs a where a.strategy_id = s.id and a.ticket_id = t.id and a.acted
      limit 1) acted on true
    where judged.hit is null and acted.hit is null)`;
}

const ids = (rows: Iterable<{ id: string | number }>) => [...rows].map((r) => Number(r.id));

export const sweepSql = (shopId: string, on: OnStrategy[], now: Date, limit: number) => sql`
  select t.id from tickets t
  where t.shop_id = ${shopId} and t.status = 'pending_review' and ${unjudged(on, now)}
  order by t.deadline_at, t.id
  limit ${limit}`;

/** The sweep: every pending ticket of the shop some enabled strategy still has to judge, earliest deadline first. */
export async function ticketsToEvaluate(db: DbOrTx, shopId: string, on: OnStrategy[], now: Date, limit: number) {
  if (on.length === 0) return [];
  return db.transaction(async (tx) => {
    // The worker runs its tasks one after another: a sweep must never hold up the platform timers for long.
    await tx.execute(sql`set local statement_timeout = '15s'`);
    return ids(await tx.execute<{ id: string | number }>(sweepSql(shopId, on, now, limit)));
  });
}

/** New tickets since `afterId` (primary key order): what the buyer just applied for, judged within a tick. */
export async function newTicketsToEvaluate(
  db: DbOrTx,
  shopId: string,
  on: OnStrategy[],
  afterId: number,
  now: Date,
  limit: number,
) {
  if (on.length === 0) return [];
  const rows = await db.execute<{ id: string | number }>(sql`
    select t.id from tickets t
    where t.id > ${afterId} and t.shop_id = ${shopId} and t.status = 'pending_review' and ${unjudged(on, now)}
    order by t.id
    limit ${limit}`);
  return ids(rows);
}

/** Tickets whose strategy delay came due in (from, now]. */
export async function dueTicketsToEvaluate(db: DbOrTx, shopId: string, from: Date, now: Date, limit: number) {
  const rows = await db.execute<{ id: string | number }>(sql`
    select distinct r.ticket_id as id from strategy_runs r
    where r.shop_id = ${shopId} and r.outcome = 'waiting' and r.due_at > ${iso(from)} and r.due_at <= ${iso(now)}
    limit ${limit}`);
  return ids(rows);
}

export async function maxTicketId(db: DbOrTx): Promise<number> {
  const [row] = await db.execute<{ id: string | number | null }>(sql`select max(id) as id from tickets`);
  return Number(row?.id ?? 0);
}

/** The strategies that are on, by shop (from the partial index on enabled). */
export async function enabledStrategies(db: DbOrTx, shopId?: string): Promise<Map<string, OnStrategy[]>> {
  const rows = await db
    .select({ shopId: strategies.shopId, id: strategies.id, version: strategies.version })
    .from(strategies)
    .where(shopId ? sql`${strategies.enabled} and ${eq(strategies.shopId, shopId)}` : eq(strategies.enabled, true))
    .orderBy(strategies.shopId, strategies.id);
  const out = new Map<string, OnStrategy[]>();
  for (const r of rows) out.set(r.shopId, [...(out.get(r.shopId) ?? []), { id: r.id, version: r.version }]);
  return out;
}

/** Evaluates the given tickets; returns how many got a run. */
export async function evaluateTickets(db: Db, shopId: string, ticketIds: number[], now: Date): Promise<number> {
  let evaluated = 0;
  for (const id of ticketIds) {
    if ((await evaluateTicket(db, shopId, id, now)).runs > 0) evaluated++;
  }
  return evaluated;
}

export type EvaluatePendingOptions = { now: Date; batchSize?: number; shopId?: string };

/** A full sweep of up to `batchSize` tickets per shop; returns how many tickets got a run (0 = nothing to do). */
export async function evaluatePendingTickets(db: Db, opts: EvaluatePendingOptions): Promise<number> {
  const batchSize = opts.batchSize ?? 100;
  let evaluated = 0;
  for (const [shopId, on] of await enabledStrategies(db, opts.shopId)) {
    evaluated += await evaluateTickets(
      db,
      shopId,
      await ticketsToEvaluate(db, shopId, on, opts.now, batchSize),
      opts.now,
    );
  }
  return evaluated;
}
