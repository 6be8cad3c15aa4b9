// Sandbox only: a burst of realistic buyer, carrier and platform activity for the signed-in member's shop,
// delivered through the signed webhook entry and applied before answering.
import { sandboxNow } from "@/server/clock";
import { errorResponse, parseJsonBody } from "@/server/platform/http";
import { processPendingEvents } from "@/server/platform/process";
import { generateSandboxActivity } from "@/server/platform/sandbox-activity";
import { notFound, sandboxActivityInput, sandboxEnabled, sandboxMember } from "@/server/platform/sandbox-route";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  if (!sandboxEnabled()) return notFound();
  try {
    const { db, shop } = await sandboxMember(req);
    const { count, seed } = await parseJsonBody(req, sandboxActivityInput);
    // Apply what is already queued first, so the burst builds on the shop's current state.
    await processPendingEvents(db, { limit: 1000 });
    const now = await sandboxNow(db);
    const result = await generateSandboxActivity(db, shop, { count, seed, now });
    const processed = await processPendingEvents(db, { limit: result.events + 100 });
    return Response.json({ ...result, ...processed, now: now.toISOString() }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
