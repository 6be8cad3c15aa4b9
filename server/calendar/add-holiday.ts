// 添加假期 (SPEC §6 Holidays): promises falling on these days move by shipDelayDays in the 发货及时率
// assessment; every rolled-up day is rebuilt on the next pass.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/client";
import { holidays } from "../../db/schema";
import { DomainError } from "../errors";
import { actorOf } from "../settings-audit/areas";
import { describeHoliday } from "../settings-audit/describe";
import { recordSettingsChange } from "../settings-audit/record";
import { parseInput } from "../tickets/actions/context";
import type { Member } from "../trpc";
import { dayCount } from "../metrics/days";
import { requestFullRebuild } from "../metrics/rollup";
import { assertCanManageCalendar } from "./permissions";
import { type AddHolidayInput, addHolidayInput } from "./schemas";

const MAX_HOLIDAY_DAYS = 60;

export async function addHoliday(db: Db, ctx: { shopId: string; member: Member; now: Date }, raw: AddHolidayInput) {
  assertCanManageCalendar(ctx.member);
  const input = parseInput(addHolidayInput, raw);
  if (input.startsOn > input.endsOn) {
    throw new DomainError("INVALID_INPUT", "结束日期不能早于开始日期", { field: "endsOn" });
  }
  if (dayCount(input.startsOn, input.endsOn) > MAX_HOLIDAY_DAYS) {
    throw new DomainError("INVALID_INPUT", `一个假期最长 ${MAX_HOLIDAY_DAYS} 天`, { field: "endsOn" });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(holidays)
      .values({ id: `hol_${randomUUID().slice(0, 12)}`, shopId: ctx.shopId, ...input })
      .returning();
    await recordSettingsChange(tx, {
      shopId: ctx.shopId,
      actor: actorOf(ctx.member),
      area: "calendar",
      action: "holiday.add",
      summary: describeHoliday("added", row),
      data: { holidayId: row.id, ...input },
    });
    await requestFullRebuild(tx, ctx.shopId, ctx.now);
    return row;
  });
}
