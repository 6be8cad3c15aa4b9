// Dry-run before enabling (SPEC §4 售后助手): how many of the last 30 days' tickets a new or edited strategy would have
// matched, their money, the split by reason and product, and sample tickets. One SQL statement on the server: the
// 30-day window comes from the (shop, applied_at) index and each ticket is judged as it was when the buyer applied
// (shipped as of the application). The conditions are the same as rules.ts checkConditions, written as SQL so a
// 1,000,000-ticket shop is never loaded into memory; dry-run.test.ts holds the two to the same answers.
import { and, eq, gte, inArray, lt, not, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { orders, tickets } from "../../db/schema";
import { parseInput } from "../tickets/actions/context";
import type { Reason, TicketStatus, TicketType } from "../tickets/domain";
import type { StrategyConditions } from "./definitions";
import { dryRunInput } from "./schemas";

export type DryRunResult = {
  days: number;
  from: Date;
  to: Date;
  scanned: number;
  matched: number;
  amountFen: number;
  byReason: { reason: Reason; n: number; amountFen: number }[];
  byProduct: { productId: string; title: string; n: number; amountFen: number }[];
  samples: {
    id: number;
    type: TicketType;
    reason: Reason;
    requestedFen: number;
    productTitle: string;
    buyerNick: string;
    status: TicketStatus;
    appliedAt: Date;
  }[];
  ms: number;
};

/** Shipped as of the application: the merchant handed it over or the carrier collected it before the buyer applied. */
const shippedAtApplication = sql`((${orders.shippedAt} is not null and ${orders.shippedAt} <= ${tickets.appliedAt})
  or (${orders.collectedAt} is not null and ${orders.collectedAt} <= ${tickets.appliedAt}))`;

/** The strategy's conditions as a WHERE clause over tickets ⋈ orders. */
export function conditionsSql(c: StrategyConditions): SQL | undefined {
  const amount = c.amountBasis === "order" ? orders.paidFen : tickets.requestedFen;
  return and(
    inArray(tickets.type, c.types),
    c.shipped === "shipped" ? shippedAtApplication : undefined,
    c.shipped === "not_shipped" ? not(shippedAtApplication) : undefined,
    c.minFen !== null ? gte(amount, c.minFen) : undefined,
    c.maxFen !== null ? lt(amount, c.maxFen) : undefined,
    c.reasons.length ? inArray(tickets.reason, c.reasons) : undefined,
    c.productIds.length ? inArray(tickets.productId, c.productIds) : undefined,
    c.skuIds.length ? inArray(tickets.skuId, c.skuIds) : undefined,
    c.orderKinds.length ? inArray(orders.kind, c.orderKinds) : undefined,
    c.excludeVirtual ? eq(orders.isVirtual, false) : undefined,
    c.sevenDayOnly ? eq(orders.sevenDayEligible, true) : undefined,
  );
}

type Row = {
  scanned: number;
  matched: number;
  amount: string | number;
  by_reason: { reason: Reason; n: number; amount: number }[];
  by_product: { product_id: string; title: string; n: number; amount: number }[];
  samples: {
    id: number;
    type: TicketType;
    reason: Reason;
    requested_fen: number;
    product_title: string;
    buyer_nick: string;
    status: TicketStatus;
    applied_at: string;
  }[];
};

export async function dryRunStrategy(db: DbOrTx, shop: { shopId: string; now: Date }, raw: unknown) {
  const input = parseInput(dryRunInput, raw);
  const started = performance.now();
  const to = shop.now;
  const from = new Date(to.getTime() - input.days * 86_400_000);
  const window = and(eq(tickets.shopId, shop.shopId), gte(tickets.appliedAt, from), lt(tickets.appliedAt, to));
  const where = and(window, conditionsSql(input.definition.conditions));
  const rows = await db.execute<Row>(sql`
    with m as materialized (
      select ${tickets.id} as id, ${tickets.type} as type, ${tickets.reason} as reason,
        ${tickets.requestedFen} as requested_fen, ${tickets.productId} as product_id,
        ${tickets.productTitle} as product_title, ${tickets.buyerNick} as buyer_nick,
        ${tickets.status} as status, ${tickets.appliedAt} as applied_at
      from ${tickets} inner join ${orders} on ${orders.id} = ${tickets.orderId}
      where ${where}
    )
    select
      (select count(*)::int from ${tickets} where ${window}) as scanned,
      (select count(*)::int from m) as matched,
      (select coalesce(sum(requested_fen), 0)::bigint from m) as amount,
      (select coalesce(json_agg(r), '[]') from (
        select reason, count(*)::int as n, sum(requested_fen)::bigint as amount
        from m group by reason order by n desc, reason) r) as by_reason,
      (select coalesce(json_agg(p), '[]') from (
        select product_id, min(product_title) as title, count(*)::int as n, sum(requested_fen)::bigint as amount
        from m group by product_id order by n desc, product_id limit 8) p) as by_product,
      (select coalesce(json_agg(s), '[]') from (
        select id, type, reason, requested_fen, product_title, buyer_nick, status, applied_at
        from m order by applied_at desc, id desc limit 8) s) as samples`);
  const r = rows[0] as Row;
  const result: DryRunResult = {
    days: input.days,
    from,
    to,
    scanned: r.scanned,
    matched: r.matched,
    amountFen: Number(r.amount),
    byReason: r.by_reason.map((x) => ({ reason: x.reason, n: x.n, amountFen: Number(x.amount) })),
    byProduct: r.by_product.map((x) => ({
      productId: x.product_id,
      title: x.title,
      n: x.n,
      amountFen: Number(x.amount),
    })),
    samples: r.samples.map((x) => ({
      id: Number(x.id),
      type: x.type,
      reason: x.reason,
      requestedFen: x.requested_fen,
      productTitle: x.product_title,
      buyerNick: x.buyer_nick,
      status: x.status,
      appliedAt: new Date(x.applied_at),
    })),
    ms: Math.round(performance.now() - started),
  };
  return result;
}
