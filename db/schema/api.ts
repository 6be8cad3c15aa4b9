// Open API for ERP/CRM: per-shop API keys (hash only), idempotent POSTs, outbound webhooks.
import { sql } from "drizzle-orm";
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });
const shopRef = () =>
  text("shop_id")
    .notNull()
    .references(() => shops.id, { onDelete: "cascade" });

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    name: text("name").notNull(),
    // SHA-256 of the key; the key itself is shown once at creation.
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    scope: text("scope", { enum: ["read", "act"] }).notNull(),
    // The member (id) who created the key: the key acts with that member's permissions, under its own name.
    createdBy: text("created_by").notNull(),
    // Token bucket per key, kept in the row so every web process shares it (server/api/rate-limit.ts).
    ratePerMinute: integer("rate_per_minute").notNull().default(120),
    rateTokens: doublePrecision("rate_tokens"),
    rateRefilledAt: ts("rate_refilled_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_uq").on(t.keyHash), index("api_keys_shop_idx").on(t.shopId)],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    apiKeyId: text("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    response: jsonb("response"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("idempotency_keys_uq").on(t.apiKeyId, t.key),
    index("idempotency_keys_created_idx").on(t.createdAt),
  ],
);

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    events: text("events").array().notNull().default(sql`'{}'::text[]`),
    // Only timeline events after this ticket_events.id are delivered: nothing from before the URL existed.
    startAfterEventId: bigint("start_after_event_id", { mode: "number" }).notNull().default(0),
    createdBy: text("created_by"),
    createdAt: ts("created_at").notNull().defaultNow(),
    disabledAt: ts("disabled_at"),
  },
  (t) => [index("webhook_endpoints_shop_idx").on(t.shopId)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: ts("next_attempt_at").notNull().defaultNow(),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    lastAttemptAt: ts("last_attempt_at"),
    deliveredAt: ts("delivered_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_uq").on(t.endpointId, t.eventId),
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("webhook_deliveries_shop_idx").on(t.shopId, t.createdAt),
  ],
);

/**
 * Where the outbound fan-out stands in ticket_events (server/webhooks/fanout.ts): ids up to `scannedThrough`
 * were read once; ids up to `doneThrough` were read again after every transaction that could still have been
 * writing them had ended, so a late commit with a lower id is never skipped.
 */
export const webhookFanoutState = pgTable("webhook_fanout_state", {
  id: text("id").primaryKey(), // always "ticket_events"
  scannedThrough: bigint("scanned_through", { mode: "number" }).notNull(),
  sweepMark: bigint("sweep_mark", { mode: "number" }).notNull(),
  doneThrough: bigint("done_through", { mode: "number" }).notNull(),
  sweepAt: ts("sweep_at").notNull(),
});
