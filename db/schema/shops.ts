// Shops (tenants), their settings and members with per-member permissions (SPEC §1).
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { defaultTimeLimits } from "../../server/tickets/domain";
import { user } from "./auth";
import { memberRoleEnum } from "./enums";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const shops = pgTable("shops", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  isCrossBorder: boolean("is_cross_border").notNull().default(false),
  interceptionAgreement: boolean("interception_agreement").notNull().default(false),
  // HMAC secret of the platform connector's webhook (SPEC §7).
  connectorSecret: text("connector_secret").notNull(),
  sandbox: boolean("sandbox").notNull().default(true),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** SPEC §3 time limits, in minutes, per shop, with the platform defaults. */
export const shopSettings = pgTable("shop_settings", {
  shopId: text("shop_id")
    .primaryKey()
    .references(() => shops.id, { onDelete: "cascade" }),
  reviewMin: integer("review_min").notNull().default(defaultTimeLimits.reviewMin),
  buyerShipMin: integer("buyer_ship_min").notNull().default(defaultTimeLimits.buyerShipMin),
  confirmReceiptMin: integer("confirm_receipt_min").notNull().default(defaultTimeLimits.confirmReceiptMin),
  refusalRefundMin: integer("refusal_refund_min").notNull().default(defaultTimeLimits.refusalRefundMin),
  interceptionMin: integer("interception_min").notNull().default(defaultTimeLimits.interceptionMin),
  reissueMin: integer("reissue_min").notNull().default(defaultTimeLimits.reissueMin),
  exchangeReshipMin: integer("exchange_reship_min").notNull().default(defaultTimeLimits.exchangeReshipMin),
  proxyConfirmMin: integer("proxy_confirm_min").notNull().default(defaultTimeLimits.proxyConfirmMin),
  evidenceMin: integer("evidence_min").notNull().default(defaultTimeLimits.evidenceMin),
  aboutToTimeoutMin: integer("about_to_timeout_min").notNull().default(defaultTimeLimits.aboutToTimeoutMin),
  awaitingWaybillMin: integer("awaiting_waybill_min").notNull().default(defaultTimeLimits.awaitingWaybillMin),
  // Daily cap on money auto-refunded by strategies, in 分; null = off (SPEC §4, assumption).
  dailyAutoRefundCapFen: integer("daily_auto_refund_cap_fen"),
  // Warning thresholds for 预警中心, keyed by metric id.
  warningThresholds: jsonb("warning_thresholds").$type<Record<string, number | null>>().notNull().default({}), // null: that warning is off
});

export const members = pgTable(
  "members",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    role: memberRoleEnum("role").notNull(),
    // 售后处理权限: approve, reject, refund, confirm receipt (SPEC §1).
    canHandleAfterSales: boolean("can_handle_after_sales").notNull().default(false),
    canManageStrategies: boolean("can_manage_strategies").notNull().default(false),
    canManageSettings: boolean("can_manage_settings").notNull().default(false),
    // Compare-and-set for 设置 → 成员与权限: every change bumps it; a change made on a stale copy is refused.
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("members_shop_user_uq").on(t.shopId, t.userId), index("members_user_idx").on(t.userId)],
);

/**
 * Members removed from the shop (设置 → 成员与权限), written in the removal's transaction: 数据 still names them for
 * the days they worked, so the per-agent rows keep adding up to the team's numbers after someone leaves.
 */
export const formerMembers = pgTable(
  "former_members",
  {
    id: text("id").primaryKey(), // the member id they had
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    role: memberRoleEnum("role").notNull(),
    removedAt: ts("removed_at").notNull(),
  },
  (t) => [index("former_members_shop_idx").on(t.shopId)],
);

/** Holiday calendar (春节 etc.): promised ship times move by shipDelayDays (SPEC §6 Holidays). */
export const holidays = pgTable(
  "holidays",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    shipDelayDays: integer("ship_delay_days").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("holidays_shop_idx").on(t.shopId, t.startsOn)],
);

/** 报备 force-majeure filings: covered orders leave the 发货及时率 assessment. */
export const filings = pgTable(
  "filings",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    orderIds: text("order_ids").array(),
    coversFrom: ts("covers_from"),
    coversTo: ts("covers_to"),
    evidence: jsonb("evidence").$type<string[]>().notNull().default([]),
    createdBy: text("created_by"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("filings_shop_idx").on(t.shopId)],
);
