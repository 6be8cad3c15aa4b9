// Fire-and-forget processing right after the webhook stores an event, so the workbench updates at once; the
// worker's loop (processPendingEvents) remains the guarantee. One run at a time per process, coalesced.
import type { Db } from "../../db/client";
import { processPendingEvents } from "./process";

const state = globalThis as unknown as { __shouhouKick?: { running: Promise<void> | null; again: boolean } };

export function kickProcessing(db: Db): void {
  if (!state.__shouhouKick) state.__shouhouKick = { running: null, again: false };
  const s = state.__shouhouKick;
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = (async () => {
    do {
      s.again = false;
      await processPendingEvents(db, { limit: 200 });
    } while (s.again);
  })()
    .catch((e) => console.error("[platform] inline processing failed; the worker will retry", e))
    .finally(() => {
      s.running = null;
    });
}

/** Resolves once the in-process run (if any) has finished: for tests and graceful shutdown. */
export async function processingSettled(): Promise<void> {
  while (state.__shouhouKick?.running) await state.__shouhouKick.running;
}
