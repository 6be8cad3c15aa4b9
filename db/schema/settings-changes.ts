// 设置变更记录: who changed which shop setting, when, from what to what. Append-only; rows outlive the member who
// made them (actor_member_id has no foreign key, actor_name is kept), like the tickets' timeline.
import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { shops } from "./shops";

export const settingsChanges = pgTable(
  "settings_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().default(sql`now()`),
    actorMemberId: text("actor_member_id"),
    actorName: text("actor_name").notNull(),
    // Which settings page: members, rules, calendar, warnings, strategies (the daily auto-refund cap), platform, api.
    area: text("area").notNull(),
    // What was done, e.g. "member.role", "limits.update", "platform.rotate_secret".
    action: text("action").notNull(),
    // One line for people, in Chinese, e.g. "将 小王 的角色从 客服 改为 组长".
    summary: text("summary").notNull(),
    // Before and after, for the record (never a secret's value).
    data: jsonb("data").$type<Record<string, unknown>>(),
  },
  (t) => [index("settings_changes_shop_idx").on(t.shopId, t.at.desc(), t.id.desc())],
);
