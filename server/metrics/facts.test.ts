import { describe, expect, it } from "vitest";
import { addDays, dayOf, dayStart, daysBetween } from "./days";
import { addFacts, bucketOf, emptyFacts, percentile } from "./facts";

describe("duration buckets and percentiles", () => {
  it.each([
    [59, 0],
    [60, 1],
    [59 * 60 + 59, 59],
    [60 * 60, 60],
    [63 * 60, 60],
    [599 * 60, 595],
    [600 * 60, 600],
    [629 * 60, 600],
    [2879 * 60, 2850],
    [2880 * 60, 2880],
    [2999 * 60, 2880],
    [3001 * 60, 3000],
    [-5, 0],
  ])("%i s falls in the bucket starting at minute %i", (sec, bucket) => {
    expect(bucketOf(sec)).toBe(bucket);
  });

  it("is nearest-rank (as SQL percentile_disc), in seconds", () => {
    const h = { "1": 1, "2": 1, "3": 1, "4": 1 };
    expect(percentile(h, 0.5)).toBe(2 * 60);
    expect(percentile(h, 0.9)).toBe(4 * 60);
    expect(percentile(h, 0.25)).toBe(60);
    expect(percentile({}, 0.5)).toBeNull();
  });

  it("adds facts and merges histograms", () => {
    const a = emptyFacts();
    const b = emptyFacts();
    a.c.tickets = 2;
    a.h.decided = { "5": 1 };
    b.c.tickets = 3;
    b.h.decided = { "5": 2, "10": 1 };
    expect(addFacts(a, b)).toMatchObject({ c: { tickets: 5 }, h: { decided: { "5": 3, "10": 1 } } });
  });
});

describe("Shanghai days", () => {
  it("cut at 00:00 +08:00", () => {
    expect(dayOf(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(dayOf(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
    expect(dayStart("2026-03-02").toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(daysBetween("2026-02-27", "2026-03-01")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(daysBetween("2026-03-02", "2026-03-01")).toEqual([]);
  });
});
