// `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo seed once (again when the last one was
// cut short), build if needed, then the Next.js server and, once the seed is done, the background worker.
// Ctrl-C stops everything, the seed included.
import { existsSync } from "node:fs";
import { setPriority } from "node:os";
import { join, relative, resolve } from "node:path";
import { createDb, type Db } from "../db/client";
import { runMigrations } from "../db/migrate";
import { markSeedFailed, prepareDemoSeed } from "../db/seed/state";
import { startBanner } from "./banner";
import { waitForHealth } from "./health";
import { localSecret, type RunningPostgres, startEmbeddedPostgres } from "./postgres";
import { exitOf, Stopping, supervisor } from "./supervisor";

const root = process.cwd();
const dataDir = resolve(root, process.env.DATA_DIR ?? ".data");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");
let pg: RunningPostgres | undefined;
const t0 = Date.now();
const log = (s: string) => console.log(`[shouhou ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const processes = supervisor({
  onFailure: (name, code) => {
    console.error(`[shouhou] ${name} exited with code ${code}; stopping.`);
    void shutdown(1);
  },
});
const run = processes.run;
const bin = (name: string) => join(root, "node_modules", ".bin", name);

let shuttingDown = false;
async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  log("stopping…");
  await processes.stopAll();
  if (pg) await pg.stop().catch(() => {});
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

/** One short-lived connection for a step of its own (deciding on the seed, recording that it failed). */
async function withConnection<T>(url: string, step: (db: Db) => Promise<T>): Promise<T> {
  const { db, sql } = createDb(url, 1);
  try {
    return await step(db);
  } finally {
    await sql.end();
  }
}

async function main() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const pgPort = Number(process.env.PG_PORT ?? 54329);
    pg = await startEmbeddedPostgres({ dir: dataDir, port: pgPort, database: "shouhou", persistent: true });
    url = pg.url;
    log(`embedded PostgreSQL on port ${pgPort} (data in ${relative(root, dataDir) || "."}/pg)`);
  } else log("using DATABASE_URL");
  await runMigrations(url);
  log("migrations applied");

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const env = {
    DATABASE_URL: url,
    APP_URL: appUrl,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? localSecret(dataDir),
    SANDBOX: process.env.SANDBOX ?? "1",
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  // Seeding and building are independent: run them side by side, the seed at low priority so the
  // build (and so the first page) is not slowed down by it. The seed plays the tickets first, so the workbench
  // has its queue within seconds; until it is done the workbench says "演示数据生成中…".
  let seedJob = Promise.resolve(0);
  const decision = await withConnection(url, prepareDemoSeed);
  if (decision === "skip") log("demo data present, not seeding");
  else {
    if (decision === "redo") log("the last demo seed did not finish: its demo shops were removed, seeding again");
    log("seeding the demo shops through the sandbox platform (runs in the background)…");
    const seed = run(bin("tsx"), ["db/seed/run.ts"], env, "seed", true);
    if (seed.pid) setPriority(seed.pid, 10);
    seedJob = exitOf(seed);
  }
  const needsBuild = !dev && !existsSync(resolve(root, distDir, "BUILD_ID"));
  if (needsBuild) {
    log("building the app (first start only)…");
    const code = await exitOf(run(bin("next"), ["build"], env, "build"));
    if (processes.stopping) throw new Stopping();
    if (code !== 0) throw new Error("next build failed");
  }
  const web = run(bin("next"), [dev ? "dev" : "start", "-p", String(port)], env, "web");
  // "ready" once the server answers, not when it was spawned (a web that exits stops everything instead).
  const webGone = () => processes.stopping || web.exitCode !== null || web.signalCode !== null;
  if (!(await waitForHealth(appUrl, Number.POSITIVE_INFINITY, webGone))) throw new Stopping();
  log(`ready: ${appUrl}`);
  console.log(startBanner(appUrl));
  console.log("  Press Ctrl-C to stop.\n");
  // The worker applies platform timers by the real clock: it starts once the seed has played the
  // past 90 days, or it would fire deadlines the seed's agents are about to meet.
  // Not when stopping: Ctrl-C during the seed ends the seed too, and no worker may outlive `npm start`.
  const seedCode = await seedJob;
  if (processes.stopping) throw new Stopping();
  if (seedCode !== 0) {
    console.error("[shouhou] seeding failed; see the messages above. The next `npm start` seeds again.");
    // The workbench then says the demo data failed instead of "生成中" for good.
    await withConnection(url, markSeedFailed).catch((e) =>
      console.error("[shouhou] could not record the failed seed:", e),
    );
  } else log("demo data ready");
  run(bin("tsx"), ["scripts/worker.ts"], env, "worker");
}

main().catch(async (e) => {
  if (e instanceof Stopping) return; // shutdown() is already stopping everything
  console.error("[shouhou] could not start:", e instanceof Error ? e.message : e);
  await shutdown(1);
});
