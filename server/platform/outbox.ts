// Actions out (SPEC §7): every verb queues its platform action (approve, reject, refund, intercept, the 代客 card…)
// in platform_actions in the transaction that changed the ticket; this sends them. Only the sandbox connector
// exists: for a shop the sandbox plays, the sandbox platform takes each action and acknowledges it, and the row is
// marked sent. Safe with several workers: a batch is claimed FOR UPDATE SKIP LOCKED and marked in the transaction
// that claimed it, so each action is sent once. Shops on a real platform keep theirs queued for their connector.
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { platformActions, shops } from "../../db/schema";
import { runsInSandbox } from "../clock";

export type PlatformAction = typeof platformActions.$inferSelect;
export type Acknowledge = (action: PlatformAction) => Promise<void>;

/** The sandbox platform's side: it accepts every action the rules let the merchant take (they were checked here). */
export const sandboxAcknowledge: Acknowledge = async () => {};

/** Sends one batch of queued actions of sandbox shops, oldest first; answers how many were sent (0 when idle). */
export async function deliverPlatformActions(
  db: Db,
  opts: { batchSize?: number; now?: Date; acknowledge?: Acknowledge } = {},
): Promise<number> {
  const all = await db.select({ id: shops.id, sandbox: shops.sandbox }).from(shops);
  const sandboxShops = all.filter(runsInSandbox).map((s) => s.id);
  if (sandboxShops.length === 0) return 0;
  const acknowledge = opts.acknowledge ?? sandboxAcknowledge;
  return db.transaction(async (tx) => {
    const batch = await tx
      .select()
      .from(platformActions)
      .where(and(isNull(platformActions.sentAt), inArray(platformActions.shopId, sandboxShops)))
      .orderBy(asc(platformActions.createdAt), asc(platformActions.id))
      .limit(opts.batchSize ?? 100)
      .for("update", { skipLocked: true });
    if (batch.length === 0) return 0;
    // A refusal (throw) rolls the batch back: nothing is marked, the next run sends it again.
    for (const action of batch) await acknowledge(action);
    const sentAt = (opts.now ?? new Date()).toISOString();
    await tx
      .update(platformActions)
      .set({ sentAt: sql`${sentAt}::timestamptz` })
      .where(
        and(
          inArray(
            platformActions.id,
            batch.map((a) => a.id),
          ),
          isNull(platformActions.sentAt),
        ),
      );
    return batch.length;
  });
}
