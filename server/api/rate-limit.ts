// Per-key rate limit of the Open API: a token bucket kept in the key's own row and updated by the same statement
// that finds the key. Postgres rather than process memory because the web app may run as several processes (and
// restarts): the row lock makes concurrent requests of one key queue for one bucket, so the limit holds across
// all of them, at the price of one small UPDATE per request that also records last_used_at.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

export type BucketResult = {
  keyId: string;
  shopId: string;
  name: string;
  scope: "read" | "act";
  createdBy: string;
  ratePerMinute: number;
  /** Tokens in the bucket before this request (fractional: it refills continuously). */
  available: number;
  /** Whole tokens left after this request. */
  remaining: number;
  allowed: boolean;
};

/**
 * Refills the bucket of the active key with this hash (capacity = ratePerMinute, refilled continuously at
 * ratePerMinute per minute, wall clock) and takes one token if there is one. Null when no active key matches.
 */
export async function takeToken(db: DbOrTx, keyHash: string): Promise<BucketResult | null> {
  const rows = await db.execute<{
    id: string;
    shop_id: string;
    name: string;
    scope: "read" | "act";
    created_by: string;
    rate_per_minute: number;
    avail: number;
  }>(sql`
    with k as (
      select id, least(
        rate_per_minute::float8,
        coalesce(rate_tokens, rate_per_minute::float8)
          + greatest(0, extract(epoch from (now() - coalesce(rate_refilled_at, now())))) * rate_per_minute / 60.0
      ) as avail
      from api_keys
      where key_hash = ${keyHash} and revoked_at is null
      for update
    )
    update api_keys a set
      rate_tokens = case when k.avail >= 1 then k.avail - 1 else k.avail end,
      rate_refilled_at = now(),
      last_used_at = case when k.avail >= 1 then now() else a.last_used_at end
    from k
    where a.id = k.id
    returning a.id, a.shop_id, a.name, a.scope, a.created_by, a.rate_per_minute, k.avail
  `);
  const r = rows[0];
  if (!r) return null;
  const avail = Number(r.avail);
  const allowed = avail >= 1;
  return {
    keyId: r.id,
    shopId: r.shop_id,
    name: r.name,
    scope: r.scope,
    createdBy: r.created_by,
    ratePerMinute: Number(r.rate_per_minute),
    available: avail,
    remaining: Math.max(0, Math.floor(allowed ? avail - 1 : avail)),
    allowed,
  };
}

/** Whole seconds until the bucket holds one token again. */
export function retryAfterSeconds(b: Pick<BucketResult, "available" | "ratePerMinute">): number {
  const perSecond = b.ratePerMinute / 60;
  return Math.max(1, Math.ceil((1 - b.available) / perSecond));
}
