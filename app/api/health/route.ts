import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** 200 { db: "ok" } when the database answers, 503 otherwise. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json({ db: "ok" });
  } catch (e) {
    return Response.json({ db: "error", message: e instanceof Error ? e.message : String(e) }, { status: 503 });
  }
}
