// `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo seed once, build if
// needed, then the Next.js server and the background worker. Ctrl-C stops everything.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { runMigrations } from "../db/migrate";
import { DEMO_PASSWORD, demoAccounts } from "../db/seed/accounts";
import { localSecret, type RunningPostgres, startEmbeddedPostgres } from "./postgres";

const root = process.cwd();
const dataDir = join(root, ".data");
const port = Number(process.env.PORT ?? 3000);
const dev = process.argv.includes("--dev");
const children: ChildProcess[] = [];
let pg: RunningPostgres | undefined;
let stopping = false;
const t0 = Date.now();
const log = (s: string) => console.log(`[shouhou ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);

function run(cmd: string, args: string[], env: Record<string, string>, name: string): ChildProcess {
  const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
  children.push(child);
  child.on("exit", (code) => {
    if (!stopping && code !== 0 && name !== "seed") {
      console.error(`[shouhou] ${name} exited with code ${code}; stopping.`);
      void shutdown(1);
    }
  });
  return child;
}
const done = (c: ChildProcess) => new Promise<number>((r) => c.on("exit", (code) => r(code ?? 1)));
const bin = (name: string) => join(root, "node_modules", ".bin", name);

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log("stopping…");
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? done(c) : 0)));
  if (pg) await pg.stop().catch(() => {});
  log("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function isSeeded(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select count(*)::int as n from shops`;
    return (row?.n ?? 0) > 0;
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
    log(`embedded PostgreSQL on port ${pgPort} (data in .data/pg)`);
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
  // build (and so the first page) is not slowed down by it.
  let seedJob = Promise.resolve(0);
  if (await isSeeded(url)) log("demo data present, not seeding");
  else {
    log("seeding the demo shops through the sandbox platform (runs in the background)…");
    const seed = run(bin("tsx"), ["db/seed/run.ts"], env, "seed");
    if (seed.pid) setPriority(seed.pid, 10);
    seedJob = done(seed);
  }
  const needsBuild = !dev && !existsSync(join(root, ".next", "BUILD_ID"));
  if (needsBuild) {
    log("building the app (first start only)…");
    const code = await done(run(bin("next"), ["build"], env, "build"));
    if (code !== 0) throw new Error("next build failed");
  }
  run(bin("next"), [dev ? "dev" : "start", "-p", String(port)], env, "web");
  log(`ready: ${appUrl}`);
  console.log(`\n  Demo accounts (password: ${DEMO_PASSWORD})`);
  for (const a of demoAccounts) console.log(`    ${a.email.padEnd(28)} ${a.name}`);
  console.log("\n  Press Ctrl-C to stop.\n");
  // The worker applies platform timers by the real clock: it starts once the seed has played the
  // past 90 days, or it would fire deadlines the seed's agents are about to meet.
  const seedCode = await seedJob;
  if (seedCode !== 0) console.error("[shouhou] seeding failed; see the messages above.");
  else log("demo data ready");
  run(bin("tsx"), ["scripts/worker.ts"], env, "worker");
}

main().catch(async (e) => {
  console.error("[shouhou] could not start:", e instanceof Error ? e.message : e);
  await shutdown(1);
});
