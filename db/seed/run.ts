// Seeds the demo shops once: `tsx db/seed/run.ts` (called by `npm start` on an empty database).
// Deterministic: the same seed and day give the same shop.
import { eq } from "drizzle-orm";
import { createDb } from "../client";
import { members } from "../schema";
import { DEMO_SHOP_ID, OTHER_SHOP_ID } from "./accounts";
import { demoShops, seedBase } from "./base";
import { demoCatalog, otherCatalog } from "./catalog";
import { mulberry32 } from "./random";
import { buildScenario } from "./scenario";
import { simulate } from "./simulate";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const { db, sql } = createDb(url, 4);
  const t0 = Date.now();
  await seedBase(db);
  // Whole minutes, so two seeds in the same minute are identical.
  const end = Math.floor(Date.now() / 60_000) * 60_000;
  const plans = [
    {
      shopId: DEMO_SHOP_ID,
      key: "D",
      catalog: demoCatalog,
      orders: Number(process.env.SEED_ORDERS ?? 3000),
      seed: 20261111,
    },
    { shopId: OTHER_SHOP_ID, key: "O", catalog: otherCatalog, orders: 300, seed: 7 },
  ];
  for (const p of plans) {
    const shop = demoShops.find((s) => s.id === p.shopId);
    if (!shop) continue;
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
    if (process.env.SEED_DEBUG) console.log(stats.ms, stats.refusals);
    console.log(
      `[seed] ${shop.name}: ${scenario.orders} orders, ${scenario.tickets} tickets, ${stats.events} events, ${stats.actions} agent actions (${stats.refused} refused by the rules), ${stats.timers} platform timers, ${stats.failedEvents} events rejected`,
    );
  }
  console.log(`[seed] done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await sql.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
