// The demo shops: accounts, then 90 days of business played through the sandbox platform.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { members } from "../schema";
import { DEMO_SHOP_ID, OTHER_SHOP_ID } from "./accounts";
import { demoShops, seedBase } from "./base";
import { demoCatalog, otherCatalog } from "./catalog";
import { mulberry32 } from "./random";
import { buildScenario } from "./scenario";
import { type SimStats, simulate } from "./simulate";

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
  const out: Record<string, SimStats> = {};
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
    const stats = await simulate(db, shop, scenario, agents, end);
    out[p.shopId] = stats;
    opts.log?.(
      `${shop.name}: ${scenario.orders} orders, ${scenario.tickets} tickets, ${stats.events} events, ${stats.actions} agent actions (${stats.refused} refused by the rules), ${stats.timers} platform timers, ${stats.failedEvents} events rejected`,
    );
  }
  return out;
}
