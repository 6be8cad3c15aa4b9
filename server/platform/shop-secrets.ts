// The connector secret a delivery is verified against, looked up once per shop per few seconds instead of once
// per delivery: a burst of webhooks for one shop shares one query (concurrent lookups share the same promise).
// Kept per database handle, so a test's transaction never sees another's shops.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { shops } from "../../db/schema";
import { createReadCache } from "../shops/read-cache";

/** How long a found secret is reused; an unknown shop is never cached, so a new shop is known at once. */
const TTL_MS = 5_000;

const secrets = createReadCache<string | null>("shop-connector-secrets", { ttlMs: TTL_MS });

/** The shop's connector secret, or null when no shop has this id. */
export function shopSecret(db: DbOrTx, shopId: string): Promise<string | null> {
  return secrets.get(
    db,
    shopId,
    () =>
      db
        .select({ secret: shops.connectorSecret })
        .from(shops)
        .where(eq(shops.id, shopId))
        .then(([row]) => row?.secret ?? null),
    (s) => s !== null,
  );
}

/**
 * Call after a shop's secret changes (设置 → 平台连接 rotation): this process verifies with the new secret from the
 * next delivery on, so the old one is refused at once; another process within TTL_MS.
 */
export function forgetShopSecrets() {
  secrets.forget();
}
