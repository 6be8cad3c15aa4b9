import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { resolveRange } from "./range";

const now = new Date("2026-11-20T02:00:00Z"); // 10:00 on 11-20 in Shanghai

describe("date ranges and the previous period", () => {
  it.each([
    ["today", "2026-11-20", "2026-11-20", 1, "2026-11-19", "2026-11-19"],
    ["7d", "2026-11-14", "2026-11-20", 7, "2026-11-07", "2026-11-13"],
    ["30d", "2026-10-22", "2026-11-20", 30, "2026-09-22", "2026-10-21"],
    ["90d", "2026-08-23", "2026-11-20", 90, "2026-05-25", "2026-08-22"],
  ] as const)("%s ends today, the previous period is as long and right before", (preset, from, to, days, pf, pt) => {
    expect(resolveRange({ preset }, now)).toEqual({ preset, from, to, days, prev: { from: pf, to: pt } });
  });

  it("custom ranges are checked: order, not in the future, at most 366 days", () => {
    expect(resolveRange({ preset: "custom", from: "2026-11-01", to: "2026-11-10" }, now)).toMatchObject({
      days: 10,
      prev: { from: "2026-10-22", to: "2026-10-31" },
    });
    const bad = (from: string, to: string) => () => resolveRange({ preset: "custom", from, to }, now);
    expect(bad("2026-11-10", "2026-11-01")).toThrow(DomainError);
    expect(bad("2026-11-10", "2026-11-21")).toThrow("结束日期不能晚于今天");
    expect(bad("2025-01-01", "2026-11-01")).toThrow("最多");
    expect(() => resolveRange({ preset: "custom", from: "2026-11-01" }, now)).toThrow("结束日期");
  });

  it("a day that is not on the calendar (Feb 30, month 13) is refused, not passed to SQL", () => {
    const custom =
      (from: string, to = "2026-11-10") =>
      () =>
        resolveRange({ preset: "custom", from, to }, now);
    for (const day of ["2025-02-30", "2026-02-29", "2025-04-31", "2025-13-01", "2025-00-10"]) {
      expect(custom(day), day).toThrow("请选择开始日期");
    }
    expect(custom("2024-02-29", "2024-03-01")()).toMatchObject({ from: "2024-02-29", days: 2 });
  });
});
