// Pure 售后助手 rules (SPEC §4 "售后助手 strategies"): does a strategy match a ticket, condition by condition with
// the values it saw; when may it act (its delay); does the daily auto-refund cap allow the money. No I/O, no clock.
import type { OrderKind, Reason, TicketType } from "../tickets/domain";
import { isShipped, type RuleOrder } from "../tickets/rules";
import {
  type AmountBasis,
  type BuiltinKind,
  builtins,
  type StrategyConditions,
  type StrategyDefinition,
} from "./definitions";

/** What a strategy judges a ticket on. `shipped` is decided by the caller: now (live) or as of the application. */
export type StrategyFacts = {
  type: TicketType;
  reason: Reason;
  requestedFen: number;
  productId: string;
  skuId: string;
  orderKind: OrderKind;
  orderPaidFen: number;
  isVirtual: boolean;
  sevenDayEligible: boolean;
  shipped: boolean;
};

export const conditionCodes = [
  "type",
  "shipped",
  "not_shipped",
  "amount_min",
  "amount_max",
  "reason",
  "product",
  "sku",
  "order_kind",
  "not_virtual",
  "seven_day",
] as const;
export type ConditionCode = (typeof conditionCodes)[number];
/** One condition as judged: the value seen on the ticket and what the strategy asked for. */
export type ConditionCheck = {
  code: ConditionCode;
  pass: boolean;
  value: string | number | boolean;
  expected?: string | number | string[];
  /** Amount checks say which amount they judged, so a stored run explains itself in any language. */
  basis?: AmountBasis;
};
export type MatchResult = { matched: boolean; checks: ConditionCheck[] };

/**
 * "Shipped" for automation: the merchant handed the parcel over or the carrier collected it. Stricter than the
 * collection-time rule of SPEC §3 on purpose: an auto-refund "before shipment" must never pay for goods already
 * handed to a carrier (seed 极速退款: "商家未发货").
 */
export const shippedNow = (o: RuleOrder): boolean => o.shippedAt !== null || isShipped(o);

/** Shipped as of a moment (dry-run on history judges each ticket as it was when the buyer applied). */
export const shippedAsOf = (o: { shippedAt: Date | null; collectedAt: Date | null }, at: Date): boolean =>
  (o.shippedAt !== null && o.shippedAt.getTime() <= at.getTime()) ||
  (o.collectedAt !== null && o.collectedAt.getTime() <= at.getTime());

/** Every condition the strategy constrains, in a fixed order; unconstrained ones are not listed. */
export function checkConditions(c: StrategyConditions, f: StrategyFacts): ConditionCheck[] {
  const out: ConditionCheck[] = [];
  out.push({ code: "type", pass: c.types.includes(f.type), value: f.type, expected: c.types });
  const amount = c.amountBasis === "order" ? f.orderPaidFen : f.requestedFen;
  const basis = c.amountBasis;
  if (c.minFen !== null) {
    out.push({ code: "amount_min", pass: amount >= c.minFen, value: amount, expected: c.minFen, basis });
  }
  if (c.maxFen !== null) {
    out.push({ code: "amount_max", pass: amount < c.maxFen, value: amount, expected: c.maxFen, basis });
  }
  if (c.shipped !== "any") {
    const want = c.shipped === "shipped";
    out.push({ code: want ? "shipped" : "not_shipped", pass: f.shipped === want, value: f.shipped });
  }
  if (c.reasons.length) out.push({ code: "reason", pass: c.reasons.includes(f.reason), value: f.reason });
  if (c.productIds.length) out.push({ code: "product", pass: c.productIds.includes(f.productId), value: f.productId });
  if (c.skuIds.length) out.push({ code: "sku", pass: c.skuIds.includes(f.skuId), value: f.skuId });
  if (c.orderKinds.length) {
    out.push({ code: "order_kind", pass: c.orderKinds.includes(f.orderKind), value: f.orderKind });
  }
  if (c.excludeVirtual) out.push({ code: "not_virtual", pass: !f.isVirtual, value: f.isVirtual });
  if (c.sevenDayOnly) out.push({ code: "seven_day", pass: f.sevenDayEligible, value: f.sevenDayEligible });
  return out;
}

export function matchStrategy(def: Pick<StrategyDefinition, "conditions">, f: StrategyFacts): MatchResult {
  const checks = checkConditions(def.conditions, f);
  return { matched: checks.every((c) => c.pass), checks };
}

/** A strategy with a delay acts once `delayMin` have passed since the buyer applied; null = act now. */
export function waitUntil(appliedAt: Date, delayMin: number, now: Date): Date | null {
  const due = new Date(appliedAt.getTime() + delayMin * 60_000);
  return due.getTime() > now.getTime() ? due : null;
}

const shanghaiOffsetMs = 8 * 3_600_000; // Asia/Shanghai has no daylight saving
const dayMs = 86_400_000;

/** The Asia/Shanghai calendar day containing `now`: [start, end) and its yyyy-mm-dd. */
export function shanghaiDay(now: Date): { start: Date; end: Date; key: string } {
  const local = Math.floor((now.getTime() + shanghaiOffsetMs) / dayMs) * dayMs;
  return {
    start: new Date(local - shanghaiOffsetMs),
    end: new Date(local - shanghaiOffsetMs + dayMs),
    key: new Date(local).toISOString().slice(0, 10),
  };
}

/**
 * The daily cap on auto-refunded money (SPEC §4, off by default): a refund is allowed while today's strategy refunds
 * plus this one stay within the cap — reaching the cap exactly is allowed, passing it is not.
 */
export function capAllows(capFen: number | null, spentTodayFen: number, amountFen: number): boolean {
  return capFen === null || spentTodayFen + amountFen <= capFen;
}

/** Ordering of strategies on a ticket: built-ins in their fixed order, then custom ones oldest first. */
export function strategyOrder(a: { rank: number; createdAt: Date }, b: { rank: number; createdAt: Date }): number {
  return a.rank - b.rank || a.createdAt.getTime() - b.createdAt.getTime();
}

/**
 * A built-in's threshold stays within the platform's limit: 极速退款 below ¥300 and 小额自动退 below ¥20 may be
 * lowered, never raised (SPEC §4 table). Null when allowed, else the limit that was passed.
 */
export function builtinThresholdProblem(kind: BuiltinKind, maxFen: number | null): { limitFen: number } | null {
  const limit = builtins[kind].maxFenLimit;
  if (limit === null) return null;
  if (maxFen === null || maxFen > limit || maxFen < 1) return { limitFen: limit };
  return null;
}
