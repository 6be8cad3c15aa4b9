// SPEC §6 "Holidays (春节)": a per-shop holiday calendar moves the promised ship time used in the 发货及时率
// assessment, and 报备 filings take covered orders out of it. Pure rules, shared by the rollups, the 履约 lists
// and the 预警中心, so an order is judged the same way everywhere.
import { dayOf } from "../metrics/days";

export type HolidayRule = { startsOn: string; endsOn: string; shipDelayDays: number };
export type FilingRule = { orderIds: string[] | null; coversFrom: Date | null; coversTo: Date | null };
export type ShopCalendar = { holidays: HolidayRule[]; filings: FilingRule[] };

const DAY_MS = 24 * 3600_000;

/**
 * The promise an order is assessed against: when the platform's promised ship-by falls on a holiday day
 * (Shanghai date, both ends included), it moves later by that holiday's days. Overlapping holidays do not
 * add up: the longest delay applies.
 */
export function effectivePromise(promisedShipBy: Date, holidays: readonly HolidayRule[]): Date {
  const day = dayOf(promisedShipBy);
  let delay = 0;
  for (const h of holidays) if (day >= h.startsOn && day <= h.endsOn) delay = Math.max(delay, h.shipDelayDays);
  return delay ? new Date(promisedShipBy.getTime() + delay * DAY_MS) : promisedShipBy;
}

/** A 报备 covers an order it names, or any order whose (moved) promise falls in its time range [from, to). */
export function filingCovers(f: FilingRule, orderId: string, promise: Date): boolean {
  if (f.orderIds?.includes(orderId)) return true;
  if (!f.coversFrom || !f.coversTo) return false;
  return promise >= f.coversFrom && promise < f.coversTo;
}

export function coveredByFiling(filings: readonly FilingRule[], orderId: string, promise: Date): boolean {
  return filings.some((f) => filingCovers(f, orderId, promise));
}

export type ShipAssessment =
  | { assessed: false; why: "virtual" | "refunded_before_ship" | "not_due" | "filed" }
  | { assessed: true; onTime: boolean; promise: Date; moved: boolean };

/**
 * 发货及时率 for one order at `now`. Not assessed: virtual goods (nothing ships), orders the buyer asked to
 * refund before shipment (nothing should ship), orders neither shipped nor past their promise yet, and orders
 * covered by a 报备. Otherwise on time when shipped no later than the (moved) promise.
 */
export function assessShipment(
  o: {
    id: string;
    isVirtual: boolean;
    refundOnlyBeforeShip: boolean;
    promisedShipBy: Date;
    shippedAt: Date | null;
  },
  cal: ShopCalendar,
  now: Date,
): ShipAssessment {
  if (o.isVirtual) return { assessed: false, why: "virtual" };
  if (o.refundOnlyBeforeShip) return { assessed: false, why: "refunded_before_ship" };
  const promise = effectivePromise(o.promisedShipBy, cal.holidays);
  if (!o.shippedAt && promise > now) return { assessed: false, why: "not_due" };
  if (coveredByFiling(cal.filings, o.id, promise)) return { assessed: false, why: "filed" };
  return {
    assessed: true,
    onTime: !!o.shippedAt && o.shippedAt <= promise,
    promise,
    moved: promise.getTime() !== o.promisedShipBy.getTime(),
  };
}

/** 揽收及时率: collected within 24 h of shipment (SPEC §6, assumption); assessed once collected or 24 h passed. */
export const COLLECT_WITHIN_MS = 24 * 3600_000;
