// After-sales tickets (售后单), their append-only timeline, refunds and outbound platform actions.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  actorKindEnum,
  deadlineActionEnum,
  logisticsStatusEnum,
  reasonEnum,
  responsibilityEnum,
  returnStatusEnum,
  rootCauseEnum,
  ticketStatusEnum,
  ticketTypeEnum,
} from "./enums";
import { buyers, orders } from "./orders";
import { members, shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });
const shopRef = () =>
  text("shop_id")
    .notNull()
    .references(() => shops.id, { onDelete: "cascade" });
const open = sql`status not in ('refunded','completed','closed','rejected')`;

export const tickets = pgTable(
  "tickets",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    // The platform's own id of this after-sales request; unique per shop (idempotent intake).
    externalId: text("external_id").notNull(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id),
    buyerId: text("buyer_id")
      .notNull()
      .references(() => buyers.id),
    type: ticketTypeEnum("type").notNull(),
    reason: reasonEnum("reason").notNull(),
    responsibility: responsibilityEnum("responsibility").notNull(),
    requestedFen: integer("requested_fen").notNull(),
    refundedFen: integer("refunded_fen").notNull().default(0),
    statement: text("statement").notNull().default(""),
    evidence: jsonb("evidence").$type<string[]>().notNull().default([]),
    status: ticketStatusEnum("status").notNull(),
    // The one deadline now running and what the platform does when it passes (SPEC §3).
    deadlineAt: ts("deadline_at"),
    deadlineAction: deadlineActionEnum("deadline_action"),
    // The limit, in minutes, the running deadline was given when it started: the timeline says "48 小时内未处理"
    // from it even after the shop changes that limit. Null where it is not known (rows from before it existed).
    deadlineMin: integer("deadline_min"),
    lateFlag: boolean("late_flag").notNull().default(false),
    evidenceRequested: boolean("evidence_requested").notNull().default(false),
    interceptionFailed: boolean("interception_failed").notNull().default(false),
    origin: text("origin", { enum: ["buyer", "proxy"] })
      .notNull()
      .default("buyer"),
    // Return logistics.
    returnCarrier: text("return_carrier"),
    returnWaybill: text("return_waybill"),
    returnStatus: returnStatusEnum("return_status").notNull().default("none"),
    returnShippedAt: ts("return_shipped_at"),
    returnSignedAt: ts("return_signed_at"),
    // Merchant's reship for 补发 / 换货.
    reshipCarrier: text("reship_carrier"),
    reshipWaybill: text("reship_waybill"),
    // Denormalised from the order so list filters need no join at 1,000,000 tickets.
    buyerNick: text("buyer_nick").notNull(),
    productId: text("product_id").notNull(),
    skuId: text("sku_id").notNull(),
    productTitle: text("product_title").notNull(),
    productImage: text("product_image"),
    carrier: text("carrier"),
    orderWaybill: text("order_waybill"),
    orderLogisticsStatus: logisticsStatusEnum("order_logistics_status").notNull(),
    assigneeId: text("assignee_id").references(() => members.id, { onDelete: "set null" }),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    rootCause: rootCauseEnum("root_cause"),
    rejectReason: text("reject_reason"),
    // Platform intervention (平台介入) outcome.
    rulingResponsibility: text("ruling_responsibility", { enum: ["merchant", "buyer"] }),
    rulingNote: text("ruling_note"),
    escalatedAt: ts("escalated_at"),
    // How the ticket ended: by a person, a strategy (售后助手), the platform timer, or the buyer.
    handledBy: text("handled_by", { enum: ["agent", "strategy", "platform_timer", "buyer", "platform"] }),
    appliedAt: ts("applied_at").notNull(),
    approvedAt: ts("approved_at"),
    firstDecisionAt: ts("first_decision_at"),
    refundedAt: ts("refunded_at"),
    endedAt: ts("ended_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    updatedByName: text("updated_by_name"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("tickets_shop_external_uq").on(t.shopId, t.externalId),
    index("tickets_shop_applied_idx").on(t.shopId, t.appliedAt.desc(), t.id.desc()),
    index("tickets_shop_status_idx").on(t.shopId, t.status, t.deadlineAt, t.id),
    index("tickets_shop_amount_idx").on(t.shopId, t.requestedFen.desc(), t.id.desc()),
    // Deadline risk order (the default list: deadline_at asc nulls last, id), read in order; not partial, so
    // the tickets with no running deadline that end that order are in it too. Also 即将超时 / 已超时 ranges.
    index("tickets_shop_risk_idx").on(t.shopId, t.deadlineAt, t.id),
    index("tickets_due_idx").on(t.deadlineAt).where(sql`deadline_at is not null`),
    index("tickets_shop_order_idx").on(t.shopId, t.orderId),
    index("tickets_shop_waybill_idx").on(t.shopId, t.returnWaybill),
    index("tickets_shop_late_idx").on(t.shopId, t.id).where(sql`late_flag and ${open}`),
    index("tickets_shop_buyer_idx").on(t.shopId, t.buyerNick),
    // Search: the order's waybill, and a buyer nick by prefix in any case (lower(buyer_nick) like 'x%').
    index("tickets_shop_order_waybill_idx").on(t.shopId, t.orderWaybill),
    index("tickets_shop_buyer_prefix_idx").on(t.shopId, sql`lower(${t.buyerNick}) text_pattern_ops`),
    index("tickets_shop_product_idx").on(t.shopId, t.productId, t.appliedAt.desc()),
    index("tickets_shop_assignee_idx").on(t.shopId, t.assigneeId, t.status),
    // Open tickets only (a tenth of a grown shop), with what the 客服 workload per assignee and the quick-filter
    // counts test, so both read this alone and never the ended tickets.
    index("tickets_shop_open_idx")
      .on(
        t.shopId,
        t.assigneeId,
        t.status,
        t.deadlineAt,
        t.lateFlag,
        t.returnStatus,
        t.approvedAt,
        t.type,
        t.orderLogisticsStatus,
      )
      .where(open),
    // 客服 workload (metrics/agents.ts): open tickets per assignee, counted from this small index alone; the wide
    // open index above carries every quick-filter column, so counting through it read ≈4× the pages.
    index("tickets_shop_open_assignee_idx")
      .on(t.shopId, t.assigneeId)
      .where(sql`assignee_id is not null and ${open}`),
    // 仅退款 by order: the "refund asked before shipping" check (metrics/collect.ts) of every order 数据 and 履约 read.
    index("tickets_shop_refund_only_order_idx")
      .on(t.shopId, t.orderId, t.appliedAt)
      .where(sql`type = 'refund_only'`),
  ],
);

