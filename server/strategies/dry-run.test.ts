// Dry-run on history (SPEC §4): its counts and money equal an independent, hand-written SQL count for each built-in
// and a custom strategy, and agree ticket by ticket with the pure rule judged as of the application.
import { and, eq, gte, lt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders, products, skus, tickets } from "../../db/schema";
import { useTestDb } from "../../tests/db";
import { reasons, ticketTypes } from "../tickets/domain";
import { createOrder, createTicket, DAY, HOUR, T0 } from "../tickets/actions/test-fixtures";
import { builtins, type StrategyDefinition, templates } from "./definitions";
import { dryRunStrategy } from "./dry-run";
import { factsOf } from "./evaluate";
import { matchStrategy, shippedAsOf } from "./rules";
import { strategyShop } from "./test-helpers";

const { db, sql } = await useTestDb();
const s = await strategyShop(db);
const from = new Date(T0.getTime() - 30 * DAY);

// A second product so the product split and condition have something to tell apart.
const p2 = `p2_${s.shopId}`;
await db.insert(products).values({ id: p2, shopId: s.shopId, title: "真丝围巾", category: "配饰" });
await db.insert(skus).values({ id: `s2_${s.shopId}`, shopId: s.shopId, productId: p2, spec: "红色", priceFen: 5_000 });

// 120 tickets over 40 days (some outside the window), deterministic, crossing every condition's edges.
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return Math.floor(seed / 65_536) % n;
};
const amounts = [1, 1_999, 2_000, 2_001, 12_000, 29_999, 30_000, 30_001, 99_900];
for (let i = 0; i < 120; i++) {
  const applied = new Date(T0.getTime() - (i % 40) * DAY - rnd(20) * HOUR - 1);
  const paid = amounts[rnd(amounts.length)] ?? 100;
  const shipMode = rnd(4); // 0 none, 1 shipped before applying, 2 collected before applying, 3 shipped after
  const order = await createOrder(db, s, {
    paidFen: paid,
    isVirtual: rnd(6) === 0,
    sevenDayEligible: rnd(3) !== 0,
    kind: rnd(5) === 0 ? "auction" : "standard",
    shippedAt:
      shipMode === 1 ? new Date(applied.getTime() - HOUR) : shipMode === 3 ? new Date(applied.getTime() + HOUR) : null,
    collectedAt: shipMode === 2 ? new Date(applied.getTime() - HOUR) : null,
    logisticsStatus: shipMode === 0 ? "not_shipped" : "in_transit",
  });
  const second = rnd(3) === 0;
  await createTicket(db, s, order, {
    type: ticketTypes[rnd(3)],
    reason: reasons[rnd(reasons.length)],
    requestedFen: Math.max(1, paid - rnd(2) * Math.floor(paid / 2)),
    appliedAt: applied,
    updatedAt: applied,
    productId: second ? p2 : s.productId,
    skuId: second ? `s2_${s.shopId}` : s.skuId,
    productTitle: second ? "真丝围巾" : "纯棉T恤",
    status: rnd(2) === 0 ? "refunded" : "pending_review",
  });
}

// Hand-placed edges next to the random ones: each matches or misses one strategy by one condition.
const edge = async (
  o: { paidFen: number; kind?: "auction" | "standard"; shipped?: "before" | "after" },
  t: { fen: number; reason?: (typeof reasons)[number]; second?: boolean },
) => {
  const applied = new Date(T0.getTime() - 3 * DAY);
  const shipAt = o.shipped === "before" ? applied.getTime() - HOUR : applied.getTime() + HOUR;
  const order = await createOrder(db, s, {
    paidFen: o.paidFen,
    kind: o.kind ?? "standard",
    shippedAt: o.shipped ? new Date(shipAt) : null,
    logisticsStatus: o.shipped ? "in_transit" : "not_shipped",
  });
  await createTicket(db, s, order, {
    requestedFen: t.fen,
    reason: t.reason ?? "no_longer_wanted",
    appliedAt: applied,
    updatedAt: applied,
    productId: t.second ? p2 : s.productId,
    skuId: t.second ? `s2_${s.shopId}` : s.skuId,
  });
};
await edge({ paidFen: 5_000, kind: "auction" }, { fen: 2_000, second: true }); // custom: match at the minimum
await edge({ paidFen: 5_000, kind: "auction" }, { fen: 1_999, second: true }); // custom: below the minimum
await edge({ paidFen: 5_000, kind: "auction" }, { fen: 2_500, second: true, reason: "quality_issue" }); // reason
await edge({ paidFen: 5_000, kind: "auction" }, { fen: 2_500 }); // other product
await edge({ paidFen: 5_000, kind: "standard" }, { fen: 2_500, second: true }); // other order kind
await edge({ paidFen: 1_999, shipped: "before" }, { fen: 1_999 }); // 小额: match
await edge({ paidFen: 2_000, shipped: "before" }, { fen: 2_000 }); // 小额: at ¥20.00
await edge({ paidFen: 1_999, shipped: "after" }, { fen: 1_999 }); // 小额: shipped only after the application

