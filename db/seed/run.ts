// Seeds the demo shops once: `tsx db/seed/run.ts` (called by `npm start` on an empty database).
import { createDb } from "../client";
import { seedDemo } from "./demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const { db, sql } = createDb(url, 4);
  const t0 = Date.now();
  const stats = await seedDemo(db, {
    orders: process.env.SEED_ORDERS ? Number(process.env.SEED_ORDERS) : undefined,
    log: (s) => console.log(`[seed] ${s}`),
  });
  if (process.env.SEED_DEBUG) console.log(JSON.stringify(stats, null, 2));
  console.log(`[seed] done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  await sql.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
