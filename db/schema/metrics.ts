// 数据 and 预警中心 (SPEC §6): daily rollups of the metric facts per shop and dimension, the rollup job's
// state, and warnings with their acknowledgement.
import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { type CounterFact, counterFacts, type Hist, type HistFact, histFacts } from "../../server/metrics/facts";
import { shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });
const shopRef = () =>
  text("shop_id")
    .notNull()
    .references(() => shops.id, { onDelete: "cascade" });
const snake = (s: string) => s.replace(/[A-Z0-9]+/g, (m) => `_${m.toLowerCase()}`);
const counterCol = (name: string) => bigint(name, { mode: "number" }).notNull().default(0);
const histCol = (name: string) => jsonb(name).$type<Hist>().notNull().default({});

// One column per fact of server/metrics/facts.ts, so the list of facts is written once.
const counterCols = Object.fromEntries(counterFacts.map((f) => [f, counterCol(snake(f))])) as {
  [K in CounterFact]: ReturnType<typeof counterCol>;
};
const histCols = Object.fromEntries(histFacts.map((f) => [`h_${f}`, histCol(`h_${snake(f)}`)])) as {
  [K in HistFact as `h_${K}`]: ReturnType<typeof histCol>;
};

/**
 * Facts of one shop, Shanghai day and dimension value (dim "all" has key ""). Written by the rollup job
 * (server/metrics/rollup.ts); charts read these, never the raw tickets.
 */
export const metricRollups = pgTable(
  "metric_rollups",
  {
    shopId: shopRef(),
    dim: text("dim").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    key: text("key").notNull(),
    ...counterCols,
    ...histCols,
  },
  (t) => [primaryKey({ columns: [t.shopId, t.dim, t.day, t.key] })],
);

/**
 * The histograms of metric_rollups summed over aligned blocks of 7 and 28 days (server/metrics/blocks.ts), so a
 * 90-day chart merges a dozen rows per key instead of 90. Written with the days they sum, in the same
 * transaction; a block's ("all", "") row is always written and marks it built (readers use days until it is).
 */
export const metricRollupBlocks = pgTable(
  "metric_rollup_blocks",
  {
    shopId: shopRef(),
    dim: text("dim").notNull(),
    days: integer("days").notNull(),
    startDay: date("start_day", { mode: "string" }).notNull(),
    key: text("key").notNull(),
    ...histCols,
  },
  (t) => [primaryKey({ columns: [t.shopId, t.dim, t.days, t.startDay, t.key] })],
);

/** Per shop: when each rollup pass last ran, and a claim so several workers never build the same shop at once. */
export const metricRollupState = pgTable("metric_rollup_state", {
  shopId: text("shop_id")
    .primaryKey()
    .references(() => shops.id, { onDelete: "cascade" }),
  version: integer("version").notNull().default(0),
  recentAt: ts("recent_at"),
  windowAt: ts("window_at"),
  fullAt: ts("full_at"),
  // Set when holidays or filings change: every day is rebuilt on the next pass.
  fullRequestedAt: ts("full_requested_at"),
  warningsAt: ts("warnings_at"),
  claimedUntil: ts("claimed_until"),
  // Today's rows (day = the Shanghai day of today_at) as of this clock time, kept fresh by the worker every
  // ~30 s (server/metrics/today-store.ts); charts read them instead of today's raw rows while they are recent.
  todayAt: ts("today_at"),
  todayClaimedUntil: ts("today_claimed_until"),
});

/**
 * 预警中心: one row per episode of a condition (a metric past its threshold, tickets about to time out…).
 * Active while cleared_at is null; cleared by the evaluator when the condition ends.
 */
export const warnings = pgTable(
  "warnings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    kind: text("kind").notNull(),
    // Which metric (for kind "metric"); "" otherwise.
    subject: text("subject").notNull().default(""),
    value: doublePrecision("value"),
    threshold: doublePrecision("threshold"),
    count: integer("count"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    firstSeenAt: ts("first_seen_at").notNull(),
    lastSeenAt: ts("last_seen_at").notNull(),
    clearedAt: ts("cleared_at"),
    acknowledgedAt: ts("acknowledged_at"),
    acknowledgedBy: text("acknowledged_by"),
    acknowledgedByName: text("acknowledged_by_name"),
  },
  (t) => [
    uniqueIndex("warnings_active_uq").on(t.shopId, t.kind, t.subject).where(sql`cleared_at is null`),
    index("warnings_shop_idx").on(t.shopId, t.firstSeenAt),
  ],
);
