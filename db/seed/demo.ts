// The demo shops: accounts, then 90 days of business played through the sandbox platform. Every shop's ticket
// script first (the workbench fills within seconds), then the bulk of orders without after-sales and the
// conversations; the seed's record says how far it got and, at the very end, that it finished.
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { demoSeedRuns, members } from "../schema";
import { DEMO_SHOP_ID, OTHER_SHOP_ID } from "./accounts";
import { demoShops, seedBase } from "./base";
import { demoCatalog, otherCatalog } from "./catalog";
import { mulberry32 } from "./random";
import { buildScenario } from "./scenario";
import { type SimStats, scenarioPlayer } from "./simulate";

const PROGRESS_EVERY_MS = 2_000;

export async function seedDemo(
  db: Db,
  opts: { orders?: number; otherOrders?: number; end?: number; log?: (s: string) => void } = {},
): Promise<Record<string, SimStats>> {
  await seedBase(db);
  // Whole minutes, so two seeds in the same minute are identical.
  const end = opts.end ?? Math.floor(Date.now() / 60_000) * 60_000;
  const plans = [
    { shopId: DEMO_SHOP_ID, key: "D", catalog: demoCatalog, orders: opts.orders ?? 3000, seed: 20261111 },
    { shopId: OTHER_SHOP_ID, key: "O", catalog: otherCatalog, orders: opts.otherOrders ?? 300, seed: 7 },
  ];
  const shopIds = demoShops.map((s) => s.id);
  let played = 0;
  let total = 0;
  const players = [];
  for (const p of plans) {
    const shop = demoShops.find((s) => s.id === p.shopId);
    if (!shop) continue;
    // Agents who may decide (售后处理权限) play the merchant side.
    const agents = (await db.select().from(members).where(eq(members.shopId, p.shopId))).filter(
      (m) => m.role !== "agent" || m.canHandleAfterSales,
    );
    const scenario = buildScenario({
      rand: mulberry32(p.seed),
      shopKey: p.key,
      catalog: p.catalog,
      end,
      days: 90,
      orders: p.orders,
      ticketRatio: 0.34,
      agents: agents.length,
    });
    total += scenario.steps.length;
    players.push({ shop, scenario, player: scenarioPlayer(db, shop, scenario, agents, end, () => played++) });
  }

  // Progress for the workbench's "演示数据生成中…" notice, written every few seconds rather than per step.
  const writeProgress = (progress: number) =>
    db.update(demoSeedRuns).set({ progress }).where(inArray(demoSeedRuns.shopId, shopIds));
  let writing: Promise<unknown> = Promise.resolve();
  const progressTimer = setInterval(() => {
    const progress = Math.min(99, Math.floor((played / Math.max(1, total)) * 100));
    writing = writeProgress(progress).catch(() => {}); // progress is a courtesy: never fails the seed
  }, PROGRESS_EVERY_MS);
  const t0 = performance.now();
  try {
    for (const { player } of players) await player.playTickets("today");
    for (const { player } of players) await player.playTickets("history");
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    opts.log?.(`tickets ready in ${s}s; now the orders without after-sales and the conversations`);
    for (const { player } of players) await player.playBulk();
  } finally {
    clearInterval(progressTimer);
    await writing;
  }
  await db
    .update(demoSeedRuns)
    .set({ progress: 100, finishedAt: new Date() })
    .where(inArray(demoSeedRuns.shopId, shopIds));

  const out: Record<string, SimStats> = {};
  for (const { shop, scenario, player } of players) {
    const stats = player.stats;
    out[shop.id] = stats;
    opts.log?.(
      `${shop.name}: ${scenario.orders} orders, ${scenario.tickets} tickets, ${stats.events} events, ${stats.actions} agent actions (${stats.refused} refused by the rules), ${stats.timers} platform timers, ${stats.failedEvents} events rejected`,
    );
  }
  return out;
}
