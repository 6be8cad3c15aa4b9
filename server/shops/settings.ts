import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { shopSettings } from "../../db/schema";
import { defaultTimeLimits, type TimeLimits } from "../tickets/domain";

export type ShopSettings = typeof shopSettings.$inferSelect;

export async function getShopSettings(db: DbOrTx, shopId: string): Promise<ShopSettings> {
  const [row] = await db.select().from(shopSettings).where(eq(shopSettings.shopId, shopId));
  return row ?? { shopId, ...defaultTimeLimits, dailyAutoRefundCapFen: null, warningThresholds: {} };
}

export function timeLimitsOf(s: ShopSettings): TimeLimits {
  const { shopId: _s, dailyAutoRefundCapFen: _c, warningThresholds: _w, ...limits } = s;
  return limits;
}
