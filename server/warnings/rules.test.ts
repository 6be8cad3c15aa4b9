import { describe, expect, it } from "vitest";
import { metricValues } from "../metrics/definitions";
import { emptyFacts } from "../metrics/facts";
import { capObservation, countObservation, effectiveThresholds, MIN_SAMPLE, metricBreaches } from "./rules";

describe("预警 thresholds", () => {
  it("defaults come from the definitions; a shop's number or null (off) overrides them", () => {
    const t = effectiveThresholds({ satisfaction: 0.9, disputeRate: null, refundRate: 0.3 });
    expect(t.satisfaction).toBe(0.9);
    expect(t.disputeRate).toBeNull();
    expect(t.refundRate).toBe(0.3);
    expect(t.shipOnTimeRate).toBe(0.95);
    expect(t.signTime).toBeNull();
  });

  it("warns when a metric is worse than its threshold, in its own direction, with enough cases", () => {
    const f = emptyFacts();
    f.c.ratings = 20;
    f.c.ratingsSatisfied = 16; // 80% < 85%
    f.c.tickets = 20;
    f.c.escalated = 1; // 5% > 2%
    f.c.conversations = MIN_SAMPLE - 1;
    f.c.repliedIn3m = 0; // 0%, but too few conversations to judge
    const out = metricBreaches(metricValues(f), effectiveThresholds({}));
    // 店铺体验分 follows its parts down: 80% satisfaction and 5% disputes are few points.
    expect(out.map((o) => o.subject).sort()).toEqual(["disputeRate", "experienceScore", "satisfaction"]);
    expect(out.find((o) => o.subject === "satisfaction")).toMatchObject({ value: 0.8, threshold: 0.85, count: 20 });
    // Exactly at the threshold is not worse than it.
    f.c.ratingsSatisfied = 17;
    const noScore = { experienceScore: null };
    expect(metricBreaches(metricValues(f), effectiveThresholds(noScore)).map((o) => o.subject)).toEqual([
      "disputeRate",
    ]);
    expect(metricBreaches(metricValues(f), effectiveThresholds({ ...noScore, disputeRate: null }))).toEqual([]);
  });

  it("count conditions warn while a case exists; the daily cap only when set and reached", () => {
    expect(countObservation("notCollected", 0)).toEqual([]);
    expect(countObservation("notCollected", 3)).toMatchObject([{ kind: "notCollected", count: 3 }]);
    expect(capObservation({ capFen: null, spentFen: 1_000_000, heldToday: 3 })).toEqual([]);
    expect(capObservation({ capFen: 50_000, spentFen: 49_999, heldToday: 0 })).toEqual([]);
    expect(capObservation({ capFen: 50_000, spentFen: 50_000, heldToday: 0 })).toMatchObject([
      { kind: "strategyCapReached", value: 50_000, threshold: 50_000, count: 0 },
    ]);
    // ¥480 spent of ¥500 and a ¥30 refund held back: strategies stopped refunding, so the warning is up.
    expect(capObservation({ capFen: 50_000, spentFen: 48_000, heldToday: 1 })).toMatchObject([
      { kind: "strategyCapReached", value: 48_000, threshold: 50_000, count: 1 },
    ]);
  });
});
