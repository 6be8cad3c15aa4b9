import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { filings } from "../../db/schema";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeFilingRemoved } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import type { Member } from "../trpc";
import { requestFullRebuild } from "../metrics/rollup";
import { assertCanManageCalendar } from "./permissions";
import { type RemoveInput, removeInput } from "./schemas";

export async function removeFiling(db: Db, ctx: { shopId: string; member: Member; now: Date }, raw: RemoveInput) {
  assertCanManageCalendar(ctx.member);
  const { id } = parseInput(removeInput, raw);
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(filings)
      .where(and(eq(filings.id, id), eq(filings.shopId, ctx.shopId)))
      .returning({ id: filings.id, reason: filings.reason });
    if (!gone) throw new DomainError("NOT_FOUND", "报备不存在或已删除");
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "calendar",
      action: "filing.remove",
      summary: describeFilingRemoved(gone),
      data: { filingId: gone.id, reason: gone.reason },
    });
    await requestFullRebuild(tx, ctx.shopId, ctx.now);
    return { id: gone.id };
  });
}
