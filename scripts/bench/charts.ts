// Every chart of 数据 over 90 days, through the real tRPC handler (routing, superjson, shopProcedure, the service),
// on the big shop and on the one a tenth its size: a chart reads rollups, so it should barely grow with the shop.
// Today's facts are kept fresh by the worker (today-store.ts, every ~30 s) and read by requests; the charts are
// timed with a fresh store, as a running worker keeps it. Three more rows: what a request pays for today (reading
// the store, cold in-process cache), the worker's refresh of today (background), and — as the figure a request
// would pay when the store is missing or stale (worker down) — today computed cold from its raw rows.
import type { Db } from "../../db/client";
import { dayOf } from "../../server/metrics/days";
import { breakdownDims } from "../../server/metrics/facts";
import { clearLiveCache, computeDay, liveDay } from "../../server/metrics/query";
import { runRollups } from "../../server/metrics/rollup";
import { refreshToday } from "../../server/metrics/today-store";
import { type Timing, timeIt, timeSideBySide } from "./stats";
import { type Shop, trpcQuery } from "./trpc";

export type ChartCase = { name: string; path: string; input?: unknown };

const range = { preset: "90d" } as const;

/** The queries the 数据 pages issue (components/metrics/*), for a 90-day range where they take one. */
export function chartCases(): ChartCase[] {
  return [
    { name: "概览 summary", path: "metrics.summary", input: range },
    { name: "趋势 trend", path: "metrics.trend", input: range },
    ...breakdownDims.map((dim) => ({
      name: `分布 breakdown ${dim}`,
      path: "metrics.breakdown",
      input: { range, dim },
    })),
    { name: "履约 fulfillment", path: "metrics.fulfillment", input: range },
    { name: "客服 agents", path: "metrics.agents", input: range },
    // Live views without a range: timed, without the scaling target (they follow today's volume).
    { name: "履约清单 fulfillmentLists", path: "metrics.fulfillmentLists" },
    { name: "今日 today", path: "metrics.today" },
  ];
}

/**
 * What the worker would have done by now: the rollup pass due for each shop (a full one on a fresh database),
 * and today's refresh.
 */
export async function rollShops(db: Db, shopIds: string[], now = new Date()) {
  const t = performance.now();
  for (const shopId of shopIds) while ((await runRollups(db, { now, shopId })) > 0) {}
  await refreshAll(db, shopIds);
  return (performance.now() - t) / 1000;
}

const refreshAll = async (db: Db, shopIds: string[]) => {
  for (const shopId of shopIds) await refreshToday(db, shopId, new Date());
};

/** A row's own target, pass and note, where "< 100 ms per request" is not the question. */
export type ChartResult = {
  name: string;
  live: boolean;
  big: Timing;
  small: Timing;
  target?: string;
  pass?: boolean;
  note?: string;
};

export async function benchCharts(db: Db, big: Shop, small: Shop, perWorker: number): Promise<ChartResult[]> {
  const out: ChartResult[] = [];
  const both = async (f: (shop: Shop) => Promise<Timing>) => ({ big: await f(big), small: await f(small) });
  for (const c of chartCases()) {
    // As a running worker would: the stored today is never older than ~30 s (refreshing is not timed here).
    await refreshAll(db, [big.id, small.id]);
    // The two shops in alternating rounds: a slow moment of the machine falls on both, not on one of them.
    const calls = { big: trpcQuery(db, big)(c.path, c.input), small: trpcQuery(db, small)(c.path, c.input) };
    const timed = await timeSideBySide(calls, { concurrency: 1, perWorker: perWorker / 5, rounds: 5, warmup: 3 });
    out.push({ name: c.name, live: !c.input, ...timed });
  }
  const timed = (run: (shop: Shop) => Promise<unknown>) => (shop: Shop) =>
    timeIt(() => run(shop), { concurrency: 1, perWorker });
  // Today's computation from the raw rows, cold: what the worker does per refresh, and a request when it must.
  const cold = await both(timed((shop) => computeDay(db, shop.id, dayOf(new Date()), new Date())));
  await refreshAll(db, [big.id, small.id]);
  const read = await both(
    timed(async (shop) => {
      clearLiveCache();
      const now = new Date();
      return liveDay(db, shop.id, dayOf(now), now);
    }),
  );
  const ms = (t: Timing) => `${t.p50.toFixed(0)}/${t.p95.toFixed(0)} ms`;
  out.push({
    name: "今日事实 liveDay (request, stored facts)",
    live: true,
    ...read,
    note: `reads the worker's store, cold in-process cache; computed cold from today's raw rows instead (store missing or older than 3 min: worker down) p50/p95 ${ms(cold.big)} · ${ms(cold.small)}`,
  });
  const refresh = await both(timed((shop) => refreshToday(db, shop.id, new Date())));
  out.push({
    name: "今日事实刷新 refreshToday (worker)",
    live: true,
    ...refresh,
    target: "background, every ~30 s per shop: < 30 s",
    pass: refresh.big.p95 < 30_000,
    note: "the worker's background refresh of today (compute from today's raw rows + replace today's rollup rows); no request waits for it",
  });
  return out;
}
