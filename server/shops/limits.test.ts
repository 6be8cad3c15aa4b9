// SPEC §3 time limits as shop settings, pure: conversions between minutes and hours/days, each limit's range, the
// 待买家上传单号 < 待买家退货 rule, parsing what a person types, and the refusal texts in both languages.
import { describe, expect, it } from "vitest";
import { durationText, shopRulesErrorText } from "../../messages/shop-rules";
import { defaultTimeLimits } from "../tickets/domain";
import {
  checkLimit,
  checkLimits,
  deadlineLimitKeys,
  displayUnit,
  fromUnit,
  isDefaultLimit,
  type LimitKey,
  limitKeys,
  limitSpecs,
  parseLimit,
  sameLimits,
  thresholdLimitKeys,
  toUnit,
} from "./limits";

const H = 60;
const D = 24 * H;

describe("hours and days ↔ minutes", () => {
  it.each([
    [48 * H, "h", 48],
    [10 * D, "d", 10],
    [36 * H, "d", 1.5],
    [90, "h", 1.5],
    [100, "h", 1.67], // 1 h 40 min, shown to 2 decimals
  ] as const)("%i minutes is %s %s", (minutes, unit, shown) => {
    expect(toUnit(minutes, unit)).toBe(shown);
  });

  it.each([
    [48, "h", 48 * H],
    [10, "d", 10 * D],
    [1.5, "d", 36 * H],
    [0.25, "h", 15],
  ] as const)("%s %s is %i minutes", (value, unit, minutes) => {
    expect(fromUnit(value, unit)).toBe(minutes);
  });

  it("every default round-trips through its own unit", () => {
    for (const k of limitKeys) {
      const unit = displayUnit(k, defaultTimeLimits[k]);
      expect(fromUnit(toUnit(defaultTimeLimits[k], unit), unit)).toBe(defaultTimeLimits[k]);
    }
  });

  it("shows a day-limit in hours when it is not whole days (36 h, not 1.5 d)", () => {
    expect(displayUnit("buyerShipMin", 10 * D)).toBe("d");
    expect(displayUnit("buyerShipMin", 36 * H)).toBe("h");
    expect(displayUnit("reviewMin", 2 * D)).toBe("h");
  });
});

describe("the SPEC §3 table as settings", () => {
  it("covers every limit once: nine deadlines in the table's order, two list thresholds", () => {
    expect(deadlineLimitKeys).toEqual([
      "reviewMin",
      "buyerShipMin",
      "confirmReceiptMin",
      "refusalRefundMin",
      "interceptionMin",
      "reissueMin",
      "exchangeReshipMin",
      "proxyConfirmMin",
      "evidenceMin",
    ]);
    expect([...limitKeys].sort()).toEqual(Object.keys(defaultTimeLimits).sort());
    expect(thresholdLimitKeys).toEqual(["aboutToTimeoutMin", "awaitingWaybillMin"]);
  });

  it("marks exactly the SPEC's (assumption) limits", () => {
    const assumed = limitKeys.filter((k) => limitSpecs[k].assumption);
    expect(assumed).toEqual([
      "interceptionMin",
      "exchangeReshipMin",
      "evidenceMin",
      "aboutToTimeoutMin",
      "awaitingWaybillMin",
    ]);
  });

  it("allows every platform default, which passes as a whole", () => {
    for (const k of limitKeys) expect(checkLimit(k, defaultTimeLimits[k]), k).toBeNull();
    expect(checkLimits({ ...defaultTimeLimits })).toBeNull();
    expect(isDefaultLimit("reviewMin", 48 * H)).toBe(true);
    expect(isDefaultLimit("reviewMin", 24 * H)).toBe(false);
  });
});

