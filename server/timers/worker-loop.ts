// The background worker's loop: every second, run each task until it reports no more work (returns 0), then
// sleep. Stops cleanly on abort: the task in flight finishes its transaction, no new one starts.
import type { DbOrTx } from "../../db/client";

export type WorkerTask = (now: Date) => Promise<number>;
export type WorkerOptions = {
  db: DbOrTx;
  /** The app's clock (the sandbox clock may run ahead of the wall clock). */
  clock: () => Promise<Date>;
  signal: AbortSignal;
  tasks: WorkerTask[];
  intervalMs?: number;
  onError?: (e: unknown) => void;
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

/** Resolves when `signal` aborts, with how many items the tasks processed in total. */
export async function runWorker(opts: WorkerOptions): Promise<{ ticks: number; processed: number }> {
  const { signal, tasks } = opts;
  const onError = opts.onError ?? ((e) => console.error("worker task failed", e));
  let ticks = 0;
  let processed = 0;
  while (!signal.aborted) {
    ticks++;
    for (const task of tasks) {
      // A failing task is logged and retried next tick; it never stops the other tasks or the loop.
      try {
        for (;;) {
          if (signal.aborted) break;
          const n = await task(await opts.clock());
          processed += n;
          if (n === 0) break;
        }
      } catch (e) {
        onError(e);
      }
    }
    await sleep(opts.intervalMs ?? 1000, signal);
  }
  return { ticks, processed };
}
