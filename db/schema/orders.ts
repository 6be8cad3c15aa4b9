// Buyers, catalog, orders and logistics (SPEC §2 Order).
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { logisticsStatusEnum, orderKindEnum } from "./enums";
import { shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });
const shopRef = () =>
  text("shop_id")
    .notNull()
    .references(() => shops.id, { onDelete: "cascade" });

export const buyers = pgTable(
  "buyers",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    nick: text("nick").notNull(),
    phone: text("phone"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("buyers_shop_nick_idx").on(t.shopId, t.nick)],
);

export const products = pgTable(
  "products",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    title: text("title").notNull(),
    category: text("category").notNull(),
    imageUrl: text("image_url"),
    isVirtual: boolean("is_virtual").notNull().default(false),
    isFresh: boolean("is_fresh").notNull().default(false),
    isVehicle: boolean("is_vehicle").notNull().default(false),
  },
  (t) => [index("products_shop_idx").on(t.shopId)],
);

export const skus = pgTable(
  "skus",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    spec: text("spec").notNull(),
    priceFen: integer("price_fen").notNull(),
  },
  (t) => [index("skus_product_idx").on(t.productId)],
);

export const orders = pgTable(
  "orders",
  {
    id: text("id").primaryKey(),
    shopId: shopRef(),
    buyerId: text("buyer_id")
      .notNull()
      .references(() => buyers.id),
    kind: orderKindEnum("kind").notNull().default("standard"),
    paidFen: integer("paid_fen").notNull(),
    freightFen: integer("freight_fen").notNull().default(0),
    freeShipping: boolean("free_shipping").notNull().default(true), // 包邮
    sevenDayEligible: boolean("seven_day_eligible").notNull().default(true), // 七天无理由
    isVirtual: boolean("is_virtual").notNull().default(false),
    isFresh: boolean("is_fresh").notNull().default(false),
    isVehicle: boolean("is_vehicle").notNull().default(false),
    paidAt: ts("paid_at").notNull(),
    promisedShipBy: ts("promised_ship_by").notNull(),
    shippedAt: ts("shipped_at"),
    collectedAt: ts("collected_at"),
    signedAt: ts("signed_at"),
    carrier: text("carrier"),
    waybill: text("waybill"),
    eWaybill: boolean("e_waybill").notNull().default(false), // 快手电子面单
    packageCount: integer("package_count").notNull().default(1),
    logisticsStatus: logisticsStatusEnum("logistics_status").notNull().default("not_shipped"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("orders_shop_paid_idx").on(t.shopId, t.paidAt),
    index("orders_shop_buyer_idx").on(t.shopId, t.buyerId),
    index("orders_shop_waybill_idx").on(t.shopId, t.waybill),
    // 履约 lists: shipped but not collected, not shipped yet.
    index("orders_shop_logistics_idx").on(t.shopId, t.logisticsStatus, t.shippedAt),
    // 揽收后未发出 (by collection time) and 即将超时未发货 (unshipped, read in promise order).
    index("orders_shop_collected_idx").on(t.shopId, t.collectedAt).where(sql`logistics_status = 'collected'`),
    index("orders_shop_unshipped_idx")
      .on(t.shopId, t.promisedShipBy)
      .where(sql`logistics_status = 'not_shipped'`),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: text("product_id")
      .notNull()
      .references(() => products.id),
    skuId: text("sku_id")
      .notNull()
      .references(() => skus.id),
    title: text("title").notNull(),
    qty: integer("qty").notNull(),
    unitPriceFen: integer("unit_price_fen").notNull(),
  },
  // With id and product: an order's first item (its product, for 数据 by product) straight from the index.
  (t) => [index("order_items_order_idx").on(t.orderId, t.id, t.productId)],
);

/** Forward and return logistics scans, appended as carriers report them. */
export const logisticsScans = pgTable(
  "logistics_scans",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    shopId: shopRef(),
    orderId: text("order_id").notNull(),
    ticketId: bigint("ticket_id", { mode: "number" }),
    direction: text("direction", { enum: ["forward", "return"] }).notNull(),
    carrier: text("carrier").notNull(),
    waybill: text("waybill").notNull(),
    status: text("status").notNull(),
    description: text("description").notNull(),
    at: ts("at").notNull(),
    data: jsonb("data"),
  },
  (t) => [
    index("logistics_scans_order_idx").on(t.orderId, t.at),
    index("logistics_scans_ticket_idx").on(t.ticketId, t.at).where(sql`${t.ticketId} is not null`),
  ],
);
