// The date ranges of the 数据 page (today / 7 d / 30 d / 90 d / custom) and the previous period they are
// compared with: the same number of days right before. Days are Shanghai days, `to` included.
import { DomainError } from "../errors";
import { addDays, dayCount, dayOf, isDay } from "./days";
import type { RangePreset } from "./schemas";

export type { RangePreset } from "./schemas";

export type RangeRequest = { preset?: RangePreset; from?: string; to?: string };
export type DayRange = { from: string; to: string };
export type ResolvedRange = DayRange & { preset: RangePreset; days: number; prev: DayRange };

export const MAX_RANGE_DAYS = 366;
const presetDays = { today: 1, "7d": 7, "30d": 30, "90d": 90 } as const;

export function resolveRange(r: RangeRequest, now: Date): ResolvedRange {
  const today = dayOf(now);
  const preset = r.preset ?? "7d";
  let from: string;
  let to: string;
  if (preset === "custom") {
    if (!r.from || !isDay(r.from)) throw new DomainError("INVALID_INPUT", "请选择开始日期", { field: "from" });
    if (!r.to || !isDay(r.to)) throw new DomainError("INVALID_INPUT", "请选择结束日期", { field: "to" });
    if (r.from > r.to) throw new DomainError("INVALID_INPUT", "开始日期不能晚于结束日期", { field: "from" });
    if (r.to > today) throw new DomainError("INVALID_INPUT", "结束日期不能晚于今天", { field: "to" });
    if (dayCount(r.from, r.to) > MAX_RANGE_DAYS) {
      throw new DomainError("INVALID_INPUT", `一次最多查看 ${MAX_RANGE_DAYS} 天`, { field: "from" });
    }
    from = r.from;
    to = r.to;
  } else {
    to = today;
    from = addDays(today, 1 - presetDays[preset]);
  }
  const days = dayCount(from, to);
  return { preset, from, to, days, prev: { from: addDays(from, -days), to: addDays(from, -1) } };
}
