// 履约 lists (SPEC §6): 已发货未揽收, 揽收后未发出 (with age) and unshipped orders about to miss — or past — their
// promised ship time (moved by holidays, 报备 excluded). Live from orders, through orders' own indexes.
import { and, asc, count, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { buyers, orders } from "../../db/schema";
import { COLLECT_WITHIN_MS, coveredByFiling, effectivePromise, type ShopCalendar } from "../calendar/rules";
import { loadCalendar, refundOnlyBeforeShipSql } from "./collect";

const LIST_LIMIT = 50;
const DAY_MS = 24 * 3600_000;
/** 即将超时未发货: the promise falls within this window (or has passed). */
export const SHIP_RISK_WINDOW_MS = DAY_MS;
/**
 * The lists follow up the last 30 days: an order unshipped, or a parcel without a scan, for longer than that is
 * a lost or cancelled order to settle in the order system, not a daily follow-up.
 */
export const FOLLOW_UP_LOOKBACK_MS = 30 * DAY_MS;

const titleSql = sql<
  string | null
>`(select i.title from order_items i where i.order_id = orders.id order by i.id limit 1)`;
const orderColumns = {
  orderId: orders.id,
  carrier: orders.carrier,
  waybill: orders.waybill,
  title: titleSql,
  buyerNick: buyers.nick,
  paidAt: orders.paidAt,
  promisedShipBy: orders.promisedShipBy,
  shippedAt: orders.shippedAt,
  collectedAt: orders.collectedAt,
};

export type ShipRisk = {
  orderId: string;
  paidAt: Date;
  promise: Date;
  moved: boolean;
  overdue: boolean;
};

/** Unshipped physical orders whose (moved) promise is before now + withinMs, not covered by a 报备, soonest first. */
export async function unshippedAtRisk(
  db: DbOrTx,
  shopId: string,
  now: Date,
  withinMs: number,
  calendar?: ShopCalendar,
): Promise<ShipRisk[]> {
  const cal = calendar ?? (await loadCalendar(db, shopId));
  // Through orders_shop_unshipped_idx in promise order, stopping at 2,000: a promise is never before payment, so
  // paid within the window bounds the promise from below too (said to the planner, which then reads only that
  // range). Titles and buyers are read for the rows shown only (withDetails), not for the up to 2,000 counted.
  const rows = await db
    .select({ orderId: orders.id, paidAt: orders.paidAt, promisedShipBy: orders.promisedShipBy })
    .from(orders)
    .where(
      and(
        eq(orders.shopId, shopId),
        eq(orders.logisticsStatus, "not_shipped"),
        eq(orders.isVirtual, false),
        gte(orders.paidAt, new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS)),
        gte(orders.promisedShipBy, new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS)),
        lte(orders.promisedShipBy, new Date(now.getTime() + withinMs)),
        sql`not ${refundOnlyBeforeShipSql}`,
      ),
    )
    .orderBy(asc(orders.promisedShipBy))
    .limit(2000);
  // A holiday only moves a promise later, so the platform's promise bounds the SQL; the moved one decides here.
  return rows
    .map((r) => {
      const promise = effectivePromise(r.promisedShipBy, cal.holidays);
      return { r, promise };
    })
    .filter(
      ({ r, promise }) =>
        promise.getTime() <= now.getTime() + withinMs && !coveredByFiling(cal.filings, r.orderId, promise),
    )
    .map(({ r, promise }) => ({
      orderId: r.orderId,
      paidAt: r.paidAt,
      promise,
      moved: promise.getTime() !== r.promisedShipBy.getTime(),
      overdue: promise <= now,
    }))
    .sort((a, b) => a.promise.getTime() - b.promise.getTime());
}

/** The first item's title and the buyer of the orders shown. */
async function withDetails(db: DbOrTx, shopId: string, risks: ShipRisk[]) {
  if (!risks.length) return [];
  const rows = await db
    .select({ orderId: orders.id, title: titleSql, buyerNick: buyers.nick })
    .from(orders)
    .innerJoin(buyers, eq(buyers.id, orders.buyerId))
    .where(
      and(
        eq(orders.shopId, shopId),
        inArray(
          orders.id,
          risks.map((r) => r.orderId),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.orderId, r]));
  return risks.map((r) => ({ ...r, title: byId.get(r.orderId)?.title ?? null, buyerNick: byId.get(r.orderId)?.buyerNick ?? "" }));
}

async function parcels(
  db: DbOrTx,
  shopId: string,
  now: Date,
  status: "shipped_not_collected" | "collected",
  olderThan?: Date,
) {
  const since = status === "collected" ? orders.collectedAt : orders.shippedAt;
  const where = and(
    eq(orders.shopId, shopId),
    eq(orders.logisticsStatus, status),
    gte(since, new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS)),
    olderThan ? lte(since, olderThan) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select(orderColumns)
      .from(orders)
      .innerJoin(buyers, eq(buyers.id, orders.buyerId))
      .where(where)
      .orderBy(asc(status === "collected" ? orders.collectedAt : orders.shippedAt))
      .limit(LIST_LIMIT),
    db.select({ n: count() }).from(orders).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function fulfillmentLists(db: DbOrTx, ctx: { shopId: string; now: Date }) {
  const stuckBefore = new Date(ctx.now.getTime() - COLLECT_WITHIN_MS);
  const [notCollected, stuck, risk] = await Promise.all([
    parcels(db, ctx.shopId, ctx.now, "shipped_not_collected"),
    // 揽收后未发出: collected, then no scan for 24 h.
    parcels(db, ctx.shopId, ctx.now, "collected", stuckBefore),
    unshippedAtRisk(db, ctx.shopId, ctx.now, SHIP_RISK_WINDOW_MS).then(async (all) => ({
      all,
      shown: await withDetails(db, ctx.shopId, all.slice(0, LIST_LIMIT)),
    })),
  ]);
  return {
    now: ctx.now,
    notCollected,
    stuck,
    dueSoon: { items: risk.shown, total: risk.all.length, overdue: risk.all.filter((r) => r.overdue).length },
  };
}
