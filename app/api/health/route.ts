import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** 200 { db: "ok" } when the database answers, 503 { db: "error", message: <error code> } otherwise. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return Response.json({ db: "ok" });
  } catch (e) {
    // drizzle wraps the driver's error ("Failed query: …"); its cause says what is wrong. The endpoint is public,
    // so it answers with the error code only (ECONNREFUSED, 28P01, …) and the log gets the whole message.
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    console.error("[health] database check failed:", cause instanceof Error ? cause.message : cause);
    const code = (cause as { code?: unknown } | null)?.code;
    return Response.json({ db: "error", message: typeof code === "string" ? code : "unavailable" }, { status: 503 });
  }
}
