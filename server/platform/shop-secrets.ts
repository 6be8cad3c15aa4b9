// The connector secret a delivery is verified against, looked up once per shop per few seconds instead of once
// per delivery: a burst of webhooks for one shop shares one query (concurrent lookups share the same promise).
// Kept per database handle, so a test's transaction never sees another's shops.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { shops } from "../../db/schema";

/** How long a found secret is reused; an unknown shop is never cached, so a new shop is known at once. */
const TTL_MS = 5_000;

type Entry = { secret: Promise<string | null>; until: number };
const caches = new WeakMap<object, Map<string, Entry>>();

/** The shop's connector secret, or null when no shop has this id. */
export function shopSecret(db: DbOrTx, shopId: string, nowMs = Date.now()): Promise<string | null> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(shopId);
  if (hit && hit.until > nowMs) return hit.secret;
  const secret = db
    .select({ secret: shops.connectorSecret })
    .from(shops)
    .where(eq(shops.id, shopId))
    .then(([row]) => row?.secret ?? null);
  const entry = { secret, until: nowMs + TTL_MS };
  cache.set(shopId, entry);
  const forget = () => {
    if (cache.get(shopId) === entry) cache.delete(shopId);
  };
  secret.then((s) => s === null && forget(), forget);
  return secret;
}
