// The Open API's background work, as one worker task (scripts/worker.ts): turn new timeline events into
// deliveries, send what is due, and forget expired Idempotency-Keys. Answers the work done, 0 when idle.
// Deliveries are sent in the background, at most `maxInFlight` at once: a slow receiver (up to its timeout) must
// never hold up the platform events and deadlines the other tasks apply.
import type { Db } from "../../db/client";
import { pruneIdempotencyKeys } from "../api/idempotency";
import type { WorkerTask } from "../timers/worker-loop";
import { claimDue, type DeliverOptions, sendClaimed } from "./deliver";
import { fanOutTicketEvents } from "./fanout";

export function openApiTask(db: Db, opts: DeliverOptions & { maxInFlight?: number } = {}): WorkerTask {
  const maxInFlight = opts.maxInFlight ?? 20;
  let inFlight = 0;
  return async () => {
    const fannedOut = await fanOutTicketEvents(db);
    const room = maxInFlight - inFlight;
    const claimed = room > 0 ? await claimDue(db, room) : [];
    if (claimed.length) {
      inFlight += claimed.length;
      sendClaimed(db, claimed, opts)
        .catch((e) => console.error("[webhooks] delivery failed", e))
        .finally(() => {
          inFlight -= claimed.length;
        });
    }
    const pruned = await pruneIdempotencyKeys(db);
    return fannedOut + claimed.length + pruned;
  };
}

/** The same work, waiting for every delivery it started (tests, one-off runs). */
export async function openApiWorkerTask(db: Db, opts: DeliverOptions = {}): Promise<number> {
  const fannedOut = await fanOutTicketEvents(db);
  const claimed = await claimDue(db, opts.limit ?? 20);
  await sendClaimed(db, claimed, opts);
  const pruned = await pruneIdempotencyKeys(db);
  return fannedOut + claimed.length + pruned;
}
