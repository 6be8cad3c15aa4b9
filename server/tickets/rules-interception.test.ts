// SPEC §4 物流拦截: the 8 conditions, each failing alone, in SPEC order; plus isShipped.
import { describe, expect, it } from "vitest";
import type { LogisticsStatus } from "./domain";
import type { RuleCode, RuleOrder, RuleShop, RuleTicket } from "./rules";
import { interceptionCarriers, interceptionEligibility, isShipped } from "./rules";
import { at, baseShop, baseTicket, HOUR, inTransitOrder, notShippedOrder } from "./rules-fixtures";

const order8 = [
  "INTERCEPT_NOT_CROSS_BORDER",
  "INTERCEPT_CARRIER_SUPPORTED",
  "INTERCEPT_AGREEMENT_SIGNED",
  "INTERCEPT_ITEM_ALLOWED",
  "INTERCEPT_SINGLE_PACKAGE",
  "INTERCEPT_AMOUNT_UNDER_LIMIT",
  "INTERCEPT_KUAISHOU_EWAYBILL",
  "INTERCEPT_REFUND_ONLY_UNSIGNED",
];

const check = (t: Partial<RuleTicket> = {}, o: Partial<RuleOrder> = {}, s: Partial<RuleShop> = {}) =>
  interceptionEligibility({ ...baseTicket, ...t }, { ...inTransitOrder, ...o }, { ...baseShop, ...s });
const failing = (r: ReturnType<typeof check>) => r.conditions.filter((c) => !c.pass).map((c) => c.code);

describe("interceptionEligibility", () => {
  it("reports exactly the 8 conditions in SPEC order, all passing for an eligible parcel", () => {
    const r = check();
    expect(r.conditions.map((c) => c.code)).toEqual(order8);
    expect(r.eligible).toBe(true);
    expect(failing(r)).toEqual([]);
  });

  const oneFails: {
    name: string;
    t?: Partial<RuleTicket>;
    o?: Partial<RuleOrder>;
    s?: Partial<RuleShop>;
    code: RuleCode;
  }[] = [
    { name: "cross-border shop", s: { isCrossBorder: true }, code: "INTERCEPT_NOT_CROSS_BORDER" },
    { name: "agreement not signed", s: { interceptionAgreement: false }, code: "INTERCEPT_AGREEMENT_SIGNED" },
    { name: "fresh item", o: { isFresh: true }, code: "INTERCEPT_ITEM_ALLOWED" },
    { name: "virtual item", o: { isVirtual: true }, code: "INTERCEPT_ITEM_ALLOWED" },
    { name: "vehicle", o: { isVehicle: true }, code: "INTERCEPT_ITEM_ALLOWED" },
    { name: "two packages", o: { packageCount: 2 }, code: "INTERCEPT_SINGLE_PACKAGE" },
    { name: "refund of exactly ¥500", t: { requestedFen: 50_000 }, code: "INTERCEPT_AMOUNT_UNDER_LIMIT" },
    { name: "refund over ¥500", t: { requestedFen: 120_000 }, code: "INTERCEPT_AMOUNT_UNDER_LIMIT" },
    { name: "no Kuaishou e-waybill", o: { eWaybill: false }, code: "INTERCEPT_KUAISHOU_EWAYBILL" },
    { name: "退货退款, not refund-only", t: { type: "return_refund" }, code: "INTERCEPT_REFUND_ONLY_UNSIGNED" },
    { name: "already signed for", o: { logisticsStatus: "signed" }, code: "INTERCEPT_REFUND_ONLY_UNSIGNED" },
    { name: "already refused", o: { logisticsStatus: "refused" }, code: "INTERCEPT_REFUND_ONLY_UNSIGNED" },
    { name: "already returning", o: { logisticsStatus: "returned" }, code: "INTERCEPT_REFUND_ONLY_UNSIGNED" },
    {
      name: "shipped but not collected",
      o: { collectedAt: null, logisticsStatus: "shipped_not_collected" },
      code: "INTERCEPT_REFUND_ONLY_UNSIGNED",
    },
  ];
  it.each(oneFails)("$name → only $code fails", ({ t, o, s, code }) => {
    const r = check(t, o, s);
    expect(r.eligible).toBe(false);
    expect(failing(r)).toEqual([code]);
  });

  it("an unsupported carrier fails both the carrier and its e-waybill", () => {
    const r = check({}, { carrier: "邮政" });
    expect(failing(r)).toEqual(["INTERCEPT_CARRIER_SUPPORTED", "INTERCEPT_KUAISHOU_EWAYBILL"]);
    expect(r.conditions[1]).toEqual({ code: "INTERCEPT_CARRIER_SUPPORTED", pass: false, params: { carrier: "邮政" } });
  });

  it("reports the package count it saw", () => {
    expect(check({}, { packageCount: 3 }).conditions[4]).toEqual({
      code: "INTERCEPT_SINGLE_PACKAGE",
      pass: false,
      params: { count: 3 },
    });
  });

  it("a never-shipped order fails carrier, e-waybill and shipment", () => {
    expect(failing(interceptionEligibility(baseTicket, notShippedOrder, baseShop))).toEqual([
      "INTERCEPT_CARRIER_SUPPORTED",
      "INTERCEPT_KUAISHOU_EWAYBILL",
      "INTERCEPT_REFUND_ONLY_UNSIGNED",
    ]);
  });

  it.each(interceptionCarriers)("%s is supported", (carrier) => {
    expect(check({}, { carrier }).eligible).toBe(true);
  });

  it.each(["collected", "in_transit", "out_for_delivery"] as const)("passes while %s", (logisticsStatus) => {
    expect(check({}, { logisticsStatus }).eligible).toBe(true);
  });

  it("¥499.99 passes", () => {
    expect(check({ requestedFen: 49_999 }).eligible).toBe(true);
  });
});

describe("isShipped: judged by the carrier's collection", () => {
  it.each([
    ["not_shipped", null, false],
    ["shipped_not_collected", null, false],
    ["collected", null, true],
    ["in_transit", null, true],
    ["out_for_delivery", null, true],
    ["signed", null, true],
    ["refused", null, true],
    ["returned", null, true],
    ["shipped_not_collected", at(-HOUR), true], // a collection time recorded ahead of the status
  ] as const)("%s (collectedAt %s) → %s", (logisticsStatus, collectedAt, expected) => {
    const o: RuleOrder = { ...notShippedOrder, logisticsStatus: logisticsStatus as LogisticsStatus, collectedAt };
    expect(isShipped(o)).toBe(expected);
  });

  it("a merchant ship click alone is not shipment", () => {
    expect(isShipped({ ...notShippedOrder, shippedAt: at(-HOUR), logisticsStatus: "shipped_not_collected" })).toBe(
      false,
    );
  });
});
