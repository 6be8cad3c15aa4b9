// The background worker started by `npm start`: platform events in, passed deadlines applied, platform actions out.
// Safe to run as several processes: every task claims its work with FOR UPDATE SKIP LOCKED.
import { getDb } from "../db/client";
import { sandboxNow } from "../server/clock";
import { env } from "../server/env";
import { rollupTask } from "../server/metrics/rollup";
import { todayTask } from "../server/metrics/today-store";
import { deliverPlatformActions } from "../server/platform/outbox";
import { processPendingEvents } from "../server/platform/process";
import { strategyWorkerTask } from "../server/strategies/worker-task";
import { applyDueOnShopClocks } from "../server/timers/apply-due";
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
  // Deadlines run on each shop's own clock (applyDueOnShopClocks: server/clock.ts, the rule requests use too); the
  // other tasks still run on this one clock.
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
      () => applyDueOnShopClocks(db),
      // Actions out: the queued platform actions of sandbox shops, acknowledged by the sandbox platform.
      () => deliverPlatformActions(db),
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
