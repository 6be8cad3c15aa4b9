// Platform connector webhook (SPEC §7): verify, store raw, answer 202 (new) or 200 (same id again).
import { getDb } from "@/db/client";
import { errorResponse } from "@/server/platform/http";
import { ingestEvent } from "@/server/platform/ingest";
import { kickProcessing } from "@/server/platform/kick";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  const rawBody = await req.text();
  try {
    const db = getDb();
    const result = await ingestEvent(db, null, rawBody, req.headers, new Date());
    if (result.status === 202) kickProcessing(db);
    return Response.json(result.body, { status: result.status });
  } catch (e) {
    return errorResponse(e);
  }
}
