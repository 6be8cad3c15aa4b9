// `npm test`: typecheck, lint, unit + integration (real Postgres), then Playwright e2e against the
// production build on its own throw-away database. Ends with one "N passed, N failed" line.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { runMigrations } from "../db/migrate";
import { withDb } from "../tests/global-setup";
import { waitForHealth } from "./health";
import { type RunningPostgres, startEmbeddedPostgres } from "./postgres";

const root = process.cwd();
const bin = (n: string) => join(root, "node_modules", ".bin", n);
const children: ChildProcess[] = [];
let pg: RunningPostgres | undefined;
let pgDir: string | undefined;
const totals = { passed: 0, failed: 0 };

function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  console.log(`\n=== ${name} ===`);
  return new Promise((resolve) => {
    const c = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
    c.on("exit", (code) => resolve(code ?? 1));
  });
}
function background(cmd: string, args: string[], env: Record<string, string>) {
  const c = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
  children.push(c);
  return c;
}

function findChromium(): string | null {
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    // Playwright's own browser, when it was installed with `npx playwright install chromium`.
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const p = chromium.executablePath();
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

async function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  if (pg) await pg.stop().catch(() => {});
  if (pgDir) rmSync(pgDir, { recursive: true, force: true });
}

function countJson(file: string, kind: "vitest" | "playwright") {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (kind === "vitest") {
    totals.passed += r.numPassedTests ?? 0;
    totals.failed += r.numFailedTests ?? 0;
  } else {
    totals.passed += r.stats?.expected ?? 0;
    totals.failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
  }
}

async function main() {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      "No Chromium found: install Debian's (apt-get install -y chromium) or run `npx playwright install chromium`.",
    );
    return 1;
  }
  let failed = 0;
  failed += (await step("typecheck", bin("tsc"), ["--noEmit"])) ? 1 : 0;
  failed += (await step("lint", bin("biome"), ["lint", "."])) ? 1 : 0;

  // One throw-away PostgreSQL for the whole run (or a server of DATABASE_URL, with fresh databases).
  let adminUrl: string;
  if (process.env.DATABASE_URL) adminUrl = withDb(process.env.DATABASE_URL, "postgres");
  else {
    pgDir = mkdtempSync(join(tmpdir(), "shouhou-test-"));
    pg = await startEmbeddedPostgres({
      dir: pgDir,
      port: 30000 + Math.floor(Math.random() * 20000),
      database: "postgres",
      persistent: false,
    });
    adminUrl = pg.url;
  }
  const vitestJson = join(tmpdir(), `shouhou-vitest-${process.pid}.json`);
  const unit = await step(
    "unit + integration (vitest, real Postgres)",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
    {
      TEST_DATABASE_ADMIN_URL: adminUrl,
    },
  );
  countJson(vitestJson, "vitest");
  if (unit && totals.failed === 0) totals.failed += 1; // the run failed outside any test
  failed += unit ? 1 : 0;

  // E2E: its own database with the demo seed, the production build, real HTTP, real browser.
  const e2eDb = `shouhou_e2e_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${e2eDb}`);
  await admin.end();
  const dbUrl = withDb(adminUrl, e2eDb);
  await runMigrations(dbUrl);
  const port = Number(process.env.E2E_PORT ?? 3100);
  const appUrl = `http://localhost:${port}`;
  const env = {
    NEXT_TELEMETRY_DISABLED: "1",
    // The e2e run signs in dozens of times from one address: no sign-in rate limit there.
    AUTH_RATE_LIMIT: "0",
    DATABASE_URL: dbUrl,
    APP_URL: appUrl,
    SANDBOX: "1",
    NEXT_DIST_DIR: ".next-test",
    BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
    PORT: String(port),
  };
  // A smaller demo shop than `npm start` seeds: the same states, a shorter seed.
  const seed = step("seed the e2e database", bin("tsx"), ["db/seed/run.ts"], { ...env, SEED_ORDERS: "1200" });
  const build = await step("production build", bin("next"), ["build"], env);
  if ((await seed) || build) {
    failed += 1;
    totals.failed += 1;
  } else {
    background(bin("next"), ["start", "-p", String(port)], env);
    background(bin("tsx"), ["scripts/worker.ts"], env);
    if (!(await waitForHealth(appUrl, 60_000))) throw new Error(`server did not answer ${appUrl}/api/health in 60s`);
    const pwJson = join(tmpdir(), `shouhou-pw-${process.pid}.json`);
    const e2e = await step("e2e (Playwright)", bin("playwright"), ["test", "--reporter=list,json"], {
      ...env,
      E2E_BASE_URL: appUrl,
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    });
    countJson(pwJson, "playwright");
    if (e2e && totals.failed === 0) totals.failed += 1;
    failed += e2e ? 1 : 0;
  }
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  return failed ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e);
    await cleanup();
    process.exit(1);
  });
