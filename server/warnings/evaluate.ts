// The 预警中心 evaluator (a worker task, every minute per shop): observes every warning condition and brings the
// warnings table in line — a new condition opens a warning, a lasting one is refreshed, an ended one clears
// itself (SPEC §6 warnings; issue 7 "clears itself when the condition ends").
import { and, count, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { metricRollupState, orders, tickets, warnings } from "../../db/schema";
import { COLLECT_WITHIN_MS } from "../calendar/rules";
import { addDays, dayOf, } from "../metrics/days";
import { metricValues } from "../metrics/definitions";
import { FOLLOW_UP_LOOKBACK_MS, unshippedAtRisk } from "../metrics/fulfillment-lists";
import { periodByDay } from "../metrics/query";
import { getShopSettings, timeLimitsOf } from "../shops/settings";
import { strategyCapStatus } from "../strategies/daily-cap";
import { quickFilterCondition } from "../tickets/quick-filters";
import {
  capObservation,
  countObservation,
  effectiveThresholds,
  METRIC_WINDOW_DAYS,
  metricBreaches,
  type Observation,
} from "./rules";

export const EVALUATE_EVERY_MS = 60_000;
const SAMPLE_IDS = 5;

/** Every condition of the shop at `now`. */
export async function observe(db: DbOrTx, shopId: string, now: Date): Promise<Observation[]> {
  const settings = await getShopSettings(db, shopId);
  const limits = timeLimitsOf(settings);
  const today = dayOf(now);
  const [period, [aboutToTimeout], risk, [notCollected], cap] = await Promise.all([
    periodByDay(db, shopId, { from: addDays(today, 1 - METRIC_WINDOW_DAYS), to: today }, now),
    db
      .select({ n: count() })
      .from(tickets)
      .where(and(eq(tickets.shopId, shopId), quickFilterCondition("aboutToTimeout", now, limits))),
    unshippedAtRisk(db, shopId, now, limits.aboutToTimeoutMin * 60_000),
    db
      .select({
        n: count(),
        ids: sql<string[]>`(array_agg(${orders.id} order by ${orders.shippedAt}))[1:${sql.raw(String(SAMPLE_IDS))}]`,
      })
      .from(orders)
      .where(
        and(
          eq(orders.shopId, shopId),
          eq(orders.logisticsStatus, "shipped_not_collected"),
          gte(orders.shippedAt, new Date(now.getTime() - FOLLOW_UP_LOOKBACK_MS)),
          lte(orders.shippedAt, new Date(now.getTime() - COLLECT_WITHIN_MS)),
        ),
      ),
    strategyCapStatus(db, shopId, now),
  ]);
  const thresholds = effectiveThresholds(settings.warningThresholds);
  return [
    ...metricBreaches(metricValues(period.total), thresholds),
    ...countObservation("ticketsAboutToTimeout", aboutToTimeout?.n ?? 0, {
      withinHours: limits.aboutToTimeoutMin / 60,
    }),
    ...countObservation("ordersDueSoon", risk.length, {
      overdue: risk.filter((r) => r.overdue).length,
      orderIds: risk.slice(0, SAMPLE_IDS).map((r) => r.orderId),
    }),
    ...countObservation("notCollected", notCollected?.n ?? 0, { orderIds: notCollected?.ids ?? [] }),
    ...capObservation(cap),
  ];
}

/** Opens, refreshes and clears the shop's warnings to match `observed`, in one transaction. */
export async function applyObservations(db: Db, shopId: string, observed: Observation[], now: Date) {
  return db.transaction(async (tx) => {
    // One evaluation of a shop at a time (the worker and a thresholds change may meet).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`warnings:${shopId}`}))`);
    const active = await tx
      .select()
      .from(warnings)
      .where(and(eq(warnings.shopId, shopId), isNull(warnings.clearedAt)))
      .for("update");
    const keyOf = (w: { kind: string; subject: string }) => `${w.kind}\u0000${w.subject}`;
    const byKey = new Map(active.map((w) => [keyOf(w), w]));
    let opened = 0;
    let cleared = 0;
    for (const o of observed) {
      const fields = {
        value: o.value ?? null,
        threshold: o.threshold ?? null,
        count: o.count ?? null,
        data: o.data ?? {},
        lastSeenAt: now,
      };
      const w = byKey.get(keyOf(o));
      byKey.delete(keyOf(o));
      if (w) await tx.update(warnings).set(fields).where(eq(warnings.id, w.id));
      else {
        await tx.insert(warnings).values({ shopId, kind: o.kind, subject: o.subject, firstSeenAt: now, ...fields });
        opened++;
      }
    }
    for (const w of byKey.values()) {
      await tx.update(warnings).set({ clearedAt: now }).where(eq(warnings.id, w.id));
      cleared++;
    }
    return { opened, cleared, active: observed.length };
  });
}

/** Re-evaluates one shop now (after its thresholds changed, or from a test). */
export async function evaluateShop(db: Db, shopId: string, now: Date) {
  return applyObservations(db, shopId, await observe(db, shopId, now), now);
}

/** Worker task: evaluates one shop whose last evaluation is a minute old; 0 when none is due. */
export async function evaluateWarnings(db: Db, opts: { now: Date }): Promise<number> {
  const { now } = opts;
  await db.execute(sql`insert into metric_rollup_state (shop_id) select id from shops on conflict do nothing`);
  const due = new Date(now.getTime() - EVALUATE_EVERY_MS).toISOString();
  const claimed = await db.execute<{ shop_id: string }>(sql`
    update ${metricRollupState} set warnings_at = ${now.toISOString()}::timestamptz
    where shop_id = (
      select shop_id from ${metricRollupState}
      where warnings_at is null or warnings_at <= ${due}::timestamptz
      order by warnings_at asc nulls first limit 1 for update skip locked)
    returning shop_id`);
  const shopId = claimed[0]?.shop_id;
  if (!shopId) return 0;
  await evaluateShop(db, shopId, now);
  return 1;
}

/** The worker task: evaluates due shops for up to half a second per tick, then yields to the other tasks. */
export const warningsTask = (db: Db) => async (now: Date) => {
  const until = Date.now() + 500;
  while (Date.now() < until && (await evaluateWarnings(db, { now }))) {}
  return 0;
};
