// Who a user is in their active shop, cached for read-only procedures (see shopProcedure in server/trpc.ts).
import type { members, shops } from "../../db/schema";
import { createReadCache } from "../shops/read-cache";

export type Membership = { member: typeof members.$inferSelect; shop: typeof shops.$inferSelect };

/**
 * The longest a removed member or a revoked permission keeps working for reads in another process.
 * Mutations never use the cache, and forgetMemberships() makes this process see a change at once.
 */
export const membershipCacheMs = 2_000;

export const membershipCache = createReadCache<Membership | undefined>("memberships", { ttlMs: membershipCacheMs });

/** Call after any change to members (removed, role or permissions changed, added to a shop). */
export function forgetMemberships() {
  membershipCache.forget();
}
