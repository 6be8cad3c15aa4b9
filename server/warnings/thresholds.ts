// 预警阈值 per shop: every metric's default (definitions.ts) unless the shop set its own, or turned it off.
// Saving re-evaluates the shop's warnings at once, so the 预警中心 reflects the new thresholds immediately.
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { shopSettings } from "../../db/schema";
import { DomainError } from "../errors";
import { metricDefs, metricIds } from "../metrics/definitions";
import { actorOf } from "../settings-audit/areas";
import { describeThresholds } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { getShopSettings } from "../shops/settings";
import type { Member } from "../trpc";
import { evaluateShop } from "./evaluate";
import { effectiveThresholds, type StoredThresholds, thresholdBounds } from "./rules";
import { type ThresholdsInput, thresholdsInput } from "./schemas";

export async function getThresholds(db: DbOrTx, ctx: { shopId: string }) {
  const stored = (await getShopSettings(db, ctx.shopId)).warningThresholds;
  const current = effectiveThresholds(stored);
  return metricIds.map((id) => ({
    metric: id,
    kind: metricDefs[id].kind,
    better: metricDefs[id].better,
    default: metricDefs[id].warnAt ?? null,
    custom: id in stored,
    threshold: current[id],
    ...thresholdBounds(id),
  }));
}

export const canEditThresholds = (m: Member) => m.role === "owner" || m.role === "lead" || m.canManageSettings;

export async function updateThresholds(
  db: Db,
  ctx: { shopId: string; member: Member; now: Date },
  input: ThresholdsInput,
) {
  if (!canEditThresholds(ctx.member)) throw new DomainError("FORBIDDEN", "只有店主或主管可以修改预警阈值");
  const { thresholds, reset } = thresholdsInput.parse(input);
  for (const id of metricIds) {
    const v = thresholds[id];
    if (v === undefined || v === null) continue;
    const { min, max } = thresholdBounds(id);
    if (v < min || v > max) {
      throw new DomainError("INVALID_INPUT", `${metricDefs[id].words["zh-CN"].name}的阈值超出范围`, {
        field: `thresholds.${id}`,
        params: { min, max },
      });
    }
  }
  await db.transaction(async (tx) => {
    await tx.insert(shopSettings).values({ shopId: ctx.shopId }).onConflictDoNothing();
    const [row] = await tx
      .select({ stored: shopSettings.warningThresholds })
      .from(shopSettings)
      .where(eq(shopSettings.shopId, ctx.shopId))
      .for("update");
    const before: StoredThresholds = { ...row?.stored };
    const stored: StoredThresholds = { ...before, ...thresholds };
    for (const id of reset) delete stored[id];
    // null means "off" for that metric.
    await tx
      .update(shopSettings)
      .set({ warningThresholds: stored })
      .where(eq(shopSettings.shopId, ctx.shopId));
    const summary = describeThresholds(before, stored);
    if (summary) {
      await recordSettingsChange(tx, {
        shopId: ctx.shopId,
        actor: actorOf(ctx.member),
        area: "warnings",
        action: "thresholds.update",
        summary,
        data: { before, after: stored },
      });
    }
  });
  await evaluateShop(db, ctx.shopId, ctx.now);
  return getThresholds(db, ctx);
}
