// 售后助手 strategies (SPEC §4), their audited versions and every run.
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { shops } from "./shops";
import { tickets } from "./tickets";

const ts = (name: string) => timestamp(name, { withTimezone: true });

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
    conditions: jsonb("conditions").$type<Record<string, unknown>>().notNull(),
    action: text("action", { enum: ["approve_return", "approve_refund"] }).notNull(),
    delayMin: integer("delay_min").notNull().default(0),
    updatedBy: text("updated_by"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [index("strategies_shop_idx").on(t.shopId)],
);

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
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("strategy_versions_uq").on(t.strategyId, t.version)],
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
    matched: boolean("matched").notNull(),
    acted: boolean("acted").notNull().default(false),
    amountFen: integer("amount_fen").notNull().default(0),
    conditions: jsonb("conditions").$type<{ code: string; pass: boolean; value?: unknown }[]>().notNull(),
    at: ts("at").notNull(),
  },
  (t) => [
    index("strategy_runs_strategy_idx").on(t.strategyId, t.at),
    // A strategy acts on a ticket at most once, whatever the number of workers.
    uniqueIndex("strategy_runs_acted_uq").on(t.strategyId, t.ticketId).where(sql`acted`),
  ],
);
