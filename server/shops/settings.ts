import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { shopSettings } from "../../db/schema";
import { defaultTimeLimits, type TimeLimits } from "../tickets/domain";
import { createReadCache } from "./read-cache";

export type ShopSettings = typeof shopSettings.$inferSelect;

export async function getShopSettings(db: DbOrTx, shopId: string): Promise<ShopSettings> {
  const [row] = await db.select().from(shopSettings).where(eq(shopSettings.shopId, shopId));
  return row ?? { shopId, ...defaultTimeLimits, dailyAutoRefundCapFen: null, warningThresholds: {} };
}

export function timeLimitsOf(s: ShopSettings): TimeLimits {
  const { shopId: _s, dailyAutoRefundCapFen: _c, warningThresholds: _w, ...limits } = s;
  return limits;
}

/** How long a process may list with time limits another process has since changed. */
export const timeLimitsCacheMs = 5_000;
const timeLimitsCache = createReadCache<TimeLimits>("shop-time-limits", { ttlMs: timeLimitsCacheMs });

/**
 * The shop's time limits for read paths (list, counts): they only set where 即将超时 / 待买家上传单号 begin,
 * change rarely, and cost a round trip per request otherwise. Writes (deadlines, transitions) keep reading
 * getShopSettings inside their transaction.
 */
export function shopTimeLimits(db: DbOrTx, shopId: string): Promise<TimeLimits> {
  return timeLimitsCache.get(db, shopId, async () => timeLimitsOf(await getShopSettings(db, shopId)));
}

/** Call after saving a shop's time limits: this process lists with the new ones from the next request. */
export function forgetShopTimeLimits() {
  timeLimitsCache.forget();
}
