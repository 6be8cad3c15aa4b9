// The demo's sales peak follows the seed's end: the last 双11 when the 90 days hold one, else a promotion day
// two weeks before the end — never a date outside the data.
import { expect, test } from "vitest";
import { promotionPeak } from "./peak";

const at = (s: string) => Date.parse(s);
const shanghaiDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);

test.each([
  ["two weeks after 双11", "2026-11-26T09:00:00Z", "2026-11-11T02:00"],
  ["in January: the last year's 双11", "2027-01-20T09:00:00Z", "2026-11-11T02:00"],
  ["双11 more than 90 days back: a day two weeks before the end", "2027-03-01T09:00:00Z", "2027-02-15T02:00"],
  ["in summer", "2026-07-01T04:00:00Z", "2026-06-17T02:00"],
  ["on 双11 itself, before its sales are in: two weeks before", "2026-11-11T06:00:00Z", "2026-10-28T02:00"],
  ["the day after 双11", "2026-11-12T06:00:00Z", "2026-11-11T02:00"],
])("%s", (_, end, peak) => {
  const p = promotionPeak(at(end), 90);
  expect(shanghaiDate(p)).toBe(peak);
  expect(p).toBeGreaterThanOrEqual(at(end) - 90 * 86_400_000);
  expect(p + 20 * 3600_000).toBeLessThan(at(end));
});
