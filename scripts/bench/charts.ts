// Every chart of 数据 over 90 days, through the real tRPC handler (routing, superjson, shopProcedure, the service),
// on the big shop and on the one a tenth its size: a chart reads rollups, so it should barely grow with the shop.
// Today's facts come live from today's raw rows, computed once and shared by every chart for 15 s (query.ts): the
// charts are timed as they run within that window, and today's computation, cold, is timed on its own — the first
// chart of a page load after the window waits for it.
import type { Db } from "../../db/client";
import { dayOf } from "../../server/metrics/days";
import { breakdownDims } from "../../server/metrics/facts";
import { clearLiveCache, liveDay } from "../../server/metrics/query";
import { runRollups } from "../../server/metrics/rollup";
import { type Timing, timeIt } from "./stats";
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

/** What the worker would have done by now: the rollup pass due for each shop (a full one on a fresh database). */
export async function rollShops(db: Db, shopIds: string[], now = new Date()) {
  const t = performance.now();
  for (const shopId of shopIds) while ((await runRollups(db, { now, shopId })) > 0) {}
  return (performance.now() - t) / 1000;
}

export type ChartResult = { name: string; live: boolean; big: Timing; small: Timing };

export async function benchCharts(db: Db, big: Shop, small: Shop, perWorker: number): Promise<ChartResult[]> {
  const out: ChartResult[] = [];
  for (const c of chartCases()) {
    const time = (shop: Shop) => {
      const call = trpcQuery(db, shop);
      return timeIt(() => call(c.path, c.input), { concurrency: 1, perWorker });
    };
    out.push({ name: c.name, live: !c.input, big: await time(big), small: await time(small) });
  }
  const today = (shop: Shop) =>
    timeIt(
      () => {
        clearLiveCache();
        const now = new Date();
        return liveDay(db, shop.id, dayOf(now), now);
      },
      { concurrency: 1, perWorker },
    );
  out.push({ name: "今日实时事实 liveDay (cold)", live: true, big: await today(big), small: await today(small) });
  return out;
}
