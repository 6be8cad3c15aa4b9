// Worker task: new ticket_events rows → one pending delivery per subscribed webhook URL. Reads the timeline by a
// cursor, so the lifecycle engine needs no hook. Identity ids are handed out before commit, so a transaction can
// commit a lower id after a higher one was read; every id range is therefore read twice: once at once (low latency)
// and once more after `settleMs`, when every transaction that could have written into it has ended. Deliveries
// are unique per (endpoint, event), so the second reading adds only what the first missed.
import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { ticketEvents, tickets, webhookDeliveries, webhookEndpoints, webhookFanoutState } from "../../db/schema";
import { eventIdOf, eventTypeOf, payloadOf } from "./events";

const stateId = "ticket_events";

export type FanoutOptions = {
  /** Timeline rows read per query. */
  batch?: number;
  /** How long after a first reading the range is read again; far longer than any engine transaction. */
  settleMs?: number;
};

type State = typeof webhookFanoutState.$inferSelect;

async function lockState(tx: Tx): Promise<State> {
  const [found] = await tx.select().from(webhookFanoutState).where(eq(webhookFanoutState.id, stateId)).for("update");
  if (found) return found;
  // First run: start at the present. Endpoints only ever get events after they were created anyway.
  const [{ max }] = await tx
    .select({ max: sql<number>`coalesce(max(${ticketEvents.id}), 0)`.mapWith(Number) })
    .from(ticketEvents);
  await tx
    .insert(webhookFanoutState)
    .values({ id: stateId, scannedThrough: max, sweepMark: max, doneThrough: max, sweepAt: new Date() })
    .onConflictDoNothing();
  const [state] = await tx.select().from(webhookFanoutState).where(eq(webhookFanoutState.id, stateId)).for("update");
  return state;
}

/** Deliveries for timeline rows with lo < id ≤ hi; answers how many new deliveries were created. */
async function scan(tx: Tx, lo: number, hi: number, batch: number): Promise<number> {
  if (hi <= lo) return 0;
  const endpoints = await tx.select().from(webhookEndpoints).where(isNull(webhookEndpoints.disabledAt));
  if (endpoints.length === 0) return 0;
  const shopIds = [...new Set(endpoints.map((e) => e.shopId))];
  let created = 0;
  for (let from = lo; from < hi; from += batch) {
    const to = Math.min(hi, from + batch);
    const rows = await tx
      .select({ e: ticketEvents, externalId: tickets.externalId, orderId: tickets.orderId, type: tickets.type })
      .from(ticketEvents)
      .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
      .where(and(gt(ticketEvents.id, from), lte(ticketEvents.id, to), inArray(ticketEvents.shopId, shopIds)))
      .orderBy(asc(ticketEvents.id));
    const values: (typeof webhookDeliveries.$inferInsert)[] = [];
    for (const r of rows) {
      const type = eventTypeOf(r.e);
      for (const ep of endpoints) {
        if (ep.shopId !== r.e.shopId || r.e.id <= ep.startAfterEventId || !ep.events.includes(type)) continue;
        values.push({
          shopId: ep.shopId,
          endpointId: ep.id,
          eventId: eventIdOf(r.e.id),
          eventType: type,
          payload: payloadOf(r.e, r),
        });
      }
    }
    for (let i = 0; i < values.length; i += 500) {
      const inserted = await tx
        .insert(webhookDeliveries)
        .values(values.slice(i, i + 500))
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      created += inserted.length;
    }
  }
  return created;
}

/**
 * One step of the fan-out. Answers the amount of work done (rows read for the first time plus deliveries the
 * second reading added), so the worker calls it again while there is a backlog and rests once it is 0.
 */
export async function fanOutTicketEvents(db: Db, opts: FanoutOptions = {}): Promise<number> {
  const batch = opts.batch ?? 2000;
  const settleMs = opts.settleMs ?? 60_000;
  return db.transaction(async (tx) => {
    const state = await lockState(tx);
    const [{ max, now }] = await tx
      .select({
        max: sql<number>`coalesce(max(${ticketEvents.id}), 0)`.mapWith(Number),
        now: sql<Date>`now()`.mapWith((v) => new Date(v)),
      })
      .from(ticketEvents);
    const hi = Math.min(max, state.scannedThrough + batch);
    let work = 0;
    if (hi > state.scannedThrough) {
      await scan(tx, state.scannedThrough, hi, batch);
      work += hi - state.scannedThrough;
    }
    const scannedThrough = Math.max(hi, state.scannedThrough);
    let { doneThrough, sweepMark, sweepAt } = state;
    if (now.getTime() - sweepAt.getTime() >= settleMs) {
      work += await scan(tx, doneThrough, sweepMark, batch);
      doneThrough = sweepMark;
      sweepMark = scannedThrough;
      sweepAt = now;
    }
    await tx
      .update(webhookFanoutState)
      .set({ scannedThrough, doneThrough, sweepMark, sweepAt })
      .where(eq(webhookFanoutState.id, stateId));
    return work;
  });
}
