// Per-shop limits (20 API keys, 10 webhook addresses) are counted under a lock on the shop row, inside the creating
// transaction: two creates at once then queue, and the second sees the first's row, so a race never passes a limit.
import { count, eq, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../db/client";
import { shops } from "../../db/schema";
import { DomainError } from "../errors";

/** Refuses with `message` when the shop already has `max` rows of `table` matching `active`. */
export async function assertBelowShopLimit(
  tx: Tx,
  shopId: string,
  limit: { table: PgTable; active: SQL | undefined; max: number; message: string },
): Promise<void> {
  await tx.select({ id: shops.id }).from(shops).where(eq(shops.id, shopId)).for("update");
  const [row] = await tx.select({ n: count() }).from(limit.table).where(limit.active);
  if ((row?.n ?? 0) >= limit.max) throw new DomainError("ACTION_NOT_ALLOWED", limit.message);
}
