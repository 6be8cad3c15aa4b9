// Test helper: the demo shop, seeded the way `npm start` seeds it (sandbox platform events, agent actions,
// platform timers), only smaller. Returns the seed's end: the app's "now" for the shop.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members } from "../../db/schema";
import { DEMO_SHOP_ID } from "../../db/seed/accounts";
import { demoShops, seedBase } from "../../db/seed/base";
import { demoCatalog } from "../../db/seed/catalog";
import { mulberry32 } from "../../db/seed/random";
import { buildScenario } from "../../db/seed/scenario";
import { simulate } from "../../db/seed/simulate";

export async function seedDemoShop(db: Db, opts: { orders: number; end: Date; days?: number }) {
  await seedBase(db);
  const shop = demoShops.find((s) => s.id === DEMO_SHOP_ID);
  if (!shop) throw new Error("demo shop missing");
  const agents = (await db.select().from(members).where(eq(members.shopId, DEMO_SHOP_ID))).filter(
    (m) => m.role !== "agent" || m.canHandleAfterSales,
  );
  const end = opts.end.getTime();
  const scenario = buildScenario({
    rand: mulberry32(20261111),
    shopKey: "D",
    catalog: demoCatalog,
    end,
    days: opts.days ?? 90,
    orders: opts.orders,
    ticketRatio: 0.34,
    agents: agents.length,
  });
  await simulate(db, shop, scenario, agents, end);
  return { shopId: DEMO_SHOP_ID, now: new Date(end), agents };
}
