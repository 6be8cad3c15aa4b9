// SPEC §4 物流拦截: the 8 eligibility conditions, and 同意拒收后退款's parcel check.
import type { Refusal, RuleCode, RuleOrder, RuleParams, RuleShop, RuleTicket } from "./rules-types";
import { isInTransitToBuyer, isParcelReturning, isShipped, refuse } from "./rules-types";

/** Carriers the platform's interception service supports (SPEC §4 物流拦截). */
export const interceptionCarriers = ["中通", "圆通", "申通", "极兔", "韵达", "顺丰", "京东"] as const;
/** "refund < ¥500": strictly less than 50000 分. */
export const interceptionMaxFenExclusive = 50_000;

export type InterceptionCondition = { code: RuleCode; pass: boolean; params?: RuleParams };
export type InterceptionEligibility = { eligible: boolean; conditions: InterceptionCondition[] };

/**
 * SPEC §4 物流拦截 — offered only when all 8 hold; every condition is reported (in SPEC order) so the UI can
 * say which one fails.
 */
export function interceptionEligibility(ticket: RuleTicket, order: RuleOrder, shop: RuleShop): InterceptionEligibility {
  const carrierSupported = (interceptionCarriers as readonly string[]).includes(order.carrier ?? "");
  const carrier = order.carrier ?? "";
  const conditions: InterceptionCondition[] = [
    { code: "INTERCEPT_NOT_CROSS_BORDER", pass: !shop.isCrossBorder },
    { code: "INTERCEPT_CARRIER_SUPPORTED", pass: carrierSupported, params: { carrier } },
    { code: "INTERCEPT_AGREEMENT_SIGNED", pass: shop.interceptionAgreement },
    { code: "INTERCEPT_ITEM_ALLOWED", pass: !order.isFresh && !order.isVirtual && !order.isVehicle },
    { code: "INTERCEPT_SINGLE_PACKAGE", pass: order.packageCount === 1, params: { count: order.packageCount } },
    { code: "INTERCEPT_AMOUNT_UNDER_LIMIT", pass: ticket.requestedFen < interceptionMaxFenExclusive },
    // We only know "e-waybill yes/no" and the carrier, so "of that carrier" = e-waybill on a supported carrier.
    { code: "INTERCEPT_KUAISHOU_EWAYBILL", pass: order.eWaybill && carrierSupported, params: { carrier } },
    // "not yet signed for": the parcel must still be moving to the buyer; refused/returned is already coming back.
    {
      code: "INTERCEPT_REFUND_ONLY_UNSIGNED",
      pass: ticket.type === "refund_only" && isInTransitToBuyer(order),
    },
  ];
  return { eligible: conditions.every((c) => c.pass), conditions };
}

/**
 * SPEC §4 同意拒收后退款: refund-only on a collected, normally moving parcel. Returns the refusal, or null if
 * the parcel qualifies. A parcel already refused/returned needs no refusal flow: agree the refund (seed: 线下退货).
 */
export function refusalRefundParcelCheck(order: RuleOrder): Refusal | null {
  if (!isShipped(order)) return refuse("PARCEL_NOT_COLLECTED");
  if (isParcelReturning(order)) return refuse("PARCEL_ALREADY_RETURNING");
  if (order.logisticsStatus === "signed") return refuse("PARCEL_ALREADY_SIGNED");
  return null;
}
