// Whether the demo seed is still filling this shop (db/seed/demo.ts records its progress): the workbench says
// "演示数据生成中…" meanwhile, so a short or empty list never looks like a broken product.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { demoSeedRuns } from "../../db/schema";

export type DemoSeedStatus = { running: boolean; progress: number };

/** Running while the shop's seed record has no finish time; shops the seed did not create have no record. */
export async function demoSeedStatus(db: DbOrTx, shopId: string): Promise<DemoSeedStatus> {
  const [run] = await db
    .select({ progress: demoSeedRuns.progress, finishedAt: demoSeedRuns.finishedAt })
    .from(demoSeedRuns)
    .where(eq(demoSeedRuns.shopId, shopId));
  return run && run.finishedAt === null ? { running: true, progress: run.progress } : { running: false, progress: 100 };
}
