// The background worker started by `npm start`: platform events in, passed deadlines applied.
// Safe to run as several processes: every task claims its work with FOR UPDATE SKIP LOCKED.
import { getDb } from "../db/client";
import { sandboxNow } from "../server/clock";
import { env } from "../server/env";
import { rollupTask } from "../server/metrics/rollup";
import { todayTask } from "../server/metrics/today-store";
import { processPendingEvents } from "../server/platform/process";
import { strategyWorkerTask } from "../server/strategies/worker-task";
import { applyDueDeadlines } from "../server/timers/apply-due";
import { runWorker } from "../server/timers/worker-loop";
import { warningsTask } from "../server/warnings/evaluate";
import { openApiTask } from "../server/webhooks/task";

async function main() {
  const db = getDb();
  const sandbox = env().SANDBOX === "1";
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`[worker] started${sandbox ? " (sandbox clock)" : ""}`);
  const clock = () => (sandbox ? sandboxNow(db) : Promise.resolve(new Date()));
  await runWorker({
    db,
    signal: controller.signal,
    clock,
    tasks: [
      async (now) => {
        const r = await processPendingEvents(db, { now, limit: 200 });
        return r.processed + r.failed;
      },
      (now) => applyDueDeadlines(db, { now }),
      strategyWorkerTask(db),
      rollupTask(db),
      // Today's facts for the charts, every ~30 s per shop (server/metrics/today-store.ts).
      todayTask(db, clock),
      warningsTask(db),
      openApiTask(db),
    ],
  });
  console.log("[worker] stopped");
  process.exit(0);
}

main().catch((e) => {
  console.error("[worker]", e);
  process.exit(1);
});
