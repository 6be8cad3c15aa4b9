// 售后助手 strategies (SPEC §4), their audited versions, every change and every run.
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { StrategyConditions } from "../../server/strategies/definitions";
import type { ConditionCheck } from "../../server/strategies/rules";
import { shops } from "./shops";
import { tickets } from "./tickets";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const strategyActions = ["approve_return", "approve_refund"] as const;
export const strategyRunOutcomes = [
  "no_match", // considered, a condition failed
  "waiting", // matched, its delay has not passed yet (due_at); resolved in place once it is due
  "acted", // matched and approved through the action verb
  "capped", // matched, but the daily auto-refund cap would be passed: left for a person
  "refused", // matched, but the lifecycle rules refused the approval (e.g. the deadline passed)
] as const;

export const strategies = pgTable(
  "strategies",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    // builtin key (fast_refund, seven_day_return, small_amount_refund) or "custom".
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    enabled: boolean("enabled").notNull().default(false),
    version: integer("version").notNull().default(1),
    conditions: jsonb("conditions").$type<StrategyConditions>().notNull(),
    action: text("action", { enum: strategyActions }).notNull(),
    delayMin: integer("delay_min").notNull().default(0),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("strategies_shop_idx").on(t.shopId),
    // The worker reads only the strategies that are on, every tick.
    index("strategies_enabled_idx").on(t.shopId, t.id).where(sql`enabled`),
    // One row per built-in per shop: lazy creation is idempotent whatever the race.
    uniqueIndex("strategies_shop_builtin_uq").on(t.shopId, t.kind).where(sql`kind <> 'custom'`),
  ],
);

/** The definition as it was at each version: what "售后助手·<name> v3" meant when it acted. */
export const strategyVersions = pgTable(
  "strategy_versions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    strategyId: text("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    changedBy: text("changed_by").notNull(),
    changedByName: text("changed_by_name").notNull().default(""),
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("strategy_versions_uq").on(t.strategyId, t.version)],
);

/** Audit trail: who changed what, when — edits, on/off and the daily cap (strategy_id null). */
export const strategyChanges = pgTable(
  "strategy_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    strategyId: text("strategy_id").references(() => strategies.id, { onDelete: "cascade" }),
    change: text("change", { enum: ["create", "edit", "enable", "disable", "daily_cap"] }).notNull(),
    version: integer("version"),
    before: jsonb("before").$type<Record<string, unknown> | null>(),
    after: jsonb("after").$type<Record<string, unknown> | null>(),
    memberId: text("member_id").notNull(),
    memberName: text("member_name").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [index("strategy_changes_shop_idx").on(t.shopId, t.at.desc())],
);

export const strategyRuns = pgTable(
  "strategy_runs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    strategyId: text("strategy_id")
      .notNull()
      .references(() => strategies.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    ticketId: bigint("ticket_id", { mode: "number" })
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    // The ticket as it was judged: a new ticket version or a forward-logistics move means "it changed".
    ticketVersion: integer("ticket_version").notNull(),
    orderLogistics: text("order_logistics").notNull(),
    outcome: text("outcome", { enum: strategyRunOutcomes }).notNull(),
    matched: boolean("matched").notNull(),
    acted: boolean("acted").notNull().default(false),
    amountFen: integer("amount_fen").notNull().default(0),
    conditions: jsonb("conditions").$type<ConditionCheck[]>().notNull(),
    why: text("why"),
    refusal: text("refusal"),
    dueAt: ts("due_at"),
    at: ts("at").notNull(),
  },
  (t) => [
    index("strategy_runs_strategy_idx").on(t.strategyId, t.at),
    // One run per strategy version and ticket state (a waiting run is resolved in place when its delay is due). The
    // worker's "not yet judged" probe is an equality lookup on all five columns: unique, so the planner always takes
    // it, whatever the table statistics say.
    uniqueIndex("strategy_runs_state_uq").on(t.ticketId, t.strategyId, t.version, t.ticketVersion, t.orderLogistics),
    // Matches and money today / 7 days per strategy read only the runs that acted.
    index("strategy_runs_acted_idx").on(t.strategyId, t.at).where(sql`acted`),
    // The worker's due probe: waiting runs by (shop, due_at).
    index("strategy_runs_due_idx").on(t.shopId, t.dueAt).where(sql`outcome = 'waiting'`),
    // 预警中心 / the cap: tickets held back for a person today.
    index("strategy_runs_capped_idx").on(t.shopId, t.at).where(sql`outcome = 'capped'`),
    // A strategy acts on a ticket at most once, whatever the number of workers.
    uniqueIndex("strategy_runs_acted_uq").on(t.strategyId, t.ticketId).where(sql`acted`),
  ],
);
