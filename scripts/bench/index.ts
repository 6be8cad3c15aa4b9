// `npm run bench [-- --quick]`: builds (or reuses) a bench database with one 1,000,000-ticket shop
// (10,000 with --quick) and nine others, then measures the targets of the benchmark issue on this
// machine and writes bench/results.json and bench/RESULTS.md. Uses DATABASE_URL's server when set,
// else an embedded PostgreSQL under .data/bench.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "better-auth/crypto";
import postgres from "postgres";
import { createDb } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { quickFilterCounts } from "../../server/tickets/counts";
import { withDb } from "../../tests/global-setup";
import { type RunningPostgres, startEmbeddedPostgres } from "../postgres";
import { benchBundle } from "./bundle";
import { benchCharts, rollShops } from "./charts";
import { benchDeadlines } from "./deadlines";
import { BENCH_PASSWORD, benchEmail, benchShops, GENERATOR_VERSION, generateAll } from "./generate";
import { benchIngest } from "./ingest";
import { benchList, benchListFloor } from "./list";
import { type Row, report } from "./report";
import { ms, timeIt } from "./stats";
import { strategyRows } from "./strategies";

const quick = process.argv.includes("--quick");
// `--only=list,counts,ingest,deadlines,bundle,charts,strategies`: run just those measures (while working on one of them).
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (measure: string) => !only || only.includes(measure);
const bigTickets = quick ? 10_000 : 1_000_000;
const log = (s: string) => console.log(`[bench] ${s}`);

async function database(): Promise<{ url: string; pg?: RunningPostgres }> {
  const name = quick ? "shouhou_bench_quick" : "shouhou_bench";
  if (process.env.DATABASE_URL) {
    const admin = withDb(process.env.DATABASE_URL, "postgres");
    const sql = postgres(admin, { max: 1, onnotice: () => {} });
    const [row] = await sql`select 1 as ok from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database ${name}`);
    await sql.end();
    return { url: withDb(process.env.DATABASE_URL, name) };
  }
  const pg = await startEmbeddedPostgres({
    // BENCH_DATA_DIR/BENCH_PG_PORT let two benches run side by side (each its own server).
    dir: process.env.BENCH_DATA_DIR ?? join(process.cwd(), ".data", "bench"),
    port: Number(process.env.BENCH_PG_PORT ?? 54339),
    database: name,
    persistent: true,
  });
  return { url: pg.url, pg };
}

/**
 * Reuses the bench database only when the current generator built it at this size (bench_meta, written last, so an
 * interrupted build is rebuilt); otherwise rebuilds it, rollups included (what the worker would have done).
 */
async function ensureData(url: string): Promise<number | null> {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  try {
    const shops = benchShops(bigTickets);
    const [have] = await sql`select generator, big_tickets from bench_meta`.catch(() => []);
    if (have?.generator === GENERATOR_VERSION && have?.big_tickets === bigTickets) {
      await runMigrations(url); // indexes added since the data was built apply to it
      return null;
    }
    log(
      `generating ${bigTickets.toLocaleString("en-US")} tickets in the big shop and 9 others (generator v${GENERATOR_VERSION}${have ? `, was v${have.generator} at ${have.big_tickets}` : ""})…`,
    );
    await sql.unsafe("drop schema public cascade; create schema public; drop schema if exists drizzle cascade;");
    await runMigrations(url);
    const t = performance.now();
    const hash = await hashPassword(BENCH_PASSWORD);
    await generateAll(sql, shops, hash, log);
    await sql`vacuum analyze`;
    log(`  data in ${((performance.now() - t) / 1000).toFixed(0)} s; metric rollups of every shop…`);
    const { db, sql: dbSql } = createDb(url, 4);
    const rolled = await rollShops(
      db,
      shops.map((s) => s.id),
    ).finally(() => dbSql.end());
    log(`  rollups in ${rolled.toFixed(0)} s`);
    await sql`vacuum analyze metric_rollups`;
    await sql`create table bench_meta (generator int not null, big_tickets int not null, generated_at timestamptz not null)`;
    await sql`insert into bench_meta values (${GENERATOR_VERSION}, ${bigTickets}, now())`;
    return (performance.now() - t) / 1000;
  } finally {
    await sql.end();
  }
}