/** Append-only timeline: who/what, when, before → after, why (SPEC §2 Timeline). */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    ticketId: bigint("ticket_id", { mode: "number" })
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    at: ts("at").notNull(),
    actorKind: actorKindEnum("actor_kind").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    fromStatus: ticketStatusEnum("from_status"),
    toStatus: ticketStatusEnum("to_status"),
    why: text("why"),
    data: jsonb("data").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("ticket_events_ticket_idx").on(t.ticketId, t.at, t.id),
    // 处理客服 (tickets/handler.ts): a ticket's first status move by an agent, read from the index alone.
    index("ticket_events_agent_move_idx")
      .on(t.ticketId, t.at, t.id, t.actorId)
      .where(sql`actor_kind = 'agent' and to_status is distinct from from_status`),
  ],
);

/** One row per refunded ticket: the unique index is what makes a refund happen exactly once. */
export const refunds = pgTable(
  "refunds",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    ticketId: bigint("ticket_id", { mode: "number" })
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    amountFen: integer("amount_fen").notNull(),
    by: text("by", { enum: ["agent", "strategy", "platform_timer", "platform"] }).notNull(),
    actorName: text("actor_name").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [uniqueIndex("refunds_ticket_uq").on(t.ticketId), index("refunds_shop_at_idx").on(t.shopId, t.at)],
);

/** Outbox of actions to send to the platform, written in the same transaction as the change. */
export const platformActions = pgTable(
  "platform_actions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    ticketId: bigint("ticket_id", { mode: "number" }),
    action: text("action").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    sentAt: ts("sent_at"),
  },
  (t) => [index("platform_actions_unsent_idx").on(t.createdAt).where(sql`sent_at is null`)],
);

/** 售后评价: 1–5 stars after a ticket ends; 4–5 counts as satisfied (SPEC §2). */
export const ratings = pgTable(
  "ratings",
  {
    ticketId: bigint("ticket_id", { mode: "number" })
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    shopId: shopRef(),
    stars: smallint("stars").notNull(),
    comment: text("comment"),
    at: ts("at").notNull(),
  },
  (t) => [index("ratings_shop_at_idx").on(t.shopId, t.at)],
);

/** 客服会话, for 3分钟回复率 / 平均回复时长 / 客服好评率. */
export const conversations = pgTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    buyerId: text("buyer_id").references(() => buyers.id),
    // No foreign key: a conversation stays credited to its agent after they leave the shop (former_members names
    // them), as the timeline's actor_id does.
    agentId: text("agent_id"),
    startedAt: ts("started_at").notNull(),
    firstReplyAt: ts("first_reply_at"),
    rating: smallint("rating"),
  },
  (t) => [index("conversations_shop_started_idx").on(t.shopId, t.startedAt)],
);
