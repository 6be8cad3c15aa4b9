// SPEC §6 Holidays and 报备 as pure rules: the moved promise and which orders a filing covers.
import { describe, expect, it } from "vitest";
import { assessShipment, effectivePromise, filingCovers } from "./rules";

const spring = { startsOn: "2026-02-15", endsOn: "2026-02-23", shipDelayDays: 7 };
const d = (s: string) => new Date(s);

describe("holidays move the promised ship time", () => {
  it.each([
    ["2026-02-14T15:59:59Z", "2026-02-14T15:59:59Z"], // 23:59:59 on 02-14 in Shanghai: before the holiday
    ["2026-02-14T16:00:00Z", "2026-02-21T16:00:00Z"], // 00:00 on 02-15: first day, +7 days
    ["2026-02-23T15:59:59Z", "2026-03-02T15:59:59Z"], // last second of 02-23
    ["2026-02-23T16:00:00Z", "2026-02-23T16:00:00Z"], // 02-24: after it
  ])("promise %s is assessed as %s", (promise, moved) => {
    expect(effectivePromise(d(promise), [spring]).toISOString()).toBe(d(moved).toISOString());
  });

  it("overlapping holidays do not add up: the longest applies", () => {
    const extra = { startsOn: "2026-02-20", endsOn: "2026-02-21", shipDelayDays: 2 };
    expect(effectivePromise(d("2026-02-20T04:00:00Z"), [spring, extra]).toISOString()).toBe("2026-02-27T04:00:00.000Z");
  });
});

describe("报备 covers orders by id or by the promise's time range", () => {
  const byIds = { orderIds: ["o1"], coversFrom: null, coversTo: null };
  const byRange = { orderIds: null, coversFrom: d("2026-07-01T00:00:00Z"), coversTo: d("2026-07-03T00:00:00Z") };
  it.each([
    [byIds, "o1", "2026-01-01T00:00:00Z", true],
    [byIds, "o2", "2026-01-01T00:00:00Z", false],
    [byRange, "o9", "2026-07-01T00:00:00Z", true],
    [byRange, "o9", "2026-07-02T23:59:59Z", true],
    [byRange, "o9", "2026-07-03T00:00:00Z", false],
    [byRange, "o9", "2026-06-30T23:59:59Z", false],
  ])("%o, %s promised %s → %s", (f, id, promise, covered) => {
    expect(filingCovers(f, id, d(promise))).toBe(covered);
  });
});

describe("assessShipment", () => {
  const now = d("2026-03-10T00:00:00Z");
  const base = { id: "o1", isVirtual: false, refundOnlyBeforeShip: false, promisedShipBy: d("2026-03-05T00:00:00Z") };
  const none = { holidays: [], filings: [] };
  it.each([
    ["shipped on time", { shippedAt: d("2026-03-04T00:00:00Z") }, none, { assessed: true, onTime: true }],
    ["shipped late", { shippedAt: d("2026-03-06T00:00:00Z") }, none, { assessed: true, onTime: false }],
    ["not shipped, past due", { shippedAt: null }, none, { assessed: true, onTime: false }],
    [
      "not shipped, not due",
      { shippedAt: null, promisedShipBy: d("2026-03-11T00:00:00Z") },
      none,
      { assessed: false, why: "not_due" },
    ],
    ["virtual", { shippedAt: null, isVirtual: true }, none, { assessed: false, why: "virtual" }],
    [
      "refund asked before shipment",
      { shippedAt: null, refundOnlyBeforeShip: true },
      none,
      { assessed: false, why: "refunded_before_ship" },
    ],
    [
      "late, but the holiday moved the promise",
      { shippedAt: d("2026-03-06T00:00:00Z") },
      { holidays: [{ startsOn: "2026-03-05", endsOn: "2026-03-05", shipDelayDays: 2 }], filings: [] },
      { assessed: true, onTime: true, moved: true },
    ],
    [
      "late, but covered by a 报备",
      { shippedAt: d("2026-03-06T00:00:00Z") },
      { holidays: [], filings: [{ orderIds: ["o1"], coversFrom: null, coversTo: null }] },
      { assessed: false, why: "filed" },
    ],
  ])("%s", (_name, o, cal, want) => {
    expect(assessShipment({ ...base, ...o }, cal, now)).toMatchObject(want);
  });
});
