// Images agents upload as evidence (代客发起售后, 驳回凭证). Kept in Postgres so every deployment that has the
// database has the files too (no second store to back up); evidence lists refer to them as /api/uploads/<id>.
import { sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { members, shops } from "./shops";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const uploads = pgTable(
  "uploads",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id")
      .notNull()
      .references(() => shops.id),
    // Who uploaded it; evidence outlives the uploader, so removing a member from the shop keeps the file.
    memberId: text("member_id").references(() => members.id, { onDelete: "set null" }),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    bytes: bytea("bytes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index("uploads_shop_idx").on(t.shopId, t.createdAt)],
);
