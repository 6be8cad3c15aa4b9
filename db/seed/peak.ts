// The demo shop's sales peak, placed relative to the seed's end so the data looks right whatever the date.
import { D, H } from "./script";

const SHANGHAI = 8 * H; // UTC+8, no daylight saving

/** 02:00 Asia/Shanghai on the given calendar day (month 0-based): when a 大促 day's orders start pouring in. */
const shanghaiDay = (year: number, month: number, day: number) => Date.UTC(year, month, day, 2) - SHANGHAI;

/**
 * The start of the promotion day whose orders make the peak: the most recent 双11 (Nov 11) that lies inside the
 * `days` before `end` with its whole day of sales (20 h) before `end`; otherwise a promotion day two weeks
 * before `end`.
 */
export function promotionPeak(end: number, days: number): number {
  const year = new Date(end + SHANGHAI).getUTCFullYear();
  for (const y of [year, year - 1]) {
    const double11 = shanghaiDay(y, 10, 11);
    if (double11 + 20 * H <= end - H && double11 >= end - days * D) return double11;
  }
  const twoWeeksBefore = new Date(end - 14 * D + SHANGHAI);
  return shanghaiDay(twoWeeksBefore.getUTCFullYear(), twoWeeksBefore.getUTCMonth(), twoWeeksBefore.getUTCDate());
}
