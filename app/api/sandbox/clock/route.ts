// Sandbox only: moves the app clock forward so platform timers can be watched firing (SPEC §3).
import { advanceSandboxClock } from "@/server/clock";
import { errorResponse, parseJsonBody } from "@/server/platform/http";
import { advanceClockInput, notFound, sandboxEnabled, sandboxMember } from "@/server/platform/sandbox-route";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  if (!sandboxEnabled()) return notFound();
  try {
    const { db } = await sandboxMember(req);
    const { advanceMinutes } = await parseJsonBody(req, advanceClockInput);
    const now = await advanceSandboxClock(db, advanceMinutes);
    return Response.json({ now: now.toISOString() });
  } catch (e) {
    return errorResponse(e);
  }
}
