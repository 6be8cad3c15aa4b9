import { z } from "zod";
import { breakdownDims } from "./facts";

// Pure (no server imports): the 数据 page's range picker reads the presets from here.
export const rangePresets = ["today", "7d", "30d", "90d", "custom"] as const;
export type RangePreset = (typeof rangePresets)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

export const rangeInput = z.object({
  preset: z.enum(rangePresets).default("7d"),
  from: day.optional(),
  to: day.optional(),
});
export type RangeInput = z.input<typeof rangeInput>;

export const breakdownInput = z.object({ range: rangeInput, dim: z.enum(breakdownDims) });
export type BreakdownInput = z.input<typeof breakdownInput>;
