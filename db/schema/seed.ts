// The demo seed's own record, one row per demo shop (db/seed): written with the shop, finished when the whole seed
// is. `npm start` redoes a seed that was cut short (a row without finishedAt), and the workbench shows
// "演示数据生成中…" while it runs.
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { shops } from "./shops";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const demoSeedRuns = pgTable("demo_seed_runs", {
  shopId: text("shop_id")
    .primaryKey()
    .references(() => shops.id, { onDelete: "cascade" }),
  startedAt: ts("started_at").notNull().defaultNow(),
  // Share of the seed's script played so far, 0–100 (the same for every shop of one seed); -1: the seed failed.
  progress: integer("progress").notNull().default(0),
  finishedAt: ts("finished_at"),
});
