// SPEC §3 "Lifecycle and platform time limits" as per-shop settings ("All limits are per-shop settings with these
// defaults"): which limits there are, the unit each is edited in, the range a shop may set, and the conversions
// between minutes (stored) and hours or days (shown). Pure: 设置 → 时限与规则 checks input with the same rules the
// server enforces.
import { defaultTimeLimits, type TimeLimits } from "../tickets/domain";

export type LimitKey = keyof TimeLimits;
export type LimitUnit = "h" | "d";

export const MINUTES_PER: Record<LimitUnit, number> = { h: 60, d: 24 * 60 };
const H = MINUTES_PER.h;
const D = MINUTES_PER.d;

/**
 * `unit`: what the limit is shown and typed in (days for the 10-day kind, hours for the rest); `min`/`max` in
 * minutes; `assumption`: SPEC §3 gives no platform number, the default is ours (marked (assumption) there).
 * Ranges: at least an hour (a shorter limit would fire before anyone could look), at most a few times the default.
 */
export type LimitSpec = { unit: LimitUnit; min: number; max: number; assumption: boolean };

export const limitSpecs: Record<LimitKey, LimitSpec> = {
  reviewMin: { unit: "h", min: H, max: 7 * D, assumption: false },
  buyerShipMin: { unit: "d", min: D, max: 30 * D, assumption: false },
  confirmReceiptMin: { unit: "d", min: D, max: 30 * D, assumption: false },
  refusalRefundMin: { unit: "d", min: D, max: 15 * D, assumption: false },
  interceptionMin: { unit: "h", min: H, max: 7 * D, assumption: true },
  reissueMin: { unit: "h", min: H, max: 7 * D, assumption: false },
  exchangeReshipMin: { unit: "h", min: H, max: 15 * D, assumption: true },
  proxyConfirmMin: { unit: "h", min: H, max: 3 * D, assumption: false },
  evidenceMin: { unit: "h", min: H, max: 7 * D, assumption: true },
  aboutToTimeoutMin: { unit: "h", min: H, max: 3 * D, assumption: true },
  awaitingWaybillMin: { unit: "h", min: H, max: 30 * D, assumption: true },
};

/** The deadlines of the SPEC §3 table, in its order: each starts when a ticket enters its state. */
export const deadlineLimitKeys = [
  "reviewMin",
  "buyerShipMin",
  "confirmReceiptMin",
  "refusalRefundMin",
  "interceptionMin",
  "reissueMin",
  "exchangeReshipMin",
  "proxyConfirmMin",
  "evidenceMin",
] as const satisfies readonly LimitKey[];

/** Where the lists' 即将超时 and 待买家上传单号 begin: read on every list, so a change shows at once. */
export const thresholdLimitKeys = ["aboutToTimeoutMin", "awaitingWaybillMin"] as const satisfies readonly LimitKey[];

export const limitKeys: readonly LimitKey[] = [...deadlineLimitKeys, ...thresholdLimitKeys];

/** Minutes in a unit, rounded to 2 decimals (a value set through the API need not be whole hours). */
export function toUnit(minutes: number, unit: LimitUnit): number {
  return Math.round((minutes / MINUTES_PER[unit]) * 100) / 100;
}

/** A value in a unit as whole minutes. */
export function fromUnit(value: number, unit: LimitUnit): number {
  return Math.round(value * MINUTES_PER[unit]);
}

/** The unit a stored value is shown in: the limit's own, unless the value is not whole in it (36 h, not 1.5 d). */
export function displayUnit(key: LimitKey, minutes: number): LimitUnit {
  return limitSpecs[key].unit === "d" && minutes % D !== 0 ? "h" : limitSpecs[key].unit;
}

export const isDefaultLimit = (key: LimitKey, minutes: number) => defaultTimeLimits[key] === minutes;

export type LimitViolation =
  | { code: "LIMIT_NOT_A_NUMBER"; key: LimitKey }
  | { code: "LIMIT_OUT_OF_RANGE"; key: LimitKey; min: number; max: number }
  | { code: "WAYBILL_REMINDER_TOO_LONG"; key: "awaitingWaybillMin"; buyerShipMin: number };

/** What the refusal text of a violation names: the limit, and its range or the buyer's limit (minutes). */
export function violationParams(v: LimitViolation): {
  limit: LimitKey;
  min?: number;
  max?: number;
  buyerShipMin?: number;
} {
  if (v.code === "LIMIT_OUT_OF_RANGE") return { limit: v.key, min: v.min, max: v.max };
  if (v.code === "WAYBILL_REMINDER_TOO_LONG") return { limit: v.key, buyerShipMin: v.buyerShipMin };
  return { limit: v.key };
}

/** One limit within its range, or why not. */
export function checkLimit(key: LimitKey, minutes: number): LimitViolation | null {
  if (!Number.isFinite(minutes) || !Number.isInteger(minutes)) return { code: "LIMIT_NOT_A_NUMBER", key };
  const { min, max } = limitSpecs[key];
  if (minutes < min || minutes > max) return { code: "LIMIT_OUT_OF_RANGE", key, min, max };
  return null;
}

/**
 * Every limit within its range, and 待买家上传单号 shorter than the buyer's 10 days to ship the return: a ticket
 * past the buyer's limit is closed by the platform, so a longer reminder would never show anything.
 */
export function checkLimits(limits: TimeLimits): LimitViolation | null {
  for (const key of limitKeys) {
    const v = checkLimit(key, limits[key]);
    if (v) return v;
  }
  if (limits.awaitingWaybillMin >= limits.buyerShipMin) {
    return { code: "WAYBILL_REMINDER_TOO_LONG", key: "awaitingWaybillMin", buyerShipMin: limits.buyerShipMin };
  }
  return null;
}

/** What a person typed ("48", "1.5") in a unit, as minutes within the limit's range, or why not. */
export function parseLimit(
  key: LimitKey,
  typed: string,
  unit: LimitUnit,
): { ok: true; minutes: number } | { ok: false; violation: LimitViolation } {
  const s = typed.trim();
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(s)) return { ok: false, violation: { code: "LIMIT_NOT_A_NUMBER", key } };
  const minutes = fromUnit(Number(s), unit);
  const v = checkLimit(key, minutes);
  return v ? { ok: false, violation: v } : { ok: true, minutes };
}

/** Two sets of limits are the same (the compare of 设置 → 时限与规则's compare-and-set). */
export const sameLimits = (a: TimeLimits, b: TimeLimits): boolean => limitKeys.every((k) => a[k] === b[k]);
