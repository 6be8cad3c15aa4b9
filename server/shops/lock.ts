// Per-shop limits (20 API keys, 10 webhook addresses) are counted under this lock: two creates at once then
// queue, and the second sees the first's row, so a limit can never be passed by a race.
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { shops } from "../../db/schema";

export async function lockShopRow(tx: Tx, shopId: string): Promise<void> {
  await tx.select({ id: shops.id }).from(shops).where(eq(shops.id, shopId)).for("update");
}