function startServer(url: string, port: number): Promise<ChildProcess> {
  const env = {
    ...process.env,
    DATABASE_URL: url,
    APP_URL: `http://localhost:${port}`,
    SANDBOX: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench",
  };
  const bin = join(process.cwd(), "node_modules", ".bin", "next");
  if (!existsSync(join(process.cwd(), ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
  const child = spawn(bin, ["start", "-p", String(port)], { env, stdio: "ignore" });
  return new Promise((resolve, reject) => {
    const until = Date.now() + 60_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://localhost:${port}/api/health`)).ok) return resolve(child);
      } catch {}
      if (Date.now() > until) return reject(new Error("the server did not start"));
      setTimeout(poll, 500);
    };
    void poll();
  });
}

async function main() {
  const t0 = performance.now();
  const { url, pg } = await database();
  process.env.DATABASE_URL = url; // the route handlers measured in-process use it
  const generatedSeconds = await ensureData(url);
  const { db, sql } = createDb(url, 24);
  const raw = postgres(url, { max: 24, onnotice: () => {} });
  const shops = benchShops(bigTickets);
  const big = shops[0] as (typeof shops)[number];
  const rows: Row[] = [];
  try {
    if (want("list")) {
      log("workbench list through the tRPC handler vs raw SQL…");
      const lists = await benchList({ url, db, raw, shop: big, samples: quick ? 200 : 400 });
      for (const l of lists) {
        const ratio = l.c20.p95 / l.raw20.p95;
        rows.push({
          measure: `列表 ${l.name} p50/p95 @1 · @20`,
          value: `${l.c1.p50.toFixed(1)}/${l.c1.p95.toFixed(1)} · ${l.c20.p50.toFixed(1)}/${l.c20.p95.toFixed(1)} ms`,
          target: "p95 ≤ 1.5× raw SQL, < 30 ms",
          ratio: `${(l.c1.p95 / l.raw1.p95).toFixed(2)}× · ${ratio.toFixed(2)}×`,
          pass: l.c1.p95 < 30 && l.c1.p95 <= 1.5 * l.raw1.p95 && ratio <= 1.5,
          note: `raw SQL p50/p95 ${l.raw1.p50.toFixed(1)}/${ms(l.raw1.p95)} @1, ${l.raw20.p50.toFixed(1)}/${ms(l.raw20.p95)} @20; the service alone (no tRPC) p50/p95 ${l.svc1.p50.toFixed(1)}/${ms(l.svc1.p95)} @1`,
        });
      }
      const floor = await benchListFloor(db, big, quick ? 200 : 400);
      const t = (x: { p50: number; p95: number }) => `${x.p50.toFixed(2)}/${x.p95.toFixed(2)}`;
      rows.push({
        measure: "列表 tRPC 固定开销（无数据库） p50/p95 @1",
        value: `${t(floor.empty)} · ${t(floor.page)} ms`,
        target: "evidence, not a target",
        evidence: true,
        pass: false,
        note: "the same tRPC stack (fetch adapter, shopProcedure, input parsing, transformer, the answer's bytes) with no database: answering nothing · answering a stored 50-row page. A list request costs at least this on top of its query",
      });
    }
    if (want("counts")) {
      log("quick-filter counts…");
      const counts = await timeIt(() => quickFilterCounts(db, big.id, new Date()), { concurrency: 1, perWorker: 30 });
      rows.push({
        measure: "全部快捷筛选计数 p50/p95",
        value: `${ms(counts.p50)} / ${ms(counts.p95)}`,
        target: "< 50 ms",
        pass: counts.p95 < 50,
      });
    }
    if (want("ingest")) {
      log("webhook ingestion over HTTP…");
      const ing = await benchIngest(db, { id: big.id, secret: `${big.id}-secret` }, quick ? 4000 : 20_000);
      rows.push({
        measure: "Webhook 接收（签名, HTTP, 20 并发）",
        value: `${ing.perSecond.toFixed(0)} 事件/s (${ing.events})`,
        target: "≥ 2,000 事件/s, 恰好一次",
        pass: ing.perSecond >= 2000 && ing.appliedOnce,
        note: `all ${ing.events} applied in a further ${ing.applySeconds.toFixed(1)} s; exactly once: ${ing.appliedOnce}`,
      });
    }
    if (want("deadlines")) {
      log("100,000 deadlines due at once…");
      const dl = await benchDeadlines(url, db, shops[2] as (typeof shops)[number], 100_000);
      rows.push({
        measure: "100,000 个同时到期的时限",
        value: `${dl.seconds.toFixed(1)} s`,
        target: "< 60 s, 恰好一次",
        pass: dl.seconds < 60 && dl.appliedOnce,
        note: `two workers; exactly once: ${dl.appliedOnce}`,
      });
    }
    if (want("charts")) {
      const small = shops[1] as (typeof shops)[number];
      log("数据 charts over 90 days, big shop vs one a tenth its size…");
      const rolled = await rollShops(db, [big.id, small.id]);
      const charts = await benchCharts(db, big, small, quick ? 20 : 50);
      for (const c of charts) {
        const ratio = c.big.p50 / c.small.p50;
        rows.push({
          measure: `数据 ${c.name}${c.live ? "" : " 90 天"} p50/p95`,
          value: `${c.big.p50.toFixed(1)}/${c.big.p95.toFixed(1)} · ${c.small.p50.toFixed(1)}/${c.small.p95.toFixed(1)} ms`,
          target: c.target ?? (c.live ? "< 100 ms" : "< 100 ms, ≤ 1.5× the 1/10 shop"),
          ratio: `${ratio.toFixed(2)}×`,
          pass: c.pass ?? (c.big.p95 < 100 && (c.live || ratio <= 1.5)),
          note: `${c.note ? `${c.note}; ` : ""}${big.tickets.toLocaleString("en-US")} tickets · ${small.tickets.toLocaleString("en-US")} tickets; ratio of p50s (of p95s ${(c.big.p95 / c.small.p95).toFixed(2)}×); the due rollup passes took ${rolled.toFixed(1)} s before`,
        });
      }
    }
    if (want("strategies")) {
      log("售后助手 dry-runs over 30 days…");
      rows.push(...(await strategyRows(db, big.id)));
    }
    if (want("bundle")) {
      log("workbench first-load JavaScript…");
      const port = Number(process.env.BENCH_PORT ?? 3901);
      const server = await startServer(url, port);
      try {
        const b = await benchBundle(`http://localhost:${port}`, benchEmail(big), BENCH_PASSWORD);
        rows.push({
          measure: "工作台首屏 JavaScript（gzip）",
          value: `${b.gzipKb.toFixed(0)} KB (${b.scripts} files)`,
          target: "< 200 KB",
          pass: b.gzipKb < 200,
          note: `plus ${b.nomoduleKb.toFixed(0)} KB of <script nomodule> polyfills that only browsers without ES modules fetch (not counted)`,
        });
      } finally {
        server.kill("SIGTERM");
      }
    }
  } finally {
    await raw.end();
    await sql.end();
    report(rows, {
      tickets: bigTickets,
      quick,
      seconds: (performance.now() - t0) / 1000,
      generatedSeconds,
      partial: !!only,
    });
    await pg?.stop();
  }
}

main().catch((e) => {
  console.error("[bench] failed:", e);
  process.exit(1);
});
