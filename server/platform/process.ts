// Applies stored platform events (SPEC §7). Safe with many workers: events are claimed in small batches with FOR
// UPDATE SKIP LOCKED and applied in the transaction that marks them processed — nothing is ever half-applied.
// Per-subject order: an event is never claimed while an earlier event of its subject is still unprocessed.
// A bad event is marked processed with its error so it cannot block its subject forever.
import { and, asc, isNull, sql } from "drizzle-orm";
import { ZodError } from "zod";
import type { Db, Tx } from "../../db/client";
import { platformEvents } from "../../db/schema";
import { DomainError } from "../errors";
import { applyConversationCreated, applyRatingCreated } from "./apply-feedback";
import { applyLogisticsScan, applyOrderCreated, applyOrderShipped } from "./apply-order";
import { applyTicketApplied, applyTicketEvent } from "./apply-ticket";
import { parsePlatformEvent } from "./events";

export type StoredEvent = typeof platformEvents.$inferSelect;
export type ProcessResult = { processed: number; failed: number };

/** Applies one stored event inside `tx`; throws when it does not fit (the caller records the error). */
export async function processEvent(tx: Tx, event: Pick<StoredEvent, "shopId" | "payload">): Promise<void> {
  const e = parsePlatformEvent(event.payload);
  if (e.shopId !== event.shopId) throw new DomainError("INVALID_INPUT", "shopId: does not match the stored event");
  switch (e.type) {
    case "order.created":
      return applyOrderCreated(tx, e);
    case "order.shipped":
      return applyOrderShipped(tx, e);
    case "logistics.scan":
      return applyLogisticsScan(tx, e);
    case "ticket.applied":
      return applyTicketApplied(tx, e);
    case "rating.created":
      return applyRatingCreated(tx, e);
    case "conversation.created":
      return applyConversationCreated(tx, e);
    default:
      await applyTicketEvent(tx, e);
  }
}

/**
 * Locks up to `n` of the oldest unprocessed events that head their subject (no earlier unprocessed event of the
 * same subject), skipping rows others hold; so a batch never holds two events of one subject. The plan must not
 * hang on statistics: taken while the inbox was empty, they once made the planner sort the whole backlog and
 * compare every pending event with every other (15 s per claim at 4,000 pending). Sorting is turned off for this
 * transaction, which leaves the walk along platform_events_pending_idx in seq order that stops after `n` rows,
 * with one index probe per candidate for its subject's head.
 */
async function claimBatch(tx: Tx, n: number): Promise<StoredEvent[]> {
  await tx.execute(sql`set local enable_sort = off`);
  return tx
    .select()
    .from(platformEvents)
    .where(
      and(
        isNull(platformEvents.processedAt),
        sql`${platformEvents.seq} = (select min(earlier.seq) from platform_events earlier
          where earlier.subject_key = ${platformEvents.subjectKey} and earlier.processed_at is null)`,
      ),
    )
    .orderBy(asc(platformEvents.seq))
    .limit(n)
    .for("update", { skipLocked: true });
}

// Serialization failure, deadlock, lock timeout: worth another try later, not a bad event.
const transientCodes = new Set(["40001", "40P01", "55P03"]);
export function isTransient(e: unknown): boolean {
  for (let cur: unknown = e; cur && typeof cur === "object"; cur = (cur as { cause?: unknown }).cause) {
    if (transientCodes.has(String((cur as { code?: unknown }).code))) return true;
  }
  return false;
}

/** How a failed event's error is stored (and shown in 设置 → 平台连接). */
export function errorText(e: unknown): string {
  if (e instanceof DomainError) return `${e.code}: ${e.message}`;
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    return `INVALID_INPUT: ${issue?.path.join(".") || "payload"}: ${issue?.message}`;
  }
  console.error("[platform] event failed unexpectedly", e);
  const cause = (e as { cause?: unknown })?.cause;
  const message = cause instanceof Error ? cause.message : e instanceof Error ? e.message : String(e);
  return `INTERNAL: ${message}`.slice(0, 2000);
}

/** Events claimed per transaction: amortises begin/claim/mark/commit while row locks stay short-lived. */
const BATCH = 20;

/** A batch applied without savepoints met an event that does not fit: roll the batch back, redo it carefully. */
class RetryCarefully extends Error {}

type Outcome = { claimed: number; failed: number };

/**
 * One transaction: claims a batch and applies it. Fast mode applies the events back to back (a few statements
 * each, no savepoints) and gives the whole batch up at the first bad event; careful mode gives each event a
 * savepoint, so a bad one rolls back only its own effects and is marked with its error.
 */
async function applyBatch(db: Db, n: number, careful: boolean, now: Date | undefined): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const events = await claimBatch(tx, n);
    if (events.length === 0) return { claimed: 0, failed: 0 };
    const errors: (string | null)[] = [];
    for (const event of events) {
      if (!careful) {
        try {
          await processEvent(tx, event);
        } catch (e) {
          throw isTransient(e) ? e : new RetryCarefully();
        }
        errors.push(null);
        continue;
      }
      try {
        await tx.transaction((inner) => processEvent(inner, event));
        errors.push(null);
      } catch (e) {
        if (isTransient(e)) throw e;
        errors.push(errorText(e));
      }
    }
    const stamp = (now ?? new Date()).toISOString();
    await tx.execute(sql`update platform_events set processed_at = ${stamp}::timestamptz, error = done.error
      from unnest(${sql.param(events.map((e) => String(e.seq)))}::text[], ${sql.param(errors)}::text[]) as done(seq, error)
      where platform_events.seq = done.seq::bigint`);
    return { claimed: events.length, failed: errors.filter((e) => e !== null).length };
  });
}

/**
 * Claims and applies up to `limit` events (default 100), `BATCH` per transaction; every event is marked processed
 * in the transaction that applied it. `now` stamps processed_at (defaults to the wall clock); an event's effects
 * are dated by its own occurredAt.
 */
export async function processPendingEvents(db: Db, opts: { now?: Date; limit?: number } = {}): Promise<ProcessResult> {
  const limit = opts.limit ?? 100;
  const result: ProcessResult = { processed: 0, failed: 0 };
  let careful = false;
  let size = BATCH;
  while (result.processed + result.failed < limit) {
    let outcome: Outcome;
    try {
      outcome = await applyBatch(db, Math.min(size, limit - result.processed - result.failed), careful, opts.now);
    } catch (e) {
      if (e instanceof RetryCarefully) {
        careful = true;
        continue;
      }
      if (!isTransient(e)) throw e;
      if (size === 1) break; // left unprocessed; the next call retries it
      // A deadlock or serialization failure between batches: go on one event at a time, as it always could.
      size = 1;
      continue;
    }
    if (outcome.claimed === 0) break;
    careful = false;
    size = BATCH;
    result.processed += outcome.claimed - outcome.failed;
    result.failed += outcome.failed;
  }
  return result;
}
