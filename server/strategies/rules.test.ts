// The pure 售后助手 rules as tables of cases from SPEC §4: each built-in at its edges (¥299.99 vs ¥300.00, ¥19.99 vs
// ¥20.00, shipped vs not, virtual), custom conditions, the delay, the cap, the Shanghai day and the explanations.
import { describe, expect, it } from "vitest";
import { builtins, type StrategyDefinition, templates } from "./definitions";
import { describeDefinition, explainMatch, explainMiss, strategyActorName } from "./describe";
import {
  builtinThresholdProblem,
  capAllows,
  matchStrategy,
  shanghaiDay,
  shippedAsOf,
  shippedNow,
  type StrategyFacts,
  waitUntil,
} from "./rules";

const facts = (over: Partial<StrategyFacts> = {}): StrategyFacts => ({
  type: "refund_only",
  reason: "no_longer_wanted",
  requestedFen: 1_200,
  productId: "p1",
  skuId: "s1",
  orderKind: "standard",
  orderPaidFen: 1_200,
  isVirtual: false,
  sevenDayEligible: true,
  shipped: false,
  ...over,
});
const fast = builtins.fast_refund.definition;
const small = builtins.small_amount_refund.definition;
const seven = builtins.seven_day_return.definition;

describe("极速退款: 仅退款, not shipped, not virtual, order amount < ¥300", () => {
  it.each([
    ["order ¥299.99, not shipped", facts({ orderPaidFen: 29_999, requestedFen: 29_999 }), true],
    ["order ¥300.00, not shipped", facts({ orderPaidFen: 30_000, requestedFen: 100 }), false],
    ["order ¥300.01", facts({ orderPaidFen: 30_001, requestedFen: 100 }), false],
    ["shipped", facts({ shipped: true }), false],
    ["virtual goods", facts({ isVirtual: true }), false],
    ["退货退款", facts({ type: "return_refund" }), false],
    ["换货", facts({ type: "exchange" }), false],
    ["merchant reason still matches (no reason condition)", facts({ reason: "quality_issue" }), true],
  ])("%s → %s", (_label, f, expected) => {
    expect(matchStrategy(fast, f).matched).toBe(expected);
  });
});

describe("小额自动退: 仅退款, shipped, refund < ¥20", () => {
  it.each([
    ["¥19.99 shipped", facts({ requestedFen: 1_999, orderPaidFen: 5_000, shipped: true }), true],
    ["¥20.00 shipped", facts({ requestedFen: 2_000, orderPaidFen: 5_000, shipped: true }), false],
    ["¥0.01 shipped", facts({ requestedFen: 1, shipped: true }), true],
    ["¥12.00 not shipped", facts({ requestedFen: 1_200, shipped: false }), false],
    ["¥12.00 shipped, 退货退款", facts({ type: "return_refund", shipped: true }), false],
    ["¥12.00 shipped, virtual (no virtual condition)", facts({ shipped: true, isVirtual: true }), true],
  ])("%s → %s", (_label, f, expected) => {
    expect(matchStrategy(small, f).matched).toBe(expected);
  });
});

describe("七天无理由自动退货退款: 退货退款 on a 七天无理由 order, approves the return only", () => {
  it.each([
    ["退货退款, eligible", facts({ type: "return_refund", shipped: true }), true],
    ["退货退款, not eligible", facts({ type: "return_refund", sevenDayEligible: false }), false],
    ["仅退款, eligible", facts({ type: "refund_only" }), false],
    ["退货退款 ¥2,000, no amount condition", facts({ type: "return_refund", requestedFen: 200_000 }), true],
  ])("%s → %s", (_label, f, expected) => {
    expect(matchStrategy(seven, f).matched).toBe(expected);
  });
  it("never refunds: its action approves the return", () => {
    expect(seven.action).toBe("approve_return");
  });
});

describe("custom conditions", () => {
  const def: StrategyDefinition = {
    action: "approve_refund",
    delayMin: 30,
    conditions: {
      ...templates.after_ship_refund.definition.conditions,
      minFen: 500,
      maxFen: 5_000,
      reasons: ["no_longer_wanted", "wrong_order"],
      productIds: ["p1", "p2"],
      skuIds: [],
      orderKinds: ["standard", "auction"],
    },
  };
  const ok = facts({ shipped: true, requestedFen: 500 });
  it.each([
    ["all hold (amount at the inclusive minimum)", ok, true],
    ["below the minimum", { ...ok, requestedFen: 499 }, false],
    ["at the exclusive maximum", { ...ok, requestedFen: 5_000 }, false],
    ["a merchant reason", { ...ok, reason: "quality_issue" as const }, false],
    ["another product", { ...ok, productId: "p9" }, false],
    ["a coupon-pack order", { ...ok, orderKind: "coupon_pack" as const }, false],
    ["not shipped", { ...ok, shipped: false }, false],
  ])("%s → %s", (_label, f, expected) => {
    expect(matchStrategy(def, f).matched).toBe(expected);
  });
  it("records every constrained condition with the value it saw", () => {
    const r = matchStrategy(def, { ...ok, requestedFen: 6_000 });
    expect(r.checks.map((c) => [c.code, c.pass])).toEqual([
      ["type", true],
      ["amount_min", true],
      ["amount_max", false],
      ["shipped", true],
      ["reason", true],
      ["product", true],
      ["order_kind", true],
    ]);
    expect(r.checks.find((c) => c.code === "amount_max")).toMatchObject({
      value: 6_000,
      expected: 5_000,
      basis: "refund",
    });
  });
  it("SKU condition", () => {
    const bySku = { ...def, conditions: { ...def.conditions, productIds: [], skuIds: ["s1"] } };
    expect(matchStrategy(bySku, ok).matched).toBe(true);
    expect(matchStrategy(bySku, { ...ok, skuId: "s2" }).matched).toBe(false);
  });
});

