// Inbox of platform events (SPEC §7): stored raw, idempotent by event id within a shop, processed in order per
// ticket.
import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const platformEvents = pgTable(
  "platform_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // The platform's event id: unique per shop only, so one shop's id never makes another's event a replay.
    id: text("id").notNull(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    // Events of one ticket (or order) are applied in arrival order.
    subjectKey: text("subject_key").notNull(),
    occurredAt: ts("occurred_at").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    // The request body exactly as received and signed (jsonb reorders keys and drops whitespace); null for
    // events stored before it was kept.
    rawBody: text("raw_body"),
    receivedAt: ts("received_at").notNull().defaultNow(),
    processedAt: ts("processed_at"),
    error: text("error"),
  },
  (t) => [
    unique("platform_events_shop_id_id_unique").on(t.shopId, t.id),
    index("platform_events_pending_idx").on(t.seq).where(sql`processed_at is null`),
    // "No earlier unprocessed event of the same subject" must not scan the whole backlog.
    index("platform_events_subject_pending_idx").on(t.subjectKey, t.seq).where(sql`processed_at is null`),
    // 设置 → 平台连接: a shop's events newest first, and its failed ones (server/platform/event-log.ts).
    index("platform_events_shop_seq_idx").on(t.shopId, t.seq),
    index("platform_events_shop_failed_idx").on(t.shopId, t.seq).where(sql`error is not null`),
  ],
);

/** Sandbox mode only: how far the app's clock runs ahead of the wall clock (shared by web and worker). */
export const sandboxClock = pgTable("sandbox_clock", {
  id: text("id").primaryKey(), // always "app"
  offsetMs: bigint("offset_ms", { mode: "number" }).notNull().default(0),
});
