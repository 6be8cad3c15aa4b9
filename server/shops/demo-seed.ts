// Whether the demo seed is still filling this shop (db/seed/demo.ts records its progress): the workbench says
// "演示数据生成中…" meanwhile, so a short or empty list never looks like a broken product.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { demoSeedRuns } from "../../db/schema";
import { seedFailedProgress } from "../../db/seed/state";

export type DemoSeedStatus = { running: boolean; progress: number; failed: boolean };

/**
 * Running while the shop's seed record has no finish time, unless `npm start` saw the seed fail; shops the seed
 * did not create have no record.
 */
export async function demoSeedStatus(db: DbOrTx, shopId: string): Promise<DemoSeedStatus> {
  const [run] = await db
    .select({ progress: demoSeedRuns.progress, finishedAt: demoSeedRuns.finishedAt })
    .from(demoSeedRuns)
    .where(eq(demoSeedRuns.shopId, shopId));
  if (!run || run.finishedAt !== null) return { running: false, progress: 100, failed: false };
  if (run.progress === seedFailedProgress) return { running: false, progress: 0, failed: true };
  return { running: true, progress: run.progress, failed: false };
}
