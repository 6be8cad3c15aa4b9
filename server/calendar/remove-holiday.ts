import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { holidays } from "../../db/schema";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeHoliday } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import type { Member } from "../trpc";
import { requestFullRebuild } from "../metrics/rollup";
import { assertCanManageCalendar } from "./permissions";
import { type RemoveInput, removeInput } from "./schemas";

export async function removeHoliday(db: Db, ctx: { shopId: string; member: Member; now: Date }, raw: RemoveInput) {
  assertCanManageCalendar(ctx.member);
  const { id } = parseInput(removeInput, raw);
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(holidays)
      .where(and(eq(holidays.id, id), eq(holidays.shopId, ctx.shopId)))
      .returning({
        id: holidays.id,
        name: holidays.name,
        startsOn: holidays.startsOn,
        endsOn: holidays.endsOn,
        shipDelayDays: holidays.shipDelayDays,
      });
    if (!gone) throw new DomainError("NOT_FOUND", "假期不存在或已删除");
    const { id: holidayId, ...holiday } = gone;
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "calendar",
      action: "holiday.remove",
      summary: describeHoliday("removed", gone),
      data: { holidayId, ...holiday },
    });
    await requestFullRebuild(tx, ctx.shopId, ctx.now);
    return { id: holidayId };
  });
}
