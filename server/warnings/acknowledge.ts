// 确认预警: a team member says "seen, on it". The warning stays until its condition ends (it clears itself),
// but moves below the unacknowledged ones and shows who took it.
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { warnings } from "../../db/schema";
import { DomainError } from "../errors";
import { canHandle, type Member } from "../trpc";
import { type AcknowledgeInput, acknowledgeInput } from "./schemas";

export async function acknowledgeWarning(
  db: DbOrTx,
  ctx: { shopId: string; member: Member; now: Date },
  input: AcknowledgeInput,
) {
  const { warningId } = acknowledgeInput.parse(input);
  if (!canHandle(ctx.member)) throw new DomainError("FORBIDDEN", "只有店主、主管或有售后处理权限的客服可以确认预警");
  const [updated] = await db
    .update(warnings)
    .set({ acknowledgedAt: ctx.now, acknowledgedBy: ctx.member.id, acknowledgedByName: ctx.member.displayName })
    .where(and(eq(warnings.id, warningId), eq(warnings.shopId, ctx.shopId), isNull(warnings.acknowledgedAt)))
    .returning();
  if (updated) return updated;
  const [existing] = await db
    .select()
    .from(warnings)
    .where(and(eq(warnings.id, warningId), eq(warnings.shopId, ctx.shopId)));
  if (!existing) throw new DomainError("NOT_FOUND", "预警不存在或已被删除");
  // Already acknowledged by someone: nothing changes, the caller sees who.
  return existing;
}