/** Independent counts, written by hand in SQL for each definition below (not generated from its conditions). */
const independent: Record<string, string> = {
  fast_refund: `t.type = 'refund_only' and not o.is_virtual and o.paid_fen < 30000
    and not coalesce(o.shipped_at <= t.applied_at, false) and not coalesce(o.collected_at <= t.applied_at, false)`,
  small_amount_refund: `t.type = 'refund_only' and t.requested_fen < 2000
    and (coalesce(o.shipped_at <= t.applied_at, false) or coalesce(o.collected_at <= t.applied_at, false))`,
  seven_day_return: `t.type = 'return_refund' and o.seven_day_eligible`,
  custom: `t.type = 'refund_only' and t.requested_fen >= 2000 and t.requested_fen < 30001
    and t.reason in ('no_longer_wanted', 'wrong_order', 'seven_day_no_reason', 'wrong_address')
    and t.product_id = '${p2}' and o.kind = 'auction'`,
};
const customDef: StrategyDefinition = {
  ...templates.before_ship_refund.definition,
  conditions: {
    ...templates.before_ship_refund.definition.conditions,
    shipped: "any",
    minFen: 2_000,
    maxFen: 30_001,
    reasons: ["no_longer_wanted", "wrong_order", "seven_day_no_reason", "wrong_address"],
    productIds: [p2],
    orderKinds: ["auction"],
  },
};
const cases: [string, StrategyDefinition][] = [
  ["fast_refund", builtins.fast_refund.definition],
  ["small_amount_refund", builtins.small_amount_refund.definition],
  ["seven_day_return", builtins.seven_day_return.definition],
  ["custom", customDef],
];

describe("dry-run", () => {
  it.each(cases)("%s: count and money equal an independent SQL count", async (key, definition) => {
    const r = await dryRunStrategy(db, { shopId: s.shopId, now: T0 }, { definition });
    const [want] = await sql.unsafe(
      `select count(*)::int as n, coalesce(sum(t.requested_fen), 0)::int as fen
       from tickets t join orders o on o.id = t.order_id
       where t.shop_id = $1 and t.applied_at >= $2 and t.applied_at < $3 and ${independent[key]}`,
      [s.shopId, from.toISOString(), T0.toISOString()],
    );
    expect(want?.n).toBeGreaterThan(0);
    expect({ matched: r.matched, amountFen: r.amountFen }).toEqual({ matched: want?.n, amountFen: want?.fen });
    expect(r.byReason.reduce((a, x) => a + x.n, 0)).toBe(r.matched);
    expect(r.byReason.reduce((a, x) => a + x.amountFen, 0)).toBe(r.amountFen);
    expect(r.byProduct.reduce((a, x) => a + x.n, 0)).toBe(r.matched);
    expect(r.samples.length).toBe(Math.min(8, r.matched));
    const [all] = await sql.unsafe(
      "select count(*)::int as n from tickets where shop_id = $1 and applied_at >= $2 and applied_at < $3",
      [s.shopId, from.toISOString(), T0.toISOString()],
    );
    expect(r.scanned).toBe(all?.n);
  });

  it.each(cases)(
    "%s: the SQL agrees with the pure rule on every ticket (as of its application)",
    async (_k, definition) => {
      const rows = await db
        .select({ t: tickets, o: orders })
        .from(tickets)
        .innerJoin(orders, eq(orders.id, tickets.orderId))
        .where(and(eq(tickets.shopId, s.shopId), gte(tickets.appliedAt, from), lt(tickets.appliedAt, T0)));
      const byRule = rows.filter(
        ({ t, o }) => matchStrategy(definition, factsOf(t, o, shippedAsOf(o, t.appliedAt))).matched,
      );
      const r = await dryRunStrategy(db, { shopId: s.shopId, now: T0 }, { definition });
      expect(r.matched).toBe(byRule.length);
      const ids = new Set(byRule.map((x) => x.t.id));
      for (const sample of r.samples) expect(ids.has(sample.id)).toBe(true);
    },
  );

  it("a bad definition is refused with a clear message", async () => {
    await expect(
      dryRunStrategy(db, { shopId: s.shopId, now: T0 }, { definition: { ...customDef, delayMin: -1 } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("only this shop's tickets count", async () => {
    const other = await strategyShop(db);
    const r = await dryRunStrategy(
      db,
      { shopId: other.shopId, now: T0 },
      { definition: builtins.fast_refund.definition },
    );
    expect(r).toMatchObject({ scanned: 0, matched: 0, amountFen: 0, samples: [] });
  });
});
