// Processing right after the webhook stores an event, so the workbench updates at once; the worker's loop
// (processPendingEvents) remains the guarantee. One run at a time per process, coalesced. While deliveries
// flood in, no inline run starts until the inbox has been quiet for a moment: applying competes with accepting
// for this process's CPU and database connections, and a flood is the worker's to apply (it claims with SKIP
// LOCKED too, so both may run).
import type { Db } from "../../db/client";
import { processPendingEvents } from "./process";

/** Events applied by one inline run. */
const RUN_LIMIT = 200;
/** More deliveries than this during one run means a flood: the next run waits for QUIET_MS without one. */
const FLOOD_KICKS = 50;
const QUIET_MS = 200;

type KickState = {
  db: Db | null;
  running: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** Deliveries since the current run started (or since the last run, while none runs). */
  kicks: number;
  /** Set while waiting out a flood: each delivery pushes the run back. */
  flooded: boolean;
};
const g = globalThis as unknown as { __shouhouKick?: KickState };
const state = (): KickState => {
  g.__shouhouKick ??= { db: null, running: null, timer: null, kicks: 0, flooded: false };
  return g.__shouhouKick;
};

export function kickProcessing(db: Db): void {
  const s = state();
  s.db = db;
  s.kicks++;
  if (s.timer && s.flooded) {
    clearTimeout(s.timer);
    s.timer = setTimeout(() => start(s), QUIET_MS);
    return;
  }
  if (s.running || s.timer) return; // the run in flight (or the one scheduled) will see this event
  start(s);
}

function start(s: KickState): void {
  const db = s.db;
  if (!db) return;
  s.timer = null;
  s.kicks = 0;
  s.flooded = false;
  s.running = processPendingEvents(db, { limit: RUN_LIMIT })
    .then(() => undefined)
    .catch((e) => console.error("[platform] inline processing failed; the worker will retry", e))
    .finally(() => {
      s.running = null;
      if (s.kicks === 0) return;
      // Events came in meanwhile: at once after a trickle, once deliveries pause after a flood.
      s.flooded = s.kicks > FLOOD_KICKS;
      s.timer = setTimeout(() => start(s), s.flooded ? QUIET_MS : 0);
    });
}

/** Resolves once in-process runs (also a scheduled one, started now) have finished: tests, shutdown, bench. */
export async function processingSettled(): Promise<void> {
  const s = state();
  for (;;) {
    if (s.timer) {
      clearTimeout(s.timer);
      start(s);
    }
    if (!s.running) return;
    await s.running;
  }
}
