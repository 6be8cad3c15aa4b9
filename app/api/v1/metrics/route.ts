// GET: the SPEC §6 metrics over a date range (preset=today|7d|30d|90d, or preset=custom&from=&to=).
import { apiMetrics } from "@/server/api/metrics";
import { apiRoute, methodNotAllowed, ok } from "@/server/api/route";

export const dynamic = "force-dynamic";

export const GET = apiRoute("read", async ({ db, principal, url }) =>
  ok(await apiMetrics(db, principal, url.searchParams)),
);

export const { DELETE, OPTIONS, PATCH, POST, PUT } = methodNotAllowed("GET");
