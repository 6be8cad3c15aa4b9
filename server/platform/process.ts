// Applies stored platform events (SPEC §7). Safe with many workers: each event is claimed with FOR UPDATE SKIP
// LOCKED and applied in its own transaction, which also marks it processed — nothing is ever half-applied.
// Per-subject order: an event is never claimed while an earlier event of its subject is still unprocessed.
// A bad event is marked processed with its error so it cannot block its subject forever.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
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

/** Locks the oldest unprocessed event whose subject has no earlier unprocessed event; skips rows others hold. */
async function claimNext(tx: Tx): Promise<StoredEvent | undefined> {
  const [row] = await tx
    .select()
    .from(platformEvents)
    .where(
      and(
        isNull(platformEvents.processedAt),
        sql`not exists (select 1 from platform_events earlier
          where earlier.subject_key = ${platformEvents.subjectKey}
            and earlier.processed_at is null
            and earlier.seq < ${platformEvents.seq})`,
      ),
    )
    .orderBy(asc(platformEvents.seq))
    .limit(1)
    .for("update", { skipLocked: true });
  return row;
}

// Serialization failure, deadlock, lock timeout: worth another try later, not a bad event.
const transientCodes = new Set(["40001", "40P01", "55P03"]);
function isTransient(e: unknown): boolean {
  for (let cur: unknown = e; cur && typeof cur === "object"; cur = (cur as { cause?: unknown }).cause) {
    if (transientCodes.has(String((cur as { code?: unknown }).code))) return true;
  }
  return false;
}

function errorText(e: unknown): string {
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

/**
 * Claims and applies up to `limit` events (default 100), one transaction each. `now` stamps processed_at
 * (defaults to the wall clock); an event's effects are dated by its own occurredAt.
 */
export async function processPendingEvents(db: Db, opts: { now?: Date; limit?: number } = {}): Promise<ProcessResult> {
  const limit = opts.limit ?? 100;
  const result: ProcessResult = { processed: 0, failed: 0 };
  while (result.processed + result.failed < limit) {
    let outcome: "none" | "ok" | "failed";
    try {
      outcome = await db.transaction(async (tx) => {
        const event = await claimNext(tx);
        if (!event) return "none";
        let error: string | null = null;
        try {
          // A savepoint: a failing event rolls back its own effects, and is still marked below.
          await tx.transaction((inner) => processEvent(inner, event));
        } catch (e) {
          if (isTransient(e)) throw e;
          error = errorText(e);
        }
        await tx
          .update(platformEvents)
          .set({ processedAt: opts.now ?? new Date(), error })
          .where(eq(platformEvents.seq, event.seq));
        return error ? "failed" : "ok";
      });
    } catch (e) {
      if (isTransient(e)) break; // left unprocessed; the next call retries it
      throw e;
    }
    if (outcome === "none") break;
    if (outcome === "ok") result.processed++;
    else result.failed++;
  }
  return result;
}