describe("shipped: handed over or collected", () => {
  const order = {
    kind: "standard" as const,
    paidFen: 100,
    freeShipping: true,
    sevenDayEligible: true,
    isVirtual: false,
    isFresh: false,
    isVehicle: false,
    shippedAt: null,
    collectedAt: null,
    logisticsStatus: "not_shipped" as const,
    carrier: null,
    eWaybill: false,
    packageCount: 1,
  };
  const t = new Date("2026-01-01T00:00:00Z");
  it.each([
    ["not shipped", order, false],
    [
      "merchant shipped, not collected",
      { ...order, shippedAt: t, logisticsStatus: "shipped_not_collected" as const },
      true,
    ],
    ["collected", { ...order, collectedAt: t, logisticsStatus: "collected" as const }, true],
    ["in transit without timestamps", { ...order, logisticsStatus: "in_transit" as const }, true],
  ])("%s → %s", (_l, o, expected) => {
    expect(shippedNow(o)).toBe(expected);
  });
  it("as of the application: shipped after the buyer applied does not count", () => {
    const applied = new Date("2026-01-02T00:00:00Z");
    expect(shippedAsOf({ shippedAt: t, collectedAt: null }, applied)).toBe(true);
    expect(shippedAsOf({ shippedAt: applied, collectedAt: null }, applied)).toBe(true);
    expect(shippedAsOf({ shippedAt: new Date("2026-01-03T00:00:00Z"), collectedAt: null }, applied)).toBe(false);
  });
});

describe("delay, cap, day, thresholds", () => {
  const applied = new Date("2026-03-01T02:00:00Z");
  it("acts once the delay since the application has passed", () => {
    expect(waitUntil(applied, 0, applied)).toBeNull();
    expect(waitUntil(applied, 30, new Date(applied.getTime() + 29 * 60_000))).toEqual(
      new Date(applied.getTime() + 30 * 60_000),
    );
    expect(waitUntil(applied, 30, new Date(applied.getTime() + 30 * 60_000))).toBeNull();
  });
  it.each([
    [null, 999_999, 1, true],
    [5_000, 3_000, 2_000, true], // reaches the cap exactly
    [5_000, 3_000, 2_001, false],
    [5_000, 5_000, 1, false],
  ])("cap %s, spent %s, refund %s → %s", (cap, spent, amount, expected) => {
    expect(capAllows(cap, spent, amount)).toBe(expected);
  });
  it("the day is the Asia/Shanghai calendar day", () => {
    const d = shanghaiDay(new Date("2026-03-01T15:59:59Z")); // 23:59:59 in Shanghai
    expect(d.key).toBe("2026-03-01");
    expect(d.start.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(shanghaiDay(new Date("2026-03-01T16:00:00Z")).key).toBe("2026-03-02");
  });
  it.each([
    ["fast_refund", 30_000, false],
    ["fast_refund", 30_001, true],
    ["fast_refund", 10_000, false],
    ["fast_refund", null, true],
    ["small_amount_refund", 2_000, false],
    ["small_amount_refund", 2_001, true],
    ["small_amount_refund", 0, true],
    ["seven_day_return", null, false],
  ] as const)("%s threshold %s → refused %s", (kind, maxFen, refused) => {
    expect(builtinThresholdProblem(kind, maxFen) !== null).toBe(refused);
  });
});

describe("in words", () => {
  it("the timeline's why and actor", () => {
    const r = matchStrategy(small, facts({ requestedFen: 1_200, shipped: true }));
    expect(strategyActorName("小额自动退", 3)).toBe("售后助手·小额自动退 v3");
    expect(explainMatch(r.checks, "zh-CN")).toBe("仅退款，退款金额 ¥12.00 < ¥20.00，已发货");
  });
  it("why not", () => {
    const r = matchStrategy(fast, facts({ orderPaidFen: 30_000, isVirtual: true }));
    expect(explainMiss(r.checks, "zh-CN")).toBe("订单金额 ¥300.00 ≥ ¥300.00，虚拟商品");
    expect(explainMiss(r.checks, "en")).toBe("order amount ¥300.00 ≥ ¥300.00, virtual goods");
  });
  it("a definition's conditions", () => {
    expect(describeDefinition(fast, "zh-CN")).toEqual({
      conditions: ["仅退款", "订单金额 < ¥300.00", "未发货", "非虚拟商品", "立即处理"],
      action: "同意并退款",
    });
    const delayed = { ...templates.after_ship_return.definition, delayMin: 90 };
    expect(describeDefinition(delayed, "en").conditions).toEqual([
      "Return & refund",
      "shipped",
      "act 1h 30m after the request",
    ]);
  });
});