describe("bounds", () => {
  it.each([
    ["reviewMin", H, null],
    ["reviewMin", 59, "LIMIT_OUT_OF_RANGE"],
    ["reviewMin", 7 * D, null],
    ["reviewMin", 7 * D + 1, "LIMIT_OUT_OF_RANGE"],
    ["buyerShipMin", D - H, "LIMIT_OUT_OF_RANGE"],
    ["buyerShipMin", 30 * D, null],
    ["buyerShipMin", 31 * D, "LIMIT_OUT_OF_RANGE"],
    ["refusalRefundMin", 16 * D, "LIMIT_OUT_OF_RANGE"],
    ["proxyConfirmMin", 4 * D, "LIMIT_OUT_OF_RANGE"],
    ["evidenceMin", 0, "LIMIT_OUT_OF_RANGE"],
    ["evidenceMin", -60, "LIMIT_OUT_OF_RANGE"],
    ["interceptionMin", 90.5, "LIMIT_NOT_A_NUMBER"],
    ["interceptionMin", Number.NaN, "LIMIT_NOT_A_NUMBER"],
    ["interceptionMin", Number.POSITIVE_INFINITY, "LIMIT_NOT_A_NUMBER"],
  ] as const)("%s = %s minutes → %s", (key, minutes, code) => {
    expect(checkLimit(key as LimitKey, minutes)?.code ?? null).toBe(code);
  });

  it("names the limit and its range", () => {
    expect(checkLimit("reviewMin", 10)).toEqual({ code: "LIMIT_OUT_OF_RANGE", key: "reviewMin", min: H, max: 7 * D });
  });

  it("待买家上传单号 must be shorter than the buyer's time to ship the return", () => {
    const limits = { ...defaultTimeLimits, buyerShipMin: 3 * D, awaitingWaybillMin: 3 * D };
    expect(checkLimits(limits)).toEqual({
      code: "WAYBILL_REMINDER_TOO_LONG",
      key: "awaitingWaybillMin",
      buyerShipMin: 3 * D,
    });
    expect(checkLimits({ ...limits, awaitingWaybillMin: 3 * D - H })).toBeNull();
  });

  it("reports the first broken limit in table order", () => {
    expect(checkLimits({ ...defaultTimeLimits, reviewMin: 0, evidenceMin: 0 })?.key).toBe("reviewMin");
  });
});

describe("what a person types", () => {
  it.each([
    ["48", "h", { ok: true, minutes: 48 * H }],
    [" 24 ", "h", { ok: true, minutes: 24 * H }],
    ["1.5", "d", { ok: true, minutes: 36 * H }],
    ["", "h", "LIMIT_NOT_A_NUMBER"],
    ["abc", "h", "LIMIT_NOT_A_NUMBER"],
    ["-3", "h", "LIMIT_NOT_A_NUMBER"],
    ["1e3", "h", "LIMIT_NOT_A_NUMBER"],
    ["2.555", "h", "LIMIT_NOT_A_NUMBER"],
    ["0", "h", "LIMIT_OUT_OF_RANGE"],
    ["8", "d", "LIMIT_OUT_OF_RANGE"],
    ["169", "h", "LIMIT_OUT_OF_RANGE"],
  ] as const)("%j in %s", (typed, unit, expected) => {
    const r = parseLimit("reviewMin", typed, unit);
    if (typeof expected === "string") expect(r.ok ? null : r.violation.code).toBe(expected);
    else expect(r).toEqual(expected);
  });

  it("compares whole sets of limits", () => {
    expect(sameLimits({ ...defaultTimeLimits }, { ...defaultTimeLimits })).toBe(true);
    expect(sameLimits({ ...defaultTimeLimits }, { ...defaultTimeLimits, evidenceMin: 71 * H })).toBe(false);
  });
});

describe("texts", () => {
  it("says durations in the limit's unit, else whole days as days", () => {
    expect(durationText("zh-CN", 48 * H, "h")).toBe("48 小时");
    expect(durationText("zh-CN", 48 * H)).toBe("2 天");
    expect(durationText("zh-CN", 10 * D, "d")).toBe("10 天");
    expect(durationText("zh-CN", 36 * H, "d")).toBe("36 小时");
    expect(durationText("en", H)).toBe("1 hour");
    expect(durationText("en", 90)).toBe("1.5 hours");
  });

  it("names the limit and the range in the refusal, in both languages", () => {
    const p = { limit: "reviewMin" as const, min: H, max: 7 * D };
    expect(shopRulesErrorText("zh-CN", "LIMIT_OUT_OF_RANGE", p)).toBe("「待商家处理」最短 1 小时，最长 7 天");
    expect(shopRulesErrorText("en", "LIMIT_OUT_OF_RANGE", p)).toBe(
      "“Pending review” must be between 1 hour and 7 days",
    );
    expect(shopRulesErrorText("zh-CN", "SETTINGS_STALE")).toMatch(/^已被他人修改/);
  });
});
