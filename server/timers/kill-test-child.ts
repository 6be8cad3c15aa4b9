// Child process of kill.test.ts: runs the platform timer once against DATABASE_URL, on a connection the test can
// find by application_name, so the test can SIGKILL it in the middle of a batch.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../../db/schema";
import { applyDueDeadlines } from "./apply-due";

async function main() {
  const env = (k: string) => {
    const v = process.env[k];
    if (!v) throw new Error(`${k} is required`);
    return v;
  };
  const client = postgres(env("DATABASE_URL"), {
    max: 1,
    onnotice: () => {},
    connection: { application_name: env("APP_NAME") },
  });
  const db = drizzle(client, { schema });
  const applied = await applyDueDeadlines(db, {
    now: new Date(env("TIMER_NOW")),
    batchSize: Number(env("BATCH_SIZE")),
    shopId: env("SHOP_ID"),
  });
  console.log(JSON.stringify({ applied }));
  await client.end();
}
void main();
