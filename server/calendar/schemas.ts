import { z } from "zod";
import { isDay } from "../metrics/days";
import { noNulPattern, nulCharMessage, text } from "../text";
import { appliedDateMax, appliedDateMin } from "../tickets/vocabulary";

// A real calendar day in 2000–2099 (Postgres would refuse 2025-02-30 with an error, not a message).
const day = z
  .string()
  .refine(isDay, "日期格式应为 YYYY-MM-DD")
  .refine((d) => d >= "2000-01-01" && d < "2100-01-01", "日期须在 2000-01-01 至 2100-01-01 之间");
const instant = z.coerce
  .date({ error: "时间格式无效" })
  .min(appliedDateMin, "时间须在 2000-01-01 至 2100-01-01 之间")
  .max(appliedDateMax, "时间须在 2000-01-01 至 2100-01-01 之间");

export const addHolidayInput = z.object({
  name: text().trim().min(1, "请填写假期名称").max(40, "假期名称最多 40 个字"),
  startsOn: day,
  endsOn: day,
  shipDelayDays: z.number().int("顺延天数应为整数").min(1, "顺延至少 1 天").max(30, "顺延最多 30 天"),
});
export type AddHolidayInput = z.input<typeof addHolidayInput>;

export const addFilingInput = z.object({
  reason: text().trim().min(2, "请填写报备原因").max(200, "报备原因最多 200 个字"),
  orderIds: z.array(text().trim().min(1).max(64)).max(500, "一次最多报备 500 个订单").default([]),
  coversFrom: instant.optional(),
  coversTo: instant.optional(),
  evidence: z
    .array(z.url({ protocol: /^https?$/, error: "凭证须为 http(s) 链接" }).regex(noNulPattern, nulCharMessage))
    .max(9, "凭证最多 9 个")
    .default([]),
});
export type AddFilingInput = z.input<typeof addFilingInput>;

export const removeInput = z.object({ id: text().min(1).max(64) });
export type RemoveInput = z.input<typeof removeInput>;
