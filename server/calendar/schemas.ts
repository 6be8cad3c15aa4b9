import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

export const addHolidayInput = z.object({
  name: z.string().trim().min(1, "请填写假期名称").max(40, "假期名称最多 40 个字"),
  startsOn: day,
  endsOn: day,
  shipDelayDays: z.number().int("顺延天数应为整数").min(1, "顺延至少 1 天").max(30, "顺延最多 30 天"),
});
export type AddHolidayInput = z.input<typeof addHolidayInput>;

export const addFilingInput = z.object({
  reason: z.string().trim().min(2, "请填写报备原因").max(200, "报备原因最多 200 个字"),
  orderIds: z.array(z.string().trim().min(1).max(64)).max(500, "一次最多报备 500 个订单").default([]),
  coversFrom: z.coerce.date().optional(),
  coversTo: z.coerce.date().optional(),
  evidence: z
    .array(z.url({ protocol: /^https?$/, error: "凭证须为 http(s) 链接" }))
    .max(9, "凭证最多 9 个")
    .default([]),
});
export type AddFilingInput = z.input<typeof addFilingInput>;

export const removeInput = z.object({ id: z.string().min(1).max(64) });
export type RemoveInput = z.input<typeof removeInput>;
